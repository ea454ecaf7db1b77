// `mcfund FILE` with a window already open: the file goes to that window (InstanceChannel), which opens
// it, or waits for an open dialog to close first; the command line's FILE and its mistakes.
#include "instancechannel.h"
#include "mainwindow.h"
#include "workspace.h"

#include "domain/translations.h"
#include "storage/database.h"

#include <QDialog>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mcfund;

namespace {

struct Run
{
    int code = -1;
    QString err;
};

/** Runs mcfund with \a args, its hand-over socket in \a runtime. */
Run runMcfund(const QStringList& args, const QString& runtime, int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MCFUND_EXECUTABLE), args);
    Run r;
    if (!p.waitForStarted() || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestWindowHandOver : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QTemporaryDir m_runtime;

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid() && m_runtime.isValid());
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
        Translations::install(QStringLiteral("en"));
        // Two workspaces with the official data.
        for (const char* name : {"a.mcfund", "b.mcfund"}) {
            Database db;
            QString error;
            QVERIFY2(db.open(path(name), &error), qPrintable(error));
        }
    }

    void theSocketIsThePersonsOwn()
    {
        QCOMPARE(InstanceChannel::serverName(), m_runtime.filePath(QStringLiteral("mcfund-window")));
    }

    void withNoWindowThereIsNoHandOver() { QVERIFY(!InstanceChannel::handOver(path("a.mcfund"), 1000)); }

    void aSecondStartHandsItsFileToTheWindowAndEnds()
    {
        InstanceChannel channel;
        QVERIFY(channel.listen());
        QSignalSpy asked(&channel, &InstanceChannel::openRequested);
        // The real program, as a file manager starts it: its file reaches this listener, as an absolute
        // path, and it ends at once with 0 rather than opening a window.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        p.setProcessEnvironment(env);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(MCFUND_EXECUTABLE), {QStringLiteral("b.mcfund")});
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 30000);
        QCOMPARE(asked.first().first().toString(), path("b.mcfund"));
        // (It may have ended already, while the signal was awaited: waitForFinished would then say false.)
        QVERIFY2(p.state() == QProcess::NotRunning || p.waitForFinished(30000),
                 p.readAllStandardError().constData());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    void onlyOneWindowListens()
    {
        InstanceChannel first, second;
        QVERIFY(first.listen());
        QVERIFY(!second.listen());
    }

    void aSocketLeftByACrashIsReplaced()
    {
        // A crashed window leaves its socket's file, with nobody behind it.
        QFile stale(InstanceChannel::serverName());
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        InstanceChannel channel;
        QVERIFY(channel.listen());
        QSignalSpy asked(&channel, &InstanceChannel::openRequested);
        QThread* client = QThread::create([this] { InstanceChannel::handOver(path("a.mcfund")); });
        client->start();
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
        QVERIFY(client->wait(10000));
        delete client;
    }

    void aRequestThatIsNotOneIsRefused()
    {
        InstanceChannel channel;
        QVERIFY(channel.listen());
        QSignalSpy asked(&channel, &InstanceChannel::openRequested);
        QLocalSocket socket;
        socket.connectToServer(InstanceChannel::serverName());
        QVERIFY(socket.waitForConnected(2000));
        socket.write("delete\t/home\n");
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QLocalSocket::UnconnectedState, 5000);
        QCOMPARE(asked.size(), 0);
    }

    void theWindowOpensWhatItIsAskedFor()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(path("a.mcfund"), &error), qPrintable(error));
        window.show();
        Workspace* a = window.workspace();
        // The one open, named another way: nothing is opened again.
        window.openRequested(m_dir.path() + QStringLiteral("/./a.mcfund"));
        QCOMPARE(window.workspace(), a);
        window.openRequested(path("b.mcfund"));
        QVERIFY(window.workspace() != a);
        QCOMPARE(window.workspace()->database().path(), path("b.mcfund"));
    }

    void aRequestWaitsForAnOpenDialog()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(path("a.mcfund"), &error), qPrintable(error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QDialog dialog(&window);
        dialog.setModal(true);
        dialog.show();
        QTRY_VERIFY(QApplication::activeModalWidget() == &dialog);
        window.openRequested(path("b.mcfund"));
        QTest::qWait(700);
        QCOMPARE(window.workspace()->database().path(), path("a.mcfund"));
        dialog.close();
        QTRY_COMPARE_WITH_TIMEOUT(window.workspace()->database().path(), path("b.mcfund"), 5000);
    }

    void theCommandLineTakesOneFileAndSaysWhatIsWrong_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown word")
            << QStringList{QStringLiteral("statz")} << 2 << QStringLiteral("unknown command");
        QTest::newRow("two files") << QStringList{QStringLiteral("x.mcfund"), QStringLiteral("y.mcfpkg")} << 2
                                   << QStringLiteral("one file at a time");
        QTest::newRow("file and --database")
            << QStringList{QStringLiteral("--database"), QStringLiteral("x.mcfund"),
                           QStringLiteral("y.mcfund")}
            << 2 << QStringLiteral("not both");
    }

    void theCommandLineTakesOneFileAndSaysWhatIsWrong()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = runMcfund(args, m_runtime.path());
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void aFileGivenAloneOpensInTheWindow()
    {
        // With --screenshot a start keeps its own window: the picture is of the file given.
        const QString picture = m_dir.filePath(QStringLiteral("b.png"));
        const Run r =
            runMcfund({path("b.mcfund"), QStringLiteral("--screenshot"), picture}, m_runtime.path());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(picture));
        // …and a file that is not a workspace is said so, with a failing exit code.
        const QString text = m_dir.filePath(QStringLiteral("notes.mcfund"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a workspace\n");
        f.close();
        const Run bad = runMcfund({text, QStringLiteral("--screenshot"), picture}, m_runtime.path());
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QLatin1String("notes.mcfund")), qPrintable(bad.err));
    }
};

QTEST_MAIN(TestWindowHandOver)
#include "tst_windowhandover.moc"
