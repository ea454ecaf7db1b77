#pragma once

#include "query/projectlist.h"

#include <QAbstractTableModel>

namespace mcfund {

/** Projects, fetched a page at a time as the view scrolls (canFetchMore/fetchMore). */
class ProjectListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Institution, Round, Sector, Status, Requested, Approved, ColumnCount };

    explicit ProjectListModel(QSqlDatabase db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    qint64 totalCount() const { return m_total; }
    void reload();

private:
    ProjectList m_list;
    QList<ProjectRow> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = false;
};

} // namespace mcfund
