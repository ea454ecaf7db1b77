// Writes the package seeds of the fuzz corpus: packages exported from the fuzz targets' workspace (the
// official data with a fixed workspace id), so that the package target merge-plans them rather than refusing
// them. Run: build-fuzz/tests/fuzz/mcfund_fuzz_seeds tests/fuzz/corpus/package
#include "fuzztargets.h"

#include "packages/institutionpackage.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>

#include <cstdio>

int main(int argc, char** argv)
{
    mcfund::fuzz::ensureApplication(&argc, &argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: mcfund_fuzz_seeds FOLDER\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    mcfund::Database& ws = mcfund::fuzz::workspace();
    const struct
    {
        const char* institution;
        int round;
        const char* file;
    } seeds[] = {{"Fleming College", 0, "fleming.mcfpkg"}, {"Fleming College", 2, "fleming-round2.mcfpkg"}};
    for (const auto& s : seeds) {
        const QString path = out.filePath(QLatin1String(s.file));
        QFile::remove(path);
        QString error;
        if (!mcfund::InstitutionPackage::exportTo(ws, QLatin1String(s.institution), s.round, path,
                                                  QStringLiteral("ministry"), nullptr, &error)) {
            std::fprintf(stderr, "%s: %s\n", s.file, qPrintable(error));
            return 1;
        }
        std::printf("%s\n", qPrintable(path));
    }
    return 0;
}
