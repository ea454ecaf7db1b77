#pragma once

#include "domain/entityschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace mcfund {

/** Named column mappings, kept in the workspace (table import_preset) so the window and the command line
 * share them. */
class ImportPresets
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::ImportPresets)
public:
    /** The saved mappings of \a entity, by name; a read that fails sets \a error to the reason. */
    static QStringList names(const QSqlDatabase& db, Entity entity, QString* error = nullptr);
    /** Saves \a mapping (column index → field) by header name, so that it applies to any file with those
     * headers. */
    static bool save(const QSqlDatabase& db, const QString& name, Entity entity, const QStringList& header,
                     const QHash<int, QString>& mapping, QString* error);
    static bool load(const QSqlDatabase& db, const QString& name, Entity entity, const QStringList& header,
                     QHash<int, QString>* mapping, QString* error);
};

} // namespace mcfund
