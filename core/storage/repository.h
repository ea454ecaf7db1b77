#pragma once

#include "recordstore.h"

#include "domain/fundinground.h"
#include "domain/institution.h"
#include "domain/microcredential.h"
#include "domain/partner.h"
#include "domain/project.h"
#include "domain/sector.h"

#include <QList>

namespace mcfund {

/**
 * Typed access to the fund's records. Every write is one transaction: it is validated, written and
 * logged, or nothing is written at all.
 */
class Repository
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::Repository)
public:
    explicit Repository(QSqlDatabase db, ChangeContext context = {});

    bool add(Entity entity, Record& record, QString* error);
    bool change(Entity entity, const QString& uid, const Record& changes, QString* error);
    bool remove(Entity entity, const QString& uid, QString* error);

    template <class T> bool add(T& object, Entity entity, QString* error)
    {
        Record r = object.toRecord();
        if (!object.uid.isEmpty())
            r.insert(QStringLiteral("uid"), object.uid);
        if (!add(entity, r, error))
            return false;
        object = T::fromRecord(r);
        return true;
    }

    std::optional<Record> get(Entity entity, const QString& uid) const;

    /**
     * The lookups below give nullopt (or "") for what is not there, and then also set \a error when the
     * workspace could not be read: a caller says that, never that the round or institution does not exist.
     */
    std::optional<FundingRound> roundByNumber(int number, QString* error = nullptr) const;
    std::optional<Project> project(const QString& uid) const;
    std::optional<MicroCredential> credential(const QString& uid) const;
    std::optional<Partner> partner(const QString& uid) const;
    /** Finds an institution by uid, English or French name or short name (case-insensitive). */
    std::optional<Institution> findInstitution(const QString& nameOrUid, QString* error = nullptr) const;
    QString sectorUid(const QString& code, QString* error = nullptr) const;

private:
    /** get(), with \a error set when the read failed rather than the record being absent. */
    std::optional<Record> found(Entity entity, const QString& uid, QString* error) const;
    QSqlDatabase m_db;
    ChangeContext m_context;
};

} // namespace mcfund
