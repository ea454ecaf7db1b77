#include "tablemodel.h"

#include "commands/fieldeditcommand.h"
#include "rowloader.h"

#include "workspace.h"

#include "domain/codes.h"
#include "domain/money.h"
#include "domain/translations.h"
#include "edits/editbatch.h"
#include "storage/database.h"
#include "storage/sortkeys.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QPalette>
#include <QStyle>

namespace mcfund {

namespace {
constexpr int PageSize = 128;
constexpr int EdgeRows = 128;
constexpr int MaxPages = 48;
} // namespace

TableModel::TableModel(Workspace* workspace, Entity entity, QObject* parent, bool active)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_entity(entity)
    , m_query(std::make_unique<TableQuery>(entity, workspace->database().connection(), &workspace->lookups()))
    , m_loader(std::make_unique<RowLoader>(workspace->database().path(), entity))
    , m_coordinator(workspace->database().kind() == WorkspaceKind::Package)
    , m_active(active)
{
    // A page not in front reads nothing until it is first shown (see setActive).
    if (m_active)
        restart(true);
    else
        m_pending = m_startWanted = true;
    connect(workspace, &Workspace::changed, this, [this](const QList<Entity>& entities) {
        // References are shown by name: a change to a sector, round or institution shows on every table.
        if (entities.contains(m_entity) || entities.contains(Entity::Sector) ||
            entities.contains(Entity::Round) || entities.contains(Entity::Institution) ||
            (m_entity == Entity::Credential && entities.contains(Entity::Project)))
            refresh();
    });
    // An edit kept as not saved, then written or discarded: the cells show it, or the file again.
    connect(workspace, &Workspace::pendingChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
}

TableModel::~TableModel() = default;

void TableModel::requestPass()
{
    ++m_generation;
    m_loader->cancel(m_generation);
    m_pending = true;
    m_passLanguage = Translations::current();
    m_passWanted = !m_active;
    if (m_passWanted)
        return;
    // Started once the window has painted what it is doing now (the first rows come from the index): on
    // a shared workspace the pass is a heavy query on the same server as the first paint's small ones.
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            // A new order of the same rows keeps its counts: on a million rows, a second saved per sort.
            const bool facets = m_facetsStale || m_facetsLanguage != m_passLanguage;
            if (generation == m_generation)
                m_loader->request(m_generation, m_filter, m_sort, m_workspace->lookups(), m_passLanguage,
                                  facets, this, [this](const LoadResult& r) { applyResult(r); });
        },
        Qt::QueuedConnection);
}

void TableModel::setActive(bool active)
{
    m_active = active;
    if (!m_active)
        return;
    if (m_startWanted) {
        m_startWanted = m_refreshWanted = false;
        restart(true);
    } else if (m_refreshWanted) {
        m_refreshWanted = false;
        refresh();
    } else if (m_passWanted) {
        // A pass already running is left to finish: coming back to the page finds its order ready.
        requestPass();
    }
}

const QList<TableColumn>& TableModel::columns() const
{
    return TableColumns::of(m_entity);
}

int TableModel::columnOf(const QString& id) const
{
    const auto& cols = columns();
    for (int i = 0; i < cols.size(); ++i)
        if (cols.at(i).id == id)
            return i;
    return -1;
}

int TableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    if (m_orderReady)
        return int(m_order.size());
    return int(m_countKnown ? m_count : m_head.size());
}

int TableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(columns().size());
}

void TableModel::restart(bool filterChanged)
{
    if (m_startWanted)
        return; // never shown yet: the filter and sort are kept, and read when the page is first shown
    ++m_generation;
    m_loader->cancel(m_generation);
    if (filterChanged)
        m_facetsStale = true;
    const bool keepCount = !filterChanged && (m_orderReady || m_countKnown);
    const qint64 previousCount = m_orderReady ? m_order.size() : m_count;
    if (keepCount) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList persistent = persistentIndexList();
        QList<QString> uids;
        for (const QModelIndex& i : persistent)
            uids << uidAt(i.row());
        m_head = m_query->edgeRowids(m_filter, m_sort, EdgeRows, false);
        m_tail = m_query->edgeRowids(m_filter, m_sort, EdgeRows, true);
        m_order.clear();
        m_orderReady = false;
        m_count = previousCount;
        m_countKnown = true;
        QModelIndexList moved;
        for (int i = 0; i < persistent.size(); ++i) {
            const int row = rowOf(uids.at(i));
            moved << (row < 0 ? QModelIndex() : index(row, persistent.at(i).column()));
        }
        changePersistentIndexList(persistent, moved);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        beginResetModel();
        m_order.clear();
        m_orderReady = false;
        m_cache.clear();
        m_pages.clear();
        m_head = m_query->edgeRowids(m_filter, m_sort, EdgeRows, false);
        m_tail.clear();
        // Fewer rows than one edge page: that is the whole set, no need to wait for the count.
        m_countKnown = m_head.size() < EdgeRows;
        m_count = m_head.size();
        if (m_countKnown) {
            m_order = m_head;
            m_orderReady = true;
        }
        endResetModel();
    }
    if (m_filter.isEmpty() && m_countKnown && !keepCount)
        m_total = m_count;
    requestPass();
}

void TableModel::applyResult(const LoadResult& r)
{
    if (r.generation != m_generation)
        return;
    m_pending = false;
    m_readError = r.error;
    if (!r.error.isEmpty()) {
        // Rows read up to the failure are not the table: none is shown, nor any count.
        beginResetModel();
        m_order.clear();
        m_head.clear();
        m_tail.clear();
        m_cache.clear();
        m_pages.clear();
        m_orderReady = true;
        m_countKnown = true;
        m_count = 0;
        m_total = 0;
        m_sectorCounts.clear();
        m_statusCounts.clear();
        m_missing = 0;
        m_facetsStale = true;
        endResetModel();
        emit loaded();
        return;
    }
    if (r.facets) {
        m_sectorCounts = r.sectorCounts;
        m_statusCounts = r.statusCounts;
        m_missing = r.missingTranslation;
        m_facetsStale = false;
        m_facetsLanguage = m_passLanguage;
    }
    if (m_filter.isEmpty())
        m_total = r.rowids.size();
    else if (m_total == 0)
        m_total = m_query->count(FilterSpec());
    const int shown = rowCount();
    if (m_orderReady && m_order == r.rowids) {
        emit loaded();
        return;
    }
    const bool sameRows = shown == r.rowids.size();
    const bool headMatches = r.rowids.mid(0, m_head.size()) == m_head;
    if (sameRows) {
        // Same count: the rows were shown from the edges; fill in the middle without a reset.
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList persistent = persistentIndexList();
        QList<QString> uids;
        for (const QModelIndex& i : persistent)
            uids << uidAt(i.row());
        m_order = r.rowids;
        m_orderReady = true;
        m_countKnown = true;
        m_count = m_order.size();
        QModelIndexList moved;
        for (int i = 0; i < persistent.size(); ++i) {
            const int row = rowOf(uids.at(i));
            moved << (row < 0 ? QModelIndex() : index(row, persistent.at(i).column()));
        }
        changePersistentIndexList(persistent, moved);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        if (!m_order.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_order.size()) - 1, columnCount() - 1));
    } else if (headMatches && !m_countKnown && r.rowids.size() > shown) {
        beginInsertRows({}, shown, int(r.rowids.size()) - 1);
        m_order = r.rowids;
        m_orderReady = true;
        m_countKnown = true;
        m_count = m_order.size();
        endInsertRows();
    } else {
        beginResetModel();
        m_order = r.rowids;
        m_orderReady = true;
        m_countKnown = true;
        m_count = m_order.size();
        endResetModel();
    }
    emit loaded();
}

qint64 TableModel::rowidAt(int row) const
{
    if (row < 0)
        return 0;
    if (m_orderReady)
        return row < m_order.size() ? m_order.at(row) : 0;
    if (row < m_head.size())
        return m_head.at(row);
    if (m_countKnown && !m_tail.isEmpty()) {
        const qint64 fromEnd = m_count - row;
        if (fromEnd >= 1 && fromEnd <= m_tail.size())
            return m_tail.at(m_tail.size() - int(fromEnd));
    }
    return 0;
}

void TableModel::ensurePage(int row) const
{
    const int page = row / PageSize;
    QVector<qint64> ids;
    for (int r = page * PageSize; r < qMin(rowCount(), (page + 1) * PageSize); ++r) {
        const qint64 id = rowidAt(r);
        if (id && !m_cache.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return;
    const QHash<qint64, Record> fetched = m_query->records(ids);
    for (auto it = fetched.cbegin(); it != fetched.cend(); ++it)
        m_cache.insert(it.key(), it.value());
    m_pages.removeAll(page);
    m_pages << page;
    // Keep memory flat: forget the least recently used pages.
    if (m_pages.size() > MaxPages) {
        const int old = m_pages.takeFirst();
        for (int r = old * PageSize; r < (old + 1) * PageSize; ++r)
            m_cache.remove(rowidAt(r));
    }
}

const Record* TableModel::recordFor(qint64 rowid) const
{
    auto it = m_cache.constFind(rowid);
    return it == m_cache.cend() ? nullptr : &*it;
}

QString TableModel::uidAt(int row) const
{
    const qint64 id = rowidAt(row);
    if (!id)
        return QString();
    if (!recordFor(id))
        ensurePage(row);
    const Record* r = recordFor(id);
    return r ? r->value(QStringLiteral("uid")).toString() : QString();
}

Record TableModel::recordAt(int row) const
{
    const qint64 id = rowidAt(row);
    if (!id)
        return {};
    if (!recordFor(id))
        ensurePage(row);
    const Record* r = recordFor(id);
    return r ? *r : Record();
}

int TableModel::rowOf(const QString& uid) const
{
    const qint64 id = m_query->rowidOf(uid);
    if (!id)
        return -1;
    if (m_orderReady) {
        const qsizetype at = m_order.indexOf(id);
        return int(at);
    }
    const qsizetype h = m_head.indexOf(id);
    if (h >= 0)
        return int(h);
    const qsizetype t = m_tail.indexOf(id);
    if (t >= 0 && m_countKnown)
        return int(m_count - m_tail.size() + t);
    return -1;
}

QVariant TableModel::display(const TableColumn& column, const Record& record, bool* fallback) const
{
    const QString language = Translations::current();
    const QLocale locale;
    *fallback = false;
    if (column.derived == TableColumn::Derived::OsapEligibleLength) {
        const std::optional<bool> eligible = TableQuery::osapEligibleLength(record);
        return !eligible ? tr("Unknown") : *eligible ? tr("Yes") : tr("No");
    }
    if (column.derived == TableColumn::Derived::ProjectTitle)
        return TableQuery::projectTitle(record, language, fallback);
    if (column.bilingual()) {
        const QString want = record.value(column.field(language)).toString();
        const QString other =
            record.value(language == QLatin1String("fr") ? column.fieldEn : column.fieldFr).toString();
        *fallback = want.isEmpty() && !other.isEmpty();
        return want.isEmpty() ? other : want;
    }
    const FieldDef* f = Schema::entity(m_entity).field(column.fieldEn);
    const QVariant v = record.value(column.fieldEn);
    if (!f || v.isNull())
        return QVariant();
    switch (f->type) {
    case FieldType::Money:
        return Money(v.toLongLong()).toString(locale);
    case FieldType::Integer:
        return f->column == QLatin1String("number") ? v.toString() : locale.toString(v.toLongLong());
    case FieldType::Code:
        return Codes::label(f->codes, v.toString());
    case FieldType::Bool:
        return QVariant();
    case FieldType::Reference: {
        if (const LookupItem* item = m_workspace->lookups().find(f->ref, v.toString())) {
            bool fb = false;
            const QString name = item->name(language, &fb);
            *fallback = fb;
            return name;
        }
        return v;
    }
    case FieldType::Date:
        return locale.toString(QDate::fromString(v.toString(), Qt::ISODate), QLocale::ShortFormat);
    default:
        return v;
    }
}

QVariant TableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TableColumn& column = columns().at(index.column());
    const qint64 id = rowidAt(index.row());
    if (!id) {
        // A row in the middle of a large set before the background pass has placed it.
        return role == Qt::DisplayRole && index.column() == 0 ? QVariant(QStringLiteral("…")) : QVariant();
    }
    if (!recordFor(id))
        ensurePage(index.row());
    const Record* rec = recordFor(id);
    if (!rec)
        return {};
    const FieldDef* f = column.editable() ? Schema::entity(m_entity).field(column.fieldEn) : nullptr;
    // A value typed here that the file could not take is shown, marked with a sign and its reason.
    QVariant unsaved;
    QString unsavedWhy;
    const bool isUnsaved =
        column.editable() && m_workspace->hasPending() &&
        m_workspace->pendingValue(m_entity, rec->value(QStringLiteral("uid")).toString(),
                                  column.field(Translations::current()), &unsaved, &unsavedWhy);
    if (isUnsaved) {
        switch (role) {
        case Qt::DisplayRole: {
            Record shown = *rec;
            shown.insert(column.field(Translations::current()), unsaved);
            bool fallback = false;
            return display(column, shown, &fallback);
        }
        case Qt::EditRole:
            return unsaved;
        case Qt::CheckStateRole:
            if (f && f->type == FieldType::Bool)
                return unsaved.toInt() ? Qt::Checked : Qt::Unchecked;
            return {};
        case Qt::DecorationRole:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case Qt::ToolTipRole:
        case Qt::AccessibleDescriptionRole:
            return tr("Not saved: %1").arg(unsavedWhy);
        case UnsavedRole:
            return true;
        default:
            break;
        }
    }
    switch (role) {
    case Qt::DisplayRole: {
        bool fallback = false;
        return display(column, *rec, &fallback);
    }
    case Qt::EditRole:
        return column.editable() ? rec->value(column.field(Translations::current())) : QVariant();
    case Qt::CheckStateRole:
        if (f && f->type == FieldType::Bool)
            return rec->value(column.fieldEn).toInt() ? Qt::Checked : Qt::Unchecked;
        return {};
    case UnsavedRole:
        return false;
    case Qt::TextAlignmentRole:
        if (f && (f->type == FieldType::Money || f->type == FieldType::Integer))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole: {
        bool fallback = false;
        display(column, *rec, &fallback);
        if (fallback || !column.editable()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    }
    case Qt::ForegroundRole:
        if (!column.editable())
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole: {
        bool fallback = false;
        const QVariant shown = display(column, *rec, &fallback);
        if (fallback)
            return Translations::current() == QLatin1String("fr")
                       ? tr("French text missing — showing the English text")
                       : tr("English text missing — showing the French text");
        if (!column.editable())
            return tr("Calculated; read-only");
        if (const FieldDef* def = Schema::entity(m_entity).field(column.fieldEn)) {
            const QString refusal = m_workspace->roleRefusal(m_entity, def->column);
            if (!refusal.isEmpty())
                return refusal;
        }
        return shown.toString().size() > 40 ? shown : QVariant();
    }
    case FallbackRole: {
        bool fallback = false;
        display(column, *rec, &fallback);
        return fallback;
    }
    case UidRole:
        return rec->value(QStringLiteral("uid"));
    case FieldRole:
        return column.editable() ? column.field(Translations::current()) : QString();
    default:
        return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (section < 0 || section >= columns().size())
        return {};
    const TableColumn& c = columns().at(section);
    if (role == Qt::DisplayRole)
        return c.header(m_entity);
    if (role == Qt::ToolTipRole) {
        if (!c.editable())
            return tr("%1 (calculated; read-only)").arg(c.header(m_entity));
        if (!TableQuery::sortable(m_entity, c.field(Translations::current())))
            return tr("%1 (cannot be sorted)").arg(c.header(m_entity));
        return c.header(m_entity);
    }
    return {};
}

Qt::ItemFlags TableModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const TableColumn& c = columns().at(index.column());
    if (!c.editable() || !rowidAt(index.row()) || m_workspace->isReadOnly())
        return f;
    const FieldDef* def = Schema::entity(m_entity).field(c.fieldEn);
    // In a coordinator's package, the ministry's fields (and its reference tables) are read-only.
    if (m_coordinator && ((def && def->ministryOnly && def->column != QLatin1String("status")) ||
                          m_entity == Entity::Round || m_entity == Entity::Sector))
        return f;
    // On a shared workspace, what the person's database role may not change (the database refuses it too).
    if (!m_workspace->roleRefusal(m_entity, def ? def->column : QString()).isEmpty())
        return f;
    if (def && def->type == FieldType::Bool)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool TableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const TableColumn& c = columns().at(index.column());
    if (!c.editable())
        return false;
    const Record rec = recordAt(index.row());
    if (rec.isEmpty())
        return false;
    const QString field = c.field(Translations::current());
    const FieldDef* def = Schema::entity(m_entity).field(field);
    QVariant newValue = value;
    if (role == Qt::CheckStateRole && def && def->type == FieldType::Bool)
        newValue = value.toInt() == Qt::Checked ? 1 : 0;
    else if (role != Qt::EditRole)
        return false;
    const QVariant oldValue = rec.value(field);
    if (oldValue == newValue || (oldValue.isNull() && (newValue.isNull() || newValue.toString().isEmpty())))
        return false;
    QString message;
    if (!m_workspace->push(
            new FieldEditCommand(m_workspace, m_entity, rec.value(QStringLiteral("uid")).toString(), field,
                                 oldValue, newValue,
                                 tr("change of %1").arg(def ? def->displayName().toLower() : field)),
            &message)) {
        m_lastError = message;
        emit editRefused(message);
        return false;
    }
    return true;
}

void TableModel::sort(int column, Qt::SortOrder order)
{
    SortSpec s;
    if (column >= 0 && column < columns().size()) {
        const TableColumn& c = columns().at(column);
        QString field = c.field(Translations::current());
        if (!c.editable() || !TableQuery::sortable(m_entity, field))
            return;
        // Titles and names sort by their folded key in the shown language: "École" with the Es.
        if (SortKeys::applies(m_entity) && SortKeys::sources(m_entity).contains(field))
            field = QStringLiteral("sort_") + Translations::current();
        s.column = field;
        s.descending = order == Qt::DescendingOrder;
    }
    m_sortColumn = column;
    if (s == m_sort)
        return;
    m_sort = s;
    restart(false);
}

void TableModel::setFilter(const FilterSpec& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    restart(true);
}

void TableModel::refresh()
{
    // Not in front: the page is read again when it is shown, not after every change made elsewhere (a
    // count of a million rows on the interface thread each time).
    if (!m_active) {
        m_refreshWanted = !m_startWanted;
        m_pending = true;
        return;
    }
    m_cache.clear();
    m_pages.clear();
    m_facetsStale = true; // the rows changed
    // Keep what is shown while the new order is computed; rows re-read on demand.
    const qint64 total = m_query->count(FilterSpec());
    m_total = total;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    requestPass();
}

void TableModel::languageChanged()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    // The window sets its texts at open too: rows loaded in this language need no second pass (which
    // would cancel the first and read every row's order again, on a million rows a second of the readers').
    if (Translations::current() == m_passLanguage)
        return;
    if (m_sortColumn >= 0 && m_sort.column.startsWith(QLatin1String("sort_"))) {
        const int column = m_sortColumn;
        const bool descending = m_sort.descending;
        m_sort = SortSpec();
        sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    } else {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        requestPass(); // the count of rows missing a translation depends on the language
    }
}

} // namespace mcfund
