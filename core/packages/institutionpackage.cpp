#include "institutionpackage.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/recordstore.h"
#include "storage/repository.h"
#include "storage/sqldialect.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace mcfund {

bool InstitutionPackage::exportTo(Database& workspace, const QString& institution, int round,
                                  const QString& path, const QString& user, PackageInfo* infoOut,
                                  QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (workspace.isServer()) {
        // A package is an SQLite file made by attaching the workspace: from a shared workspace, a copy of
        // it in a file first (what the person's role may read of it), then the package from that copy.
        if (QFileInfo::exists(path))
            return fail(tr("“%1” already exists; choose a new file name.").arg(path));
        QTemporaryDir dir;
        if (!dir.isValid())
            return fail(tr("Cannot write the package: no temporary folder."));
        const QString copyPath = dir.filePath(QStringLiteral("workspace.mcfund"));
        if (!workspace.backupTo(copyPath, error))
            return false;
        Database copy;
        if (!copy.open(copyPath, error))
            return false;
        return exportTo(copy, institution, round, path, user, infoOut, error);
    }
    const QSqlDatabase ws = workspace.connection();
    const Repository repo(ws);
    QString unread;
    const std::optional<Institution> inst = repo.findInstitution(institution, &unread);
    if (!unread.isEmpty())
        return fail(unread);
    if (!inst)
        return fail(tr("There is no institution called “%1” in this workspace.").arg(institution));
    QString roundUid;
    if (round > 0) {
        const std::optional<FundingRound> r = repo.roundByNumber(round, &unread);
        if (!unread.isEmpty())
            return fail(unread);
        if (!r)
            return fail(tr("There is no round %1 in this workspace.").arg(round));
        roundUid = r->uid;
    }
    if (QFileInfo::exists(path))
        return fail(tr("“%1” already exists; choose a new file name.").arg(path));
    // Build it beside its final name; a failure never leaves half a package where one was asked for.
    const QString temp = path + QStringLiteral(".part");
    // A killed export can leave its file and its journal: a journal left beside a new file would be rolled
    // back into it.
    auto clear = [&temp] {
        for (const char* leftover : {"", "-journal", "-wal", "-shm"})
            QFile::remove(temp + QLatin1String(leftover));
    };
    clear();
    {
        Database pkg;
        if (!pkg.create(temp, WorkspaceKind::Empty, error))
            return false;
        pkg.close();
    }
    const QString name = QStringLiteral("mcfund-package-export");
    bool ok = false;
    PackageInfo info;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(temp);
        if (db.open()) {
            QSqlQuery q(db);
            QString why;
            // The package is ours, just made, and the workspace attached to it was checked when it was
            // opened: its schema is mcfund's own, whose full-text triggers need trusted_schema.
            ok = Database::harden(db, &why, Database::SchemaChecked) &&
                 q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
            q.prepare(QStringLiteral("ATTACH DATABASE ? AS ws"));
            q.addBindValue(workspace.path());
            ok = ok && q.exec();
            Transaction tx(db);
            ok = ok && tx.isActive();
            // What the package carries: the references it needs (sectors, rounds and their rules), the
            // institution, its partners, projects (of the round, if one is chosen), micro-credentials and
            // project–partner links.
            const QString projects =
                roundUid.isEmpty()
                    ? QStringLiteral("SELECT uid FROM ws.project WHERE institution_uid = :i")
                    : QStringLiteral(
                          "SELECT uid FROM ws.project WHERE institution_uid = :i AND round_uid = :r");
            const QList<QPair<QString, QString>> copies = {
                {QStringLiteral("sector"), QStringLiteral("SELECT * FROM ws.sector")},
                {QStringLiteral("funding_round"), QStringLiteral("SELECT * FROM ws.funding_round")},
                {QStringLiteral("round_rule"), QStringLiteral("SELECT * FROM ws.round_rule")},
                {QStringLiteral("institution"),
                 QStringLiteral("SELECT * FROM ws.institution WHERE uid = :i")},
                {QStringLiteral("project"),
                 QStringLiteral("SELECT * FROM ws.project WHERE uid IN (%1)").arg(projects)},
                {QStringLiteral("partner"),
                 QStringLiteral("SELECT * FROM ws.partner WHERE institution_uid = :i OR uid IN (SELECT "
                                "partner_uid FROM ws.project_partner "
                                "WHERE project_uid IN (%1))")
                     .arg(projects)},
                {QStringLiteral("micro_credential"),
                 roundUid.isEmpty()
                     ? QStringLiteral("SELECT * FROM ws.micro_credential WHERE institution_uid = :i")
                     : QStringLiteral("SELECT * FROM ws.micro_credential WHERE institution_uid = :i AND "
                                      "(project_uid IS NULL "
                                      "OR project_uid IN (%1))")
                           .arg(projects)},
                {QStringLiteral("project_partner"),
                 QStringLiteral("SELECT * FROM ws.project_partner WHERE project_uid IN (%1)").arg(projects)},
            };
            for (const auto& [table, select] : copies) {
                if (!ok)
                    break;
                QSqlQuery copy(db);
                copy.prepare(QStringLiteral("INSERT INTO main.%1 %2").arg(table, select));
                if (select.contains(QLatin1String(":i")))
                    copy.bindValue(QStringLiteral(":i"), inst->uid);
                if (select.contains(QLatin1String(":r")))
                    copy.bindValue(QStringLiteral(":r"), roundUid);
                ok = copy.exec();
                if (!ok)
                    why = copy.lastError().text();
            }
            // The base of every field (what the merge compares both sides against), and package_meta.
            for (const QString& sql : PackageFormat::schemaStatements()) {
                if (!ok)
                    break;
                ok = q.exec(sql);
                if (!ok)
                    why = q.lastError().text();
            }
            info.packageId = RecordStore::newUid();
            // The workspace's id is what lets the package be merged back into it: a package without it,
            // because it could not be read, would be refused at its return, the coordinator's work with it.
            QSqlQuery wsId(db);
            if (ok && (!wsId.exec(QStringLiteral("SELECT value FROM ws.meta WHERE key = 'workspace_id'")) ||
                       !wsId.next() || wsId.value(0).toString().isEmpty())) {
                ok = false;
                why = wsId.lastError().isValid() ? wsId.lastError().text()
                                                 : tr("the workspace has no id to be merged back into");
            }
            info.workspaceId = ok ? wsId.value(0).toString() : QString();
            info.institutionUid = inst->uid;
            info.institutionName = inst->nameEn.isEmpty() ? inst->nameFr : inst->nameEn;
            info.round = round;
            info.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
            info.createdBy = user;
            info.schemaVersion = Migrations::latestVersion();
            QSqlQuery meta(db);
            meta.prepare(QStringLiteral("INSERT INTO package_meta(key, value) VALUES (?, ?)"));
            const QList<QPair<QString, QString>> values = {
                {QStringLiteral("package_id"), info.packageId},
                {QStringLiteral("workspace_id"), info.workspaceId},
                {QStringLiteral("institution_uid"), info.institutionUid},
                {QStringLiteral("institution_name"), info.institutionName},
                {QStringLiteral("round"), QString::number(round)},
                {QStringLiteral("created_at"), info.createdAt},
                {QStringLiteral("created_by"), user},
                {QStringLiteral("schema_version"), QString::number(info.schemaVersion)}};
            for (const auto& [k, v] : values) {
                meta.addBindValue(k);
                meta.addBindValue(v);
                ok = ok && meta.exec();
            }
            QSqlQuery kind(db);
            ok = ok && kind.exec(QStringLiteral("UPDATE main.meta SET value = 'package' WHERE key = 'kind'"));
            ok = ok && tx.commit();
            if (!ok && error)
                *error = tr("Cannot write the package: %1").arg(why.isEmpty() ? db.lastError().text() : why);
            q.exec(QStringLiteral("DETACH DATABASE ws"));
            db.close();
        } else if (error) {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (ok) {
        // One self-contained file to send: no write-ahead log beside it.
        sqlite3* raw = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(temp).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr) ==
            SQLITE_OK)
            ok = sqlite3_exec(raw, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(raw);
    }
    if (!ok || !QFile::rename(temp, path)) {
        clear();
        if (ok && error)
            *error = tr("Cannot write “%1”.").arg(path);
        return false;
    }
    if (infoOut)
        *infoOut = info;
    return true;
}

bool InstitutionPackage::inspect(const QString& path, PackageInfo* info, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read “%1”: %2").arg(path, f.errorString()));
    const QByteArray header = f.read(100);
    f.close();
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return fail(tr("“%1” is not an institution package: it is not an SQLite database.").arg(path));
    // Its schema first (anything mcfund did not make is refused before a row is read), then a full
    // integrity check: a package comes from outside and is judged before anything is read from it.
    int version = 0;
    if (!Database::inspect(path, &version, error, false))
        return false;
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr) !=
            SQLITE_OK ||
        !Database::harden(raw)) {
        sqlite3_close(raw);
        return fail(tr("“%1” cannot be opened as an institution package.").arg(path));
    }
    QString check;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(raw, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK) {
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            check += QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) +
                     QLatin1Char(' ');
        if (rc != SQLITE_DONE)
            check = QString::fromUtf8(sqlite3_errmsg(raw));
    } else {
        check = QString::fromUtf8(sqlite3_errmsg(raw));
    }
    sqlite3_finalize(st);
    sqlite3_close(raw);
    if (check.trimmed() != QLatin1String("ok"))
        return fail(
            tr("“%1” is damaged or incomplete (integrity check: %2).").arg(path, check.trimmed().left(200)));
    const QString name = QStringLiteral("mcfund-package-inspect");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QString unsafe;
            const bool hardened = Database::harden(db, &unsafe);
            QString unreadable;
            const std::optional<PackageInfo> i =
                hardened ? PackageFormat::infoOf(db, &unreadable) : std::nullopt;
            if (!hardened) {
                fail(unsafe);
            } else if (!unreadable.isEmpty()) {
                fail(tr("“%1” is damaged: what it says about itself cannot be read (%2).")
                         .arg(path, unreadable));
            } else if (!i) {
                fail(tr("“%1” is an mcfund workspace, not an institution package.").arg(path));
            } else if (auto readable =
                           [](int v) {
                               return v >= Migrations::sameTablesSince() && v <= Migrations::latestVersion();
                           };
                       !readable(i->schemaVersion) || !readable(version)) {
                // A package made before an upgrade that only added indexes (or opened since by a newer
                // mcfund, which migrates the file) carries the same tables: it is merged as it is.
                fail(tr("“%1” was made with schema %2; this version of mcfund merges schemas %3 to %4 only. "
                        "Export a new package.")
                         .arg(path)
                         .arg(std::max(i->schemaVersion, version))
                         .arg(Migrations::sameTablesSince())
                         .arg(Migrations::latestVersion()));
            } else {
                QSqlQuery base(db);
                ok = base.exec(QStringLiteral("SELECT COUNT(*) FROM base_project"));
                if (!ok)
                    fail(tr("“%1” has no base values: it is not a complete institution package.").arg(path));
                else if (info)
                    *info = *i;
            }
            db.close();
        } else {
            fail(tr("“%1” cannot be opened: %2").arg(path, db.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace mcfund
