// Typing in a cell or a form reads a value the way an import does: "12,5" is $12.50 in an English session
// as in a French one, and a number the two conventions would read differently never reaches the workspace.
#include "tables/fieldeditor.h"

#include "domain/translations.h"

#include <QLineEdit>
#include <QTest>

#include <memory>

using namespace mcfund;

class TestFieldEditor : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void typedAmountsAndNumbers_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QVariant>("stored"); // invalid: refused
        for (const char* l : {"en", "fr"}) {
            const QString lang = QString::fromLatin1(l);
            QTest::addRow("%s 12,5", l) << lang << "tuition_cents"
                                        << "12,5" << QVariant(qint64(1250));
            QTest::addRow("%s $5,00", l) << lang << "tuition_cents"
                                         << "$5,00" << QVariant(qint64(500));
            QTest::addRow("%s $1,234.56", l) << lang << "tuition_cents"
                                             << "$1,234.56" << QVariant(qint64(123456));
            QTest::addRow("%s 1 234,56 $", l)
                << lang << "tuition_cents" << QString::fromUtf8("1\u202f234,56 $")
                << QVariant(qint64(123456));
            QTest::addRow("%s 12.345", l) << lang << "tuition_cents"
                                          << "12.345" << QVariant();
            QTest::addRow("%s 1,5 hours", l) << lang << "hours"
                                             << "1,5" << QVariant();
            QTest::addRow("%s 1,000 hours", l) << lang << "hours"
                                               << "1,000" << QVariant(qint64(1000));
        }
    }
    void typedAmountsAndNumbers()
    {
        QFETCH(QString, language);
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(QVariant, stored);
        QVERIFY(Translations::install(language));
        const FieldDef* f = Schema::entity(Entity::Credential).field(field);
        QVERIFY(f);
        QWidget parent;
        auto* line = qobject_cast<QLineEdit*>(FieldEditor::create(*f, nullptr, &parent));
        QVERIFY(line);
        QCOMPARE(line->accessibleName(), f->displayName());
        line->setFocus();
        // QTest types ASCII only; a narrow no-break space arrives as input-method text would.
        bool ascii = true;
        for (const QChar c : typed)
            ascii &= c.unicode() < 128;
        if (ascii)
            QTest::keyClicks(line, typed);
        else
            line->insert(typed);
        QCOMPARE(line->text(), typed);
        QVariant value;
        QString error;
        const bool ok = FieldEditor::value(line, *f, nullptr, &value, &error);
        if (!stored.isValid()) {
            QVERIFY2(!ok, qPrintable(value.toString()));
            QVERIFY(error.contains(typed));
            return;
        }
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(value.toLongLong(), stored.toLongLong());
    }

    // What the editor shows for a stored amount reads back as the same amount.
    void shownAmountReadsBack()
    {
        const FieldDef* f = Schema::entity(Entity::Credential).field(QStringLiteral("tuition_cents"));
        for (const char* l : {"en", "fr"}) {
            QVERIFY(Translations::install(QString::fromLatin1(l)));
            QWidget parent;
            QWidget* editor = FieldEditor::create(*f, nullptr, &parent);
            FieldEditor::setValue(editor, *f, nullptr, qint64(123456789));
            QVariant value;
            QString error;
            QVERIFY2(FieldEditor::value(editor, *f, nullptr, &value, &error), qPrintable(error));
            QCOMPARE(value.toLongLong(), qint64(123456789));
        }
    }
};

QTEST_MAIN(TestFieldEditor)
#include "tst_fieldeditor.moc"
