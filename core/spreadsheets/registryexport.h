#pragma once

#include "query/filterspec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlDatabase>

#include <functional>

namespace mcfund {

class Lookups;

/**
 * Micro-credentials for registries: Open Badges 3.0 Achievement objects (id, type, name, description,
 * criteria, with alignments to learning outcomes when present) and Credential Engine CTDL JSON-LD
 * (ceterms:MicroCredential with names and descriptions in both languages as language maps, owner, status,
 * language, subject webpage, duration, delivery type, cost). One record or a batch.
 */
class RegistryExport
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::RegistryExport)
public:
    enum class Format
    {
        OpenBadges,
        Ctdl
    };
    static QJsonObject openBadge(const QSqlDatabase& db, const Lookups& lookups,
                                 const QString& credentialUid);
    static QJsonObject ctdl(const QSqlDatabase& db, const Lookups& lookups, const QString& credentialUid);
    /** Every micro-credential matching \a filter; a single record is written as an object, several as a
     * batch. */
    static bool write(const QSqlDatabase& db, const Lookups& lookups, const FilterSpec& filter, Format format,
                      const QString& path, QString* error, int* written = nullptr,
                      const std::function<bool(int percent)>& progress = {});
};

} // namespace mcfund
