#include "projectlistmodel.h"

#include "domain/codes.h"
#include "domain/translations.h"

#include <QFont>
#include <QLocale>

namespace mcfund {

namespace {
constexpr int PageSize = 256;

QString shown(const QString& en, const QString& fr)
{
    if (Translations::current() == QLatin1String("fr"))
        return fr.isEmpty() ? en : fr;
    return en.isEmpty() ? fr : en;
}
} // namespace

ProjectListModel::ProjectListModel(QSqlDatabase db, QObject* parent) : QAbstractTableModel(parent), m_list(std::move(db))
{
    reload();
}

void ProjectListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_total = m_list.count();
    endResetModel();
}

int ProjectListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ProjectListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ProjectListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<ProjectRow> more = m_list.page(m_rows.isEmpty() ? 0 : m_rows.last().rowid, PageSize);
    if (more.size() < PageSize)
        m_atEnd = true;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

QVariant ProjectListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ProjectRow& r = m_rows.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Title: return shown(r.titleEn, r.titleFr);
        case Institution: return shown(r.institutionEn, r.institutionFr);
        case Round: return r.roundNumber;
        case Sector: return shown(r.sectorEn, r.sectorFr);
        case Status: return Codes::label(CodeList::ProjectStatus, r.status);
        case Requested: return r.requested ? r.requested->toString(locale) : tr("not recorded");
        case Approved: return r.approved ? r.approved->toString(locale) : tr("not recorded");
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Requested || index.column() == Approved || index.column() == Round))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && ((index.column() == Requested && !r.requested) || (index.column() == Approved && !r.approved))) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    return {};
}

QVariant ProjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title: return tr("Title");
    case Institution: return tr("Institution");
    case Round: return tr("Round");
    case Sector: return tr("Sector");
    case Status: return tr("Status");
    case Requested: return tr("Requested");
    case Approved: return tr("Approved");
    }
    return {};
}

} // namespace mcfund
