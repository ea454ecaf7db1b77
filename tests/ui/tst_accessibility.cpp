// What a screen reader finds: every interactive control of every page of the window, and of its dialogs,
// has an accessible name, in English and in French. The walk goes through QAccessible, as an assistive
// technology's bridge does, so that a control named only by a nearby label (which a reader does not
// announce with it) counts as unnamed.
#include "dialogs/assigndialog.h"
#include "dialogs/connectdialog.h"
#include "dialogs/newworkspacedialog.h"
#include "dialogs/reportdialog.h"
#include "mainwindow.h"
#include "pages/tablepage.h"
#include "tables/tablemodel.h"
#include "workspace.h"

#include "domain/translations.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QAccessible>
#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mcfund;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::MenuItem:
        return true;
    default:
        return false;
    }
}

/** Walks \a iface's subtree; returns how many interactive controls it holds, and lists the unnamed
 *  ones (role and where) in \a unnamed. Tables' cells are data, not controls, and are not walked. */
int walk(QAccessibleInterface* iface, const QString& path, QStringList* unnamed, int depth = 0)
{
    // Hidden controls too (a clear button shows once there is text; a page behind another): an
    // assistive technology's bridge lists them, and they are named before they appear.
    if (!iface || !iface->isValid() || depth > 40)
        return 0;
    const QAccessible::Role role = iface->role();
    if (role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::List)
        return 0;
    const QString name = iface->text(QAccessible::Name).trimmed();
    int count = 0;
    if (isInteractive(role)) {
        ++count;
        if (name.isEmpty()) {
            QString where = path;
            if (QObject* o = iface->object())
                where += QStringLiteral(" > %1 \"%2\"")
                             .arg(QString::fromLatin1(o->metaObject()->className()), o->objectName());
            *unnamed << QStringLiteral("role %1 at %2").arg(int(role)).arg(where);
        }
    }
    const QString here = path + QLatin1Char('/') + (name.isEmpty() ? QString::number(int(role)) : name);
    for (int i = 0; i < iface->childCount(); ++i)
        count += walk(iface->child(i), here, unnamed, depth + 1);
    return count;
}

int walk(QWidget* w, QStringList* unnamed)
{
    return walk(QAccessible::queryAccessibleInterface(w), w->objectName(), unnamed);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyControlOfEveryPageIsNamed_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("French") << QStringLiteral("fr");
    }
    void everyControlOfEveryPageIsNamed()
    {
        QFETCH(QString, language);
        Translations::install(language);
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(m_dir.filePath(QStringLiteral("w-%1.sqlite").arg(language)), &error),
                 qPrintable(error));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList unnamed;
        int controls = 0;
        const auto look = [&](const QString& page) {
            QCoreApplication::processEvents();
            QStringList here;
            controls += walk(&window, &here);
            for (const QString& u : here)
                unnamed << page + QStringLiteral(": ") + u;
        };
        window.showDashboard();
        look(QStringLiteral("dashboard"));
        for (Entity e :
             {Entity::Round, Entity::Institution, Entity::Project, Entity::Credential, Entity::Partner}) {
            window.showPage(e);
            QTRY_VERIFY(!window.page(e)->model()->isLoading());
            look(Schema::entity(e).table);
        }
        window.showReviews();
        look(QStringLiteral("reviews"));
        // Enough controls were seen for the walk to mean something: every page's filter bar and form.
        QVERIFY2(controls > 150, qPrintable(QString::number(controls)));
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void everyControlOfTheDialogsIsNamed_data() { everyControlOfEveryPageIsNamed_data(); }
    void everyControlOfTheDialogsIsNamed()
    {
        QFETCH(QString, language);
        Translations::install(language);
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(m_dir.filePath(QStringLiteral("d-%1.sqlite").arg(language)), &error),
                 qPrintable(error));
        Workspace* ws = window.workspace();
        const auto round = Repository(ws->database().connection()).roundByNumber(2);
        QVERIFY(round);
        QList<QDialog*> dialogs;
        dialogs << new NewWorkspaceDialog(&window) << new ConnectDialog(&window)
                << new ReportDialog(ws, ReportRequest(), &window)
                << new AssignDialog(ws, round->uid, QStringLiteral("Round 2"), QString(), QString(), &window);
        QStringList unnamed;
        for (QDialog* d : std::as_const(dialogs)) {
            d->show();
            QVERIFY(QTest::qWaitForWindowExposed(d));
            QStringList here;
            QVERIFY2(walk(d, &here) > 0, d->metaObject()->className());
            for (const QString& u : std::as_const(here))
                unnamed << QString::fromLatin1(d->metaObject()->className()) + QStringLiteral(": ") + u;
            d->close();
            delete d;
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase() { Translations::install(QStringLiteral("en")); }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
