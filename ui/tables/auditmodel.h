#pragma once

#include "review/auditlog.h"

#include <QAbstractTableModel>

namespace mcfund {

/** Change-log entries, read-only: there is no way to edit or delete them from the interface. */
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        At,
        User,
        Record,
        Field,
        Old,
        New,
        Origin,
        ColumnCount
    };
    explicit AuditModel(QObject* parent = nullptr);
    void setEntries(const QList<AuditEntry>& entries);
    const QList<AuditEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace mcfund
