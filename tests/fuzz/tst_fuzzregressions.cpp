// Replays the seed corpus and every regression file of the fuzz targets (tests/fuzz/corpus/<target>/ and
// tests/fuzz/regressions/<target>/) through the same entry functions as the libFuzzer executables, so that
// whatever a fuzzer once found stays fixed, in the plain and the sanitized suite.
#include "fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

#include <cstring>
#include <memory>

using namespace mcfund;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

    static QDir root() { return QDir(QStringLiteral(MCFUND_FUZZ_DIR)); }

private slots:
    void everyTargetHasSeeds()
    {
        for (const fuzz::Target& t : fuzz::targets()) {
            const QDir corpus(root().filePath(QStringLiteral("corpus/") + QLatin1String(t.name)));
            QVERIFY2(!corpus.entryList(QDir::Files).isEmpty(), t.name);
        }
    }

    void foldersAreTargets()
    {
        QSet<QString> names;
        for (const fuzz::Target& t : fuzz::targets())
            names.insert(QLatin1String(t.name));
        for (const char* kind : {"corpus", "regressions"}) {
            const QDir dir(root().filePath(QLatin1String(kind)));
            for (const QString& sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
                QVERIFY2(names.contains(sub),
                         qPrintable(dir.filePath(sub) + QStringLiteral(" is no fuzz target")));
        }
    }

    void replay_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("file");
        for (int i = 0; i < fuzz::targets().size(); ++i) {
            const QString name = QLatin1String(fuzz::targets().at(i).name);
            for (const char* kind : {"corpus", "regressions"}) {
                const QDir dir(root().filePath(QLatin1String(kind) + QLatin1Char('/') + name));
                for (const QString& f : dir.entryList(QDir::Files, QDir::Name))
                    QTest::newRow(
                        qPrintable(QLatin1String(kind) + QLatin1Char('/') + name + QLatin1Char('/') + f))
                        << i << dir.filePath(f);
            }
        }
    }

    void replay()
    {
        QFETCH(int, target);
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray bytes = f.readAll();
        // A copy of exactly the file's size, so that AddressSanitizer sees any read past its end.
        std::unique_ptr<uint8_t[]> data(new uint8_t[size_t(bytes.size()) + (bytes.isEmpty() ? 1 : 0)]);
        std::memcpy(data.get(), bytes.constData(), size_t(bytes.size()));
        QCOMPARE(fuzz::targets().at(target).entry(data.get(), size_t(bytes.size())), 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
