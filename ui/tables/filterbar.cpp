#include "filterbar.h"

#include "workspace.h"

#include "domain/codes.h"
#include "domain/translations.h"
#include "query/tablequery.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace mcfund {

namespace {

void toggle(QStringList& list, const QString& value, bool on)
{
    list.removeAll(value);
    if (on)
        list << value;
}

} // namespace

FilterBar::FilterBar(Workspace* workspace, Entity entity, QWidget* parent, const QList<Criterion>& only)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_entity(entity)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(4);
    auto* row = new QHBoxLayout;
    row->setSpacing(4);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    row->addWidget(m_search, 1);
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(150);
    connect(m_search, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        m_filter.text = m_search->text();
        emitChanged();
    });
    connect(m_typing, &QTimer::timeout, this, [this] {
        m_filter.text = m_search->text();
        emitChanged();
    });

    if (!only.isEmpty() && !only.contains(Criterion::Text))
        m_search->hide();
    auto add = [&](Criterion c, QToolButton** slot, const char* name) {
        if (!TableQuery::supports(entity, c) || (!only.isEmpty() && !only.contains(c)))
            return;
        *slot = menuButton(QString::fromLatin1(name));
        row->addWidget(*slot);
    };
    add(Criterion::Sector, &m_sector, "sectorFilter");
    add(Criterion::Round, &m_round, "roundFilter");
    add(Criterion::Institution, &m_institution, "institutionFilter");
    add(Criterion::InstitutionType, &m_type, "typeFilter");
    add(Criterion::Status, &m_status, "statusFilter");
    add(Criterion::Language, &m_language, "languageFilter");
    add(Criterion::Osap, &m_osap, "osapFilter");
    add(Criterion::Missing, &m_missing, "missingFilter");
    if (m_search->isHidden())
        row->addStretch(1);
    outer->addLayout(row);

    m_chips = new QWidget(this);
    m_chipLayout = new QHBoxLayout(m_chips);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(4);
    m_chipLayout->addStretch(1);
    outer->addWidget(m_chips);
    m_chips->hide();
    retranslate();
}

QToolButton* FilterBar::menuButton(const QString& objectName)
{
    auto* b = new QToolButton(this);
    b->setObjectName(objectName);
    b->setPopupMode(QToolButton::InstantPopup);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setMenu(new QMenu(b));
    connect(b->menu(), &QMenu::aboutToShow, this, &FilterBar::rebuildMenus);
    return b;
}

void FilterBar::retranslate()
{
    // Short enough to show whole in the narrowest field (a laptop at 150 %); what it searches is said in
    // the tooltip and to screen readers.
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setToolTip(tr("Searches titles and descriptions in English and French; accents and case are "
                            "ignored."));
    m_search->setAccessibleName(tr("Search"));
    m_search->setAccessibleDescription(m_search->toolTip());
    // The clear button QLineEdit adds (a tool button of its own).
    for (QToolButton* clear : m_search->findChildren<QToolButton*>())
        clear->setAccessibleName(tr("Clear the search"));
    struct Label
    {
        QToolButton* button;
        QString text;
    };
    const Label labels[] = {{m_sector, tr("Sector")},
                            {m_round, tr("Round")},
                            {m_institution, tr("Institution")},
                            {m_type, tr("Institution type")},
                            {m_status, m_entity == Entity::Partner ? tr("Kind") : tr("Status")},
                            {m_language, tr("Language")},
                            {m_osap, tr("OSAP")},
                            {m_missing, tr("Missing text")}};
    for (const Label& l : labels) {
        if (!l.button)
            continue;
        l.button->setText(l.text + QStringLiteral(" ▾"));
        l.button->setAccessibleName(tr("Filter by %1").arg(l.text.toLower()));
        l.button->setToolTip(tr("Filter by %1").arg(l.text.toLower()));
    }
    rebuildChips();
}

void FilterBar::setSectorCounts(const QHash<QString, qint64>& counts)
{
    m_sectorCounts = counts;
}

void FilterBar::setStatusCounts(const QHash<QString, qint64>& counts)
{
    m_statusCounts = counts;
}

void FilterBar::setFilter(const FilterSpec& filter)
{
    m_filter = filter;
    if (m_search->text() != filter.text)
        m_search->setText(filter.text);
    rebuildChips();
}

void FilterBar::emitChanged()
{
    rebuildChips();
    emit filterChanged(m_filter);
}

void FilterBar::rebuildMenus()
{
    const QString lang = Translations::current();
    const QLocale locale;
    auto fill = [&](QToolButton* button, const QList<QPair<QString, QString>>& items,
                    QStringList FilterSpec::*list, const QHash<QString, qint64>* counts) {
        if (!button)
            return;
        QMenu* menu = button->menu();
        menu->clear();
        for (const auto& [value, label] : items) {
            QString text = label;
            if (counts && !counts->isEmpty())
                text += QStringLiteral("  (%1)").arg(locale.toString(counts->value(value)));
            QAction* a = menu->addAction(text);
            a->setCheckable(true);
            a->setChecked((m_filter.*list).contains(value));
            connect(a, &QAction::toggled, this, [this, value, list](bool on) {
                toggle(m_filter.*list, value, on);
                emitChanged();
            });
        }
    };
    auto lookupItems = [&](Entity e) {
        QList<QPair<QString, QString>> out;
        for (const LookupItem& item : m_workspace->lookups().sorted(e, lang))
            out << qMakePair(item.uid, item.name(lang));
        return out;
    };
    auto codeItems = [&](CodeList list) {
        QList<QPair<QString, QString>> out;
        for (const QString& c : Codes::codes(list))
            out << qMakePair(c, Codes::label(list, c));
        return out;
    };
    // Sectors keep their official order, each with its number of rows under the other filters.
    QList<QPair<QString, QString>> sectors;
    for (const LookupItem& item : m_workspace->lookups().items(Entity::Sector))
        sectors << qMakePair(item.uid, item.name(lang));
    fill(m_sector, sectors, &FilterSpec::sectorUids, &m_sectorCounts);
    fill(m_round, lookupItems(Entity::Round), &FilterSpec::roundUids, nullptr);
    fill(m_institution, lookupItems(Entity::Institution), &FilterSpec::institutionUids, nullptr);
    fill(m_type, codeItems(CodeList::InstitutionType), &FilterSpec::institutionTypes, nullptr);
    const CodeList statusList = m_entity == Entity::Credential ? CodeList::CredentialStatus
                                : m_entity == Entity::Round    ? CodeList::RoundStatus
                                                               : CodeList::ProjectStatus;
    fill(m_status, codeItems(statusList), &FilterSpec::statuses, &m_statusCounts);
    fill(m_language, codeItems(CodeList::Language), &FilterSpec::languages, nullptr);
    if (m_osap) {
        QMenu* menu = m_osap->menu();
        menu->clear();
        auto* group = new QActionGroup(menu);
        const QList<QPair<std::optional<bool>, QString>> choices = {
            {std::nullopt, tr("Any")}, {true, tr("OSAP approved")}, {false, tr("Not OSAP approved")}};
        for (const auto& [v, label] : choices) {
            QAction* a = menu->addAction(label);
            a->setCheckable(true);
            a->setActionGroup(group);
            a->setChecked(m_filter.osapApproved == v);
            connect(a, &QAction::triggered, this, [this, v = v] {
                m_filter.osapApproved = v;
                emitChanged();
            });
        }
    }
    if (m_missing) {
        QMenu* menu = m_missing->menu();
        menu->clear();
        auto* group = new QActionGroup(menu);
        const QList<QPair<std::optional<MissingText>, QString>> choices = {
            {std::nullopt, tr("Any")},
            {MissingText::French, tr("French text missing")},
            {MissingText::English, tr("English text missing")},
            {MissingText::Any, tr("Either language missing")}};
        for (const auto& [v, label] : choices) {
            QAction* a = menu->addAction(label);
            a->setCheckable(true);
            a->setActionGroup(group);
            a->setChecked(m_filter.missing == v);
            connect(a, &QAction::triggered, this, [this, v = v] {
                m_filter.missing = v;
                emitChanged();
            });
        }
    }
}

void FilterBar::rebuildChips()
{
    while (m_chipLayout->count() > 1) {
        QLayoutItem* item = m_chipLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    const QString lang = Translations::current();
    int at = 0;
    auto chip = [&](const QString& text, std::function<void()> remove) {
        auto* b = new QToolButton(m_chips);
        b->setText(text + QStringLiteral("  ✕"));
        b->setAccessibleName(tr("Remove filter %1").arg(text));
        b->setToolTip(tr("Remove this filter"));
        b->setAutoRaise(false);
        connect(b, &QToolButton::clicked, this, [this, remove] {
            remove();
            if (m_search->text() != m_filter.text)
                m_search->setText(m_filter.text);
            QTimer::singleShot(0, this, &FilterBar::emitChanged);
        });
        m_chipLayout->insertWidget(at++, b);
    };
    auto lookupChips = [&](Entity e, const QString& what, QStringList FilterSpec::*list) {
        for (const QString& uid : m_filter.*list) {
            const LookupItem* item = m_workspace->lookups().find(e, uid);
            chip(tr("%1: %2", "filter chip: criterion, value").arg(what, item ? item->name(lang) : uid),
                 [this, list, uid] { (m_filter.*list).removeAll(uid); });
        }
    };
    auto codeChips = [&](CodeList cl, const QString& what, QStringList FilterSpec::*list) {
        for (const QString& code : m_filter.*list)
            chip(tr("%1: %2", "filter chip: criterion, value").arg(what, Codes::label(cl, code)),
                 [this, list, code] { (m_filter.*list).removeAll(code); });
    };
    if (!FilterSpec::ftsQuery(m_filter.text).isEmpty())
        chip(tr("Text: “%1”").arg(m_filter.text.trimmed()), [this] { m_filter.text.clear(); });
    lookupChips(Entity::Sector, tr("Sector"), &FilterSpec::sectorUids);
    lookupChips(Entity::Round, tr("Round"), &FilterSpec::roundUids);
    lookupChips(Entity::Institution, tr("Institution"), &FilterSpec::institutionUids);
    codeChips(CodeList::InstitutionType, tr("Type"), &FilterSpec::institutionTypes);
    const CodeList statusList = m_entity == Entity::Credential ? CodeList::CredentialStatus
                                : m_entity == Entity::Round    ? CodeList::RoundStatus
                                                               : CodeList::ProjectStatus;
    codeChips(statusList, tr("Status"), &FilterSpec::statuses);
    codeChips(CodeList::Language, tr("Language"), &FilterSpec::languages);
    if (m_filter.osapApproved)
        chip(*m_filter.osapApproved ? tr("OSAP approved") : tr("Not OSAP approved"),
             [this] { m_filter.osapApproved.reset(); });
    if (m_filter.missing) {
        const QString text = *m_filter.missing == MissingText::French    ? tr("French text missing")
                             : *m_filter.missing == MissingText::English ? tr("English text missing")
                                                                         : tr("Either language missing");
        chip(text, [this] { m_filter.missing.reset(); });
    }
    if (at > 0) {
        auto* clear = new QToolButton(m_chips);
        clear->setText(tr("Clear all"));
        clear->setAccessibleName(tr("Clear all filters"));
        connect(clear, &QToolButton::clicked, this, [this] {
            m_filter = FilterSpec();
            m_search->clear();
            QTimer::singleShot(0, this, &FilterBar::emitChanged);
        });
        m_chipLayout->insertWidget(at++, clear);
    }
    m_chips->setVisible(at > 0);
}

} // namespace mcfund
