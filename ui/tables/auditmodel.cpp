#include "auditmodel.h"

#include "domain/entityschema.h"

#include <QDateTime>
#include <QLocale>

namespace mcfund {

AuditModel::AuditModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AuditModel::setEntries(const QList<AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    const EntityDef* def = Schema::byName(e.entity);
    switch (index.column()) {
    case At: {
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : e.at;
    }
    case User:
        return e.user;
    case Record:
        return def ? def->displaySingular() : e.entity;
    case Field: {
        if (e.field.isEmpty())
            return e.newValue.isEmpty() ? tr("deleted") : tr("added");
        const FieldDef* f = def ? def->field(e.field) : nullptr;
        return f ? f->displayName() : e.field;
    }
    case Old:
        return e.oldValue;
    case New:
        return e.newValue;
    case Origin:
        return e.description.isEmpty() ? e.origin : QStringLiteral("%1 — %2").arg(e.origin, e.description);
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case At:
        return tr("When");
    case User:
        return tr("Who");
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case Old:
        return tr("Old value");
    case New:
        return tr("New value");
    case Origin:
        return tr("How");
    }
    return {};
}

} // namespace mcfund
