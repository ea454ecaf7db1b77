// The window's flows (ui/flows/) driven without the window: each takes a WindowContext, and this test gives
// them one of its own, a plain widget and a workspace, and records what they say and open.
#include "testworkspace.h"
#include "uitest.h"

#include "flows/reportflow.h"
#include "flows/windowcontext.h"
#include "flows/workspaceflow.h"

#include "domain/translations.h"

#include <QFileDialog>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace mcfund;

namespace {

/** A window as a flow sees it: a parent for dialogs, the workspace, the status bar's messages. */
class TestContext : public WindowContext
{
public:
    QWidget parent;
    std::unique_ptr<Workspace> open;
    QStringList messages;
    QStringList opened;
    int closed = 0;

    QWidget* dialogParent() override { return &parent; }
    Workspace* workspace() const override { return open.get(); }
    TablePage* currentPage() const override { return nullptr; }
    TablePage* page(Entity) const override { return nullptr; }
    FilterSpec dashboardFilter() const override { return FilterSpec(); }
    void showMessage(const QString& text) override { messages << text; }
    bool openWorkspace(const QString& path, QString* error) override
    {
        std::unique_ptr<Workspace> ws = test::openWorkspace(path, error);
        if (!ws)
            return false;
        open = std::move(ws);
        opened << path;
        return true;
    }
    void closeWorkspace() override
    {
        open.reset();
        ++closed;
    }
};

} // namespace

class TestFlows : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void aReportIsWrittenWithoutTheWindow()
    {
        TestContext context;
        QString error;
        QVERIFY2(context.openWorkspace(m_dir.filePath(QStringLiteral("report.sqlite")), &error),
                 qPrintable(error));
        context.parent.show();
        const QString pdf = m_dir.filePath(QStringLiteral("flow-report.pdf"));
        // The report's choices as they come (Round 2's summary), then the file's name.
        bool chosen = false, named = false;
        QString wrong;
        QObject watch;
        test::whenModal(
            &watch,
            [&](QWidget* dialog) {
                if (!dialog->inherits("mcfund::ReportDialog")) {
                    wrong = QStringLiteral("the flow opened %1")
                                .arg(QLatin1String(dialog->metaObject()->className()));
                    dialog->close();
                    return;
                }
                test::whenModal(
                    &watch,
                    [&](QWidget* files) {
                        auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
                        if (!name) {
                            wrong = QStringLiteral("no file name field");
                            files->close();
                            return;
                        }
                        name->setText(pdf);
                        QMetaObject::invokeMethod(files, "accept");
                    },
                    &named, dialog);
                QMetaObject::invokeMethod(dialog, "accept");
            },
            &chosen);
        ReportFlow::exportPdf(context);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QVERIFY(chosen && named);
        QCOMPARE(test::fileBytes(pdf).left(5), QByteArray("%PDF-"));
        // Its last word went to the context's status bar.
        QCOMPARE(context.messages, QStringList{QStringLiteral("Saved the report to %1").arg(pdf)});
    }

    void aCancelledReportWritesNothing()
    {
        TestContext context;
        QString error;
        QVERIFY2(context.openWorkspace(m_dir.filePath(QStringLiteral("cancel.sqlite")), &error),
                 qPrintable(error));
        context.parent.show();
        bool cancelled = false;
        QObject watch;
        test::whenModal(
            &watch, [](QWidget* dialog) { QMetaObject::invokeMethod(dialog, "reject"); }, &cancelled);
        ReportFlow::exportPdf(context);
        QVERIFY(cancelled);
        QVERIFY(context.messages.isEmpty());
    }

    void aFileHandedOverIsOpenedOnce()
    {
        TestContext context;
        context.parent.show();
        const QString path = m_dir.filePath(QStringLiteral("handed.sqlite"));
        {
            // Made by another window: the official data.
            TestContext maker;
            QString error;
            QVERIFY2(maker.openWorkspace(path, &error), qPrintable(error));
        }
        WorkspaceFlow::openRequested(context, path);
        QCOMPARE(context.opened, QStringList{path});
        QVERIFY(context.workspace());
        // The same file again (as another path to it): already open, not opened again.
        WorkspaceFlow::openRequested(
            context, QFileInfo(path).absoluteDir().filePath(QStringLiteral("./handed.sqlite")));
        QCOMPARE(context.opened.size(), 1);
    }

    void aFileHandedOverWaitsForTheOpenDialog()
    {
        TestContext context;
        context.parent.show();
        const QString first = m_dir.filePath(QStringLiteral("first.sqlite"));
        const QString second = m_dir.filePath(QStringLiteral("second.sqlite"));
        QString error;
        QVERIFY2(context.openWorkspace(first, &error), qPrintable(error));
        {
            TestContext maker;
            QVERIFY2(maker.openWorkspace(second, &error), qPrintable(error));
        }
        // A dialog is open on the first workspace: the file waits until it closes, and says so.
        QDialog dialog(&context.parent);
        bool handed = false;
        QTimer::singleShot(0, &dialog, [&] {
            WorkspaceFlow::openRequested(context, second);
            handed = true;
            QCOMPARE(context.opened, QStringList{first});
            QTimer::singleShot(100, &dialog, &QDialog::accept);
        });
        dialog.exec();
        QVERIFY(handed);
        QCOMPARE(context.messages.size(), 1);
        QVERIFY2(context.messages.first().startsWith(QStringLiteral("Close the dialog to open")),
                 qPrintable(context.messages.first()));
        QTRY_COMPARE(context.opened, (QStringList{first, second}));
    }
};

QTEST_MAIN(TestFlows)
#include "tst_flows.moc"
