#include "tablepage.h"

#include "commands/batchcommand.h"
#include "detailform.h"
#include "settings.h"
#include "tables/fielddelegate.h"
#include "tables/filterbar.h"
#include "tables/tablemodel.h"
#include "workspace.h"

#include "domain/translations.h"
#include "edits/editbatch.h"
#include "edits/valueparser.h"
#include "query/lookups.h"
#include "storage/recordstore.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace mcfund {

TablePage::TablePage(Workspace* workspace, Entity entity, QWidget* parent, bool active)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_entity(entity)
{
    setObjectName(key() + QStringLiteral("Page"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    m_filterBar = new FilterBar(workspace, entity, this);
    layout->addWidget(m_filterBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(key() + QStringLiteral("Table"));
    m_model = new TableModel(workspace, entity, this, active);
    m_table->setModel(m_model);
    m_delegate = new FieldDelegate(workspace, this);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    // No sort indicator before sorting is enabled: enabling it sorts by the indicator's column at once, and
    // the model would read its first and last rows twice more (by the first column, then unsorted again).
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // The record's name or title (its first text in both languages) gets the room; a round's number,
    // first in its table, does not need it.
    int titleColumn = 0; // a partner's name, in one language only, comes first
    for (int c = m_model->columnCount() - 1; c >= 0; --c)
        if (m_model->columns().at(c).bilingual())
            titleColumn = c;
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, c == titleColumn ? 380 : 130);

    m_emptyHint = new QLabel(m_table->viewport());
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setMaximumWidth(460);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->hide();
    auto* hintLayout = new QVBoxLayout(m_table->viewport());
    hintLayout->addWidget(m_emptyHint, 0, Qt::AlignCenter);

    auto* scroll = new QScrollArea(m_splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_form = new DetailForm(workspace, entity, scroll);
    scroll->setWidget(m_form);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({760, 520});
    layout->addWidget(m_splitter, 1);

    connect(m_filterBar, &FilterBar::filterChanged, m_model, &TableModel::setFilter);
    connect(m_filterBar, &FilterBar::filterChanged, this, &TablePage::countChanged);
    connect(m_model, &TableModel::loaded, this, [this] {
        m_filterBar->setSectorCounts(m_model->sectorCounts());
        m_filterBar->setStatusCounts(m_model->statusCounts());
        emit countChanged();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TablePage::countChanged);
    connect(this, &TablePage::countChanged, this, &TablePage::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TablePage::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TablePage::updateEmptyHint);
    connect(m_model, &TableModel::editRefused, this, &TablePage::message);
    connect(m_delegate, &FieldDelegate::inputRefused, this, &TablePage::message);
    connect(m_form, &DetailForm::message, this, &TablePage::message);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TablePage::updateForm);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TablePage::updateForm);
    connect(m_workspace, &Workspace::changed, m_form, &DetailForm::reload);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = m_table->indexAt(at);
        QMenu menu(this);
        menu.addAction(tr("Copy"), this, &TablePage::copySelection);
        menu.addAction(tr("Paste"), this, &TablePage::paste);
        menu.addSeparator();
        menu.addAction(tr("Duplicate"), this, &TablePage::duplicateRows);
        menu.addAction(tr("Delete…"), this, &TablePage::deleteRows);
        const QString sector =
            index.isValid() ? m_model->recordAt(index.row()).value(QStringLiteral("sector_uid")).toString()
                            : QString();
        if (!sector.isEmpty()) {
            menu.addSeparator();
            if (m_entity != Entity::Credential)
                menu.addAction(tr("Show micro-credentials in this sector"), this,
                               [this, sector] { emit showSectorElsewhere(Entity::Credential, sector); });
            if (m_entity != Entity::Project)
                menu.addAction(tr("Show projects in this sector"), this,
                               [this, sector] { emit showSectorElsewhere(Entity::Project, sector); });
        }
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    restoreState();
    retranslate();
    // Start on the first row so that the form shows something and the keyboard has a place to start.
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

TablePage::~TablePage() = default;

QString TablePage::key() const
{
    return TableColumns::pageKey(m_entity);
}

QString TablePage::title() const
{
    const QString p = Schema::entity(m_entity).displayPlural();
    return p.left(1).toUpper() + p.mid(1);
}

QString TablePage::countText() const
{
    if (!m_model->readError().isEmpty())
        return tr("rows not read");
    const qint64 shown = m_model->matchingCount();
    const qint64 total = m_model->totalCount();
    const QLocale l;
    const int n = int(qMin<qint64>(total, INT_MAX));
    // The noun agrees with the total: "1 project", "88 projects", "12 of 88 projects".
    QString all;
    switch (m_entity) {
    case Entity::Project:
        all = tr("%n project(s)", nullptr, n);
        break;
    case Entity::Credential:
        all = tr("%n micro-credential(s)", nullptr, n);
        break;
    case Entity::Institution:
        all = tr("%n institution(s)", nullptr, n);
        break;
    case Entity::Round:
        all = tr("%n round(s)", nullptr, n);
        break;
    case Entity::Partner:
        all = tr("%n partner(s)", nullptr, n);
        break;
    default:
        all = QString::number(total);
        break;
    }
    // %n prints plain digits; show large counts with the locale's separators.
    all.replace(QString::number(total), l.toString(total));
    // While the first pass counts, the total is not known yet either: never "0 in all".
    if (shown < 0)
        return total > 0 ? tr("counting… (%1 in all)").arg(all) : tr("counting…");
    if (m_model->filter().isEmpty() || shown == total)
        return all;
    return tr("%1 of %2").arg(l.toString(shown), all);
}

QString TablePage::missingText() const
{
    const qint64 n = m_model->missingTranslationCount();
    if (n <= 0 || m_model->isLoading())
        return QString();
    QString text = Translations::current() == QLatin1String("fr")
                       ? tr("%n without French text", nullptr, int(n))
                       : tr("%n without English text", nullptr, int(n));
    return text.replace(QString::number(n), QLocale().toString(n));
}

void TablePage::filterMissing()
{
    FilterSpec f = m_model->filter();
    f.missing = Translations::current() == QLatin1String("fr") ? MissingText::French : MissingText::English;
    setFilter(f);
}

void TablePage::updateEmptyHint()
{
    const bool empty = !m_model->isLoading() && m_model->rowCount() == 0;
    if (empty && !m_model->readError().isEmpty())
        m_emptyHint->setText(
            tr("The rows could not be read from the workspace: %1\nNo row is shown rather than "
               "only some. If the file is damaged, “mcfund check” says so.")
                .arg(m_model->readError()));
    else if (empty && m_model->filter().isEmpty())
        m_emptyHint->setText(tr("This table is empty.\nAdd a row with Edit ▸ Add Row, or bring a spreadsheet "
                                "in with File ▸ Import…"));
    else if (empty)
        m_emptyHint->setText(
            tr("No row matches the filters.\nChange them, or use Clear all to see every row."));
    m_emptyHint->setVisible(empty);
}

void TablePage::retranslate()
{
    updateEmptyHint();
    m_table->setAccessibleName(title());
    m_filterBar->retranslate();
    m_form->retranslate();
    m_model->languageChanged();
}

void TablePage::setActive(bool active)
{
    m_model->setActive(active);
    // First shown: start on the first row, as a page made in front does.
    if (active && !m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void TablePage::setFilter(const FilterSpec& filter)
{
    m_filterBar->setFilter(filter);
    m_model->setFilter(filter);
    emit countChanged();
}

void TablePage::focusSearch()
{
    m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchField()->selectAll();
}

void TablePage::saveState() const
{
    Settings::setPageValue(key(), QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    Settings::setPageValue(key(), QStringLiteral("splitter"), m_splitter->saveState());
    Settings::setPageValue(
        key(), QStringLiteral("filter"),
        QString::fromUtf8(QJsonDocument(m_model->filter().toJson()).toJson(QJsonDocument::Compact)));
}

void TablePage::restoreState()
{
    const QByteArray header = Settings::pageValue(key(), QStringLiteral("header")).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header); // widths, order and sort (sorting re-runs in SQL)
    const QByteArray splitter = Settings::pageValue(key(), QStringLiteral("splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const QString filter = Settings::pageValue(key(), QStringLiteral("filter")).toString();
    if (!filter.isEmpty()) {
        FilterSpec f = FilterSpec::fromJson(QJsonDocument::fromJson(filter.toUtf8()).object());
        // Forget references to records this workspace does not have.
        auto keep = [&](QStringList& uids, Entity e) {
            uids.erase(std::remove_if(uids.begin(), uids.end(),
                                      [&](const QString& u) { return !m_workspace->lookups().find(e, u); }),
                       uids.end());
        };
        keep(f.sectorUids, Entity::Sector);
        keep(f.roundUids, Entity::Round);
        keep(f.institutionUids, Entity::Institution);
        setFilter(f);
    }
}

void TablePage::updateForm()
{
    const QModelIndex current = m_table->currentIndex();
    m_form->showRecord(current.isValid() ? m_model->uidAt(current.row()) : QString());
}

bool TablePage::selectUid(const QString& uid)
{
    const int row = m_model->rowOf(uid);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

QList<int> TablePage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedIndexes())
        if (!rows.contains(i.row()))
            rows << i.row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

Record TablePage::newRecordDefaults() const
{
    const Lookups& l = m_workspace->lookups();
    const FilterSpec& f = m_model->filter();
    auto firstOr = [](const QStringList& chosen, const QList<LookupItem>& all) {
        return !chosen.isEmpty() ? chosen.first() : (all.isEmpty() ? QString() : all.last().uid);
    };
    QString sector = f.sectorUids.value(0);
    if (sector.isEmpty())
        for (const LookupItem& s : l.items(Entity::Sector))
            if (s.code == QLatin1String("other"))
                sector = s.uid;
    const QString institution = !f.institutionUids.isEmpty() ? f.institutionUids.first()
                                : l.items(Entity::Institution).isEmpty()
                                    ? QString()
                                    : l.items(Entity::Institution).first().uid;
    const bool fr = Translations::current() == QLatin1String("fr");
    const QString lang = fr ? QStringLiteral("fr") : QStringLiteral("en");
    switch (m_entity) {
    case Entity::Project:
        return {{QStringLiteral("round_uid"), firstOr(f.roundUids, l.items(Entity::Round))},
                {QStringLiteral("institution_uid"), institution},
                {fr ? QStringLiteral("title_fr") : QStringLiteral("title_en"), tr("New project")},
                {QStringLiteral("original_language"), lang},
                {QStringLiteral("sector_uid"), sector},
                {QStringLiteral("sector_assigned_by"), QStringLiteral("user")},
                {QStringLiteral("status"), QStringLiteral("draft")},
                {QStringLiteral("project_type"), QStringLiteral("single")}};
    case Entity::Credential:
        return {{QStringLiteral("institution_uid"), institution},
                {fr ? QStringLiteral("title_fr") : QStringLiteral("title_en"), tr("New micro-credential")},
                {QStringLiteral("sector_uid"), sector},
                {QStringLiteral("delivery"), QStringLiteral("online")},
                {QStringLiteral("osap_approved"), 0},
                {QStringLiteral("status"), QStringLiteral("in_development")},
                {QStringLiteral("language"), lang}};
    case Entity::Institution:
        return {{fr ? QStringLiteral("name_fr") : QStringLiteral("name_en"), tr("New institution")},
                {QStringLiteral("type"), QStringLiteral("college")},
                {QStringLiteral("language"), lang}};
    case Entity::Partner:
        return {{QStringLiteral("name"), tr("New partner")},
                {QStringLiteral("kind"), QStringLiteral("employer")}};
    case Entity::Round: {
        int next = 1;
        for (const LookupItem& r : l.items(Entity::Round))
            next = qMax(next, r.code.toInt() + 1);
        return {{QStringLiteral("number"), next},
                {QStringLiteral("name_en"), QStringLiteral("Round %1").arg(next)},
                {QStringLiteral("name_fr"), QStringLiteral("Volet %1").arg(next)},
                {QStringLiteral("status"), QStringLiteral("planning")}};
    }
    default:
        return {};
    }
}

void TablePage::addRow()
{
    RowEdit r;
    r.op = RowEdit::Op::Insert;
    r.entity = m_entity;
    r.uid = RecordStore::newUid();
    r.after = newRecordDefaults();
    QString message;
    if (!m_workspace->push(
            new RecordsCommand(
                m_workspace,
                EditBatch{tr("addition of a %1").arg(Schema::entity(m_entity).displaySingular()), {r}}),
            &message)) {
        emit this->message(message);
        return;
    }
    const QString uid = r.uid;
    // The new row is placed by the background pass; select it as soon as it is known.
    auto* conn = new QMetaObject::Connection;
    *conn = connect(m_model, &TableModel::loaded, this, [this, uid, conn] {
        if (selectUid(uid))
            m_table->edit(m_table->currentIndex());
        disconnect(*conn);
        delete conn;
    });
}

void TablePage::duplicateRows()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    if (rows.size() > 1000) {
        emit message(tr("Select at most 1,000 rows to duplicate."));
        return;
    }
    EditBatch batch;
    batch.description = tr("duplication of %n row(s)", nullptr, int(rows.size()));
    for (int row : rows) {
        Record rec = m_model->recordAt(row);
        Record copy;
        for (const FieldDef& f : Schema::entity(m_entity).fields)
            copy.insert(f.column, rec.value(f.column));
        for (const char* c : {"title_en", "title_fr", "name_en", "name_fr", "name"}) {
            const QString k = QString::fromLatin1(c);
            if (!copy.value(k).toString().isEmpty())
                copy.insert(k, QString(copy.value(k).toString() + tr(" (copy)")));
        }
        if (m_entity == Entity::Round)
            copy.insert(QStringLiteral("number"), copy.value(QStringLiteral("number")).toInt() + 100);
        RowEdit r;
        r.op = RowEdit::Op::Insert;
        r.entity = m_entity;
        r.uid = RecordStore::newUid();
        r.after = copy;
        batch.rows << r;
    }
    QString message;
    if (!m_workspace->push(new RecordsCommand(m_workspace, batch), &message))
        QMessageBox::warning(this, tr("Cannot duplicate"), message);
}

void TablePage::deleteRows()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const QString question = rows.size() == 1
                                 ? tr("Delete “%1”? You can undo this with Edit ▸ Undo.")
                                       .arg(m_model->index(rows.first(), 0).data().toString())
                                 : tr("Delete the %n selected row(s)? You can undo this with Edit ▸ Undo.",
                                      nullptr, int(rows.size()));
    if (QMessageBox::question(this, tr("Delete"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    EditBatch batch;
    batch.description = tr("deletion of %n row(s)", nullptr, int(rows.size()));
    for (int row : rows) {
        RowEdit r;
        r.op = RowEdit::Op::Delete;
        r.entity = m_entity;
        r.uid = m_model->uidAt(row);
        batch.rows << r;
    }
    QString message;
    if (!m_workspace->push(new RecordsCommand(m_workspace, batch), &message))
        QMessageBox::warning(this, tr("Cannot delete"), message);
}

void TablePage::copySelection()
{
    const QModelIndexList indexes = m_table->selectionModel()->selectedIndexes();
    if (indexes.isEmpty())
        return;
    int top = INT_MAX, bottom = -1, left = INT_MAX, right = -1;
    for (const QModelIndex& i : indexes) {
        top = qMin(top, i.row());
        bottom = qMax(bottom, i.row());
        const int visual = m_table->horizontalHeader()->visualIndex(i.column());
        left = qMin(left, visual);
        right = qMax(right, visual);
    }
    QStringList lines;
    for (int r = top; r <= bottom; ++r) {
        QStringList cells;
        for (int v = left; v <= right; ++v) {
            const int c = m_table->horizontalHeader()->logicalIndex(v);
            const QModelIndex i = m_model->index(r, c);
            QString text;
            if (m_table->selectionModel()->isSelected(i)) {
                const QVariant check = i.data(Qt::CheckStateRole);
                text = check.isValid() ? (check.toInt() == Qt::Checked ? tr("Yes") : tr("No"))
                                       : i.data().toString();
            }
            cells << text.replace(QLatin1Char('\t'), QLatin1Char(' '))
                         .replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    emit message(tr("Copied %n row(s).", nullptr, bottom - top + 1));
}

void TablePage::paste()
{
    QString message;
    if (!pasteText(QApplication::clipboard()->text(), &message) && !message.isEmpty())
        QMessageBox::warning(this, tr("Nothing was pasted"), message);
}

bool TablePage::pasteText(const QString& text, QString* message)
{
    const QModelIndex start = m_table->currentIndex();
    if (!start.isValid()) {
        *message = tr("Select the cell where the pasted block should start.");
        return false;
    }
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return true;
    const ValueParser parser(QLocale(), Translations::current(), &m_workspace->lookups());
    const QString lang = Translations::current();
    QStringList problems;
    EditBatch batch;
    int cells = 0;
    const int startVisual = m_table->horizontalHeader()->visualIndex(start.column());
    for (int l = 0; l < lines.size(); ++l) {
        QString line = lines.at(l);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const int row = start.row() + l;
        if (row >= m_model->rowCount()) {
            problems << tr("Row %1: below the last row of the table.").arg(row + 1);
            break;
        }
        const Record current = m_model->recordAt(row);
        RowEdit edit;
        edit.op = RowEdit::Op::Update;
        edit.entity = m_entity;
        edit.uid = current.value(QStringLiteral("uid")).toString();
        const QStringList values = line.split(QLatin1Char('\t'));
        for (int k = 0; k < values.size(); ++k) {
            const int logical = m_table->horizontalHeader()->logicalIndex(startVisual + k);
            if (logical < 0) {
                problems << tr("Row %1: more columns than the table has.").arg(row + 1);
                break;
            }
            const TableColumn& column = m_model->columns().at(logical);
            const QString header = column.header(m_entity);
            if (!column.editable()) {
                problems
                    << tr("Row %1, %2: calculated column, cannot be pasted into.").arg(row + 1).arg(header);
                continue;
            }
            const QString field = column.field(lang);
            const FieldDef* def = Schema::entity(m_entity).field(field);
            QVariant value;
            QString error;
            if (!parser.parse(*def, values.at(k), &value, &error)) {
                problems << tr("Row %1, %2: %3").arg(row + 1).arg(header, error);
                continue;
            }
            QVariant normalised = value;
            const QString check = Validation::checkField(*def, normalised);
            if (!check.isEmpty()) {
                problems << tr("Row %1, %2: %3").arg(row + 1).arg(header, check);
                continue;
            }
            edit.before.insert(field, current.value(field));
            edit.after.insert(field, normalised);
            ++cells;
        }
        if (!edit.after.isEmpty())
            batch.rows << edit;
    }
    if (!problems.isEmpty()) {
        *message = tr("Nothing was pasted. Fix these cells and paste again:") + QLatin1Char('\n') +
                   problems.join(QLatin1Char('\n'));
        emit this->message(problems.first());
        return false;
    }
    batch.description = tr("paste of %n cell(s)", nullptr, cells);
    QString error;
    if (!m_workspace->push(new PasteCommand(m_workspace, batch), &error)) {
        // Rows are counted from the start of the paste; say which table rows they are.
        *message = tr("Nothing was pasted:") + QLatin1Char('\n') + error;
        return false;
    }
    emit this->message(tr("Pasted %n cell(s).", nullptr, cells));
    return true;
}

} // namespace mcfund
