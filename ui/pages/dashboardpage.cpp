#include "dashboardpage.h"

#include "backgroundreader.h"
#include "charts/fundingchart.h"
#include "settings.h"
#include "tables/filterbar.h"
#include "workspace.h"

#include "domain/translations.h"
#include "storage/database.h"
#include "storage/snapshotreader.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mcfund {

namespace {
enum Figure
{
    Envelope,
    Approved,
    Remaining,
    Share,
    Requested,
    Projects,
    Institutions,
    Credentials,
    Learners,
    FigureCount
};

// Everything the dashboard shows for one filter and measure, computed off the UI thread.
struct DashboardData
{
    FundingSummary summary;
    FundingAggregate bySector, byRound, byType;
    QString error; ///< why the figures could not be read: then none of them is shown
    std::optional<FundingAggregate> sectorCount, roundCount,
        typeCount; ///< only when the measure is not recorded

    static DashboardData compute(const QSqlDatabase& db, const QString& location, const FilterSpec& f,
                                 Measure m)
    {
        DashboardData d;
        FilterSpec allRounds = f;
        allRounds.roundUids.clear(); // the round chart compares rounds, so it shows all of them
        // The chart of every round, the longest read (a million credentials: 43 ms of 85), on a second
        // connection in the same snapshot, beside the figures and the other two charts; on this one when
        // that cannot be had.
        SnapshotReader beside;
        const bool twoConnections =
            SnapshotReader::worthwhile(db) &&
            beside.start(db, location, [&d, allRounds, m](const QSqlDatabase& c, QString* error) {
                d.byRound = FundingAggregate::compute(c, allRounds, m, Grouping::RoundBySector, error);
                return error->isEmpty();
            });
        // The first failure is the one said; a figure that could not be read is never shown as 0.
        QString why[4];
        d.summary = FundingSummary::compute(db, f, &why[0]);
        d.bySector = FundingAggregate::compute(db, f, m, Grouping::Sector, &why[1]);
        d.byType = FundingAggregate::compute(db, f, m, Grouping::InstitutionType, &why[2]);
        if (twoConnections)
            beside.finish(&why[3]);
        else
            d.byRound = FundingAggregate::compute(db, allRounds, m, Grouping::RoundBySector, &why[3]);
        for (const QString& w : why)
            if (d.error.isEmpty())
                d.error = w;
        if (!d.error.isEmpty())
            return d;
        if (!d.bySector.hasData())
            d.sectorCount = d.bySector.projectCounts();
        if (!d.byRound.hasData())
            d.roundCount = d.byRound.projectCounts();
        if (!d.byType.hasData())
            d.typeCount = d.byType.projectCounts();
        return d;
    }
};
} // namespace

DashboardPage::DashboardPage(Workspace* workspace, QWidget* parent, bool active)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_reader(std::make_unique<BackgroundReader>(workspace->database().path()))
{
    m_active = active;
    setObjectName(QStringLiteral("dashboardPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 0);
    auto* bar = new QHBoxLayout;
    m_filterBar =
        new FilterBar(workspace, Entity::Project, this,
                      {Criterion::Round, Criterion::Sector, Criterion::InstitutionType, Criterion::Status});
    bar->addWidget(m_filterBar, 1);
    m_measureLabel = new QLabel(this);
    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("measure"));
    m_measureLabel->setBuddy(m_measure);
    for (Measure m : {Measure::Approved, Measure::Requested, Measure::Projects, Measure::Learners})
        m_measure->addItem(QString(), int(m));
    bar->addWidget(m_measureLabel);
    bar->addWidget(m_measure);
    m_donut = new QToolButton(this);
    m_donut->setCheckable(true);
    m_donut->setObjectName(QStringLiteral("donut"));
    bar->addWidget(m_donut);
    outer->addLayout(bar);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    auto* layout = new QVBoxLayout(body);
    m_scope = new QLabel(body);
    QFont big = m_scope->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_scope->setFont(big);
    layout->addWidget(m_scope);
    auto* figures = new QGridLayout;
    figures->setHorizontalSpacing(24);
    for (int i = 0; i < FigureCount; ++i) {
        auto* caption = new QLabel(body);
        QWidget* value = nullptr;
        if (i == Share) {
            // A bar when the share is known; a dash, which says why on hover, when it is not.
            value = new QWidget(body);
            auto* shareLayout = new QHBoxLayout(value);
            shareLayout->setContentsMargins(0, 0, 0, 0);
            m_share = new QProgressBar(value);
            m_share->setRange(0, 1000);
            m_share->setTextVisible(true);
            m_share->setMinimumWidth(160);
            m_shareUnknown = new QLabel(QStringLiteral("—"), value);
            m_shareUnknown->setObjectName(QStringLiteral("shareUnknown"));
            QFont f = m_shareUnknown->font();
            f.setPointSizeF(f.pointSizeF() * 1.25);
            f.setBold(true);
            m_shareUnknown->setFont(f);
            shareLayout->addWidget(m_share);
            shareLayout->addWidget(m_shareUnknown);
            m_values << nullptr;
        } else {
            auto* v = new QLabel(body);
            v->setTextInteractionFlags(Qt::TextSelectableByMouse);
            QFont f = v->font();
            f.setPointSizeF(f.pointSizeF() * 1.25);
            f.setBold(true);
            v->setFont(f);
            v->setObjectName(QStringLiteral("figure%1").arg(i));
            value = v;
            m_values << v;
        }
        caption->setBuddy(value);
        m_captions << caption;
        figures->addWidget(caption, (i / 5) * 2, i % 5);
        figures->addWidget(value, (i / 5) * 2 + 1, i % 5);
    }
    layout->addLayout(figures);
    m_note = new QLabel(body);
    m_note->setObjectName(QStringLiteral("dashboardNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    auto* charts = new QGridLayout;
    m_sector = new FundingChart(body);
    m_round = new FundingChart(body);
    m_type = new FundingChart(body);
    m_sector->setMinimumHeight(360);
    m_round->setMinimumHeight(340);
    m_type->setMinimumHeight(340);
    charts->addWidget(m_sector, 0, 0, 1, 2);
    charts->addWidget(m_round, 1, 0);
    charts->addWidget(m_type, 1, 1);
    layout->addLayout(charts, 1);
    // Takes the room of the charts while they are hidden (figures that could not be read), so that the
    // figures and the note stay together at the top.
    layout->addStretch(0);
    m_bodyLayout = layout;
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    // Changes arrive in bursts (a paste, an import): refresh once they pause.
    m_pending = new QTimer(this);
    m_pending->setSingleShot(true);
    m_pending->setInterval(60);
    connect(m_pending, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(workspace, &Workspace::changed, m_pending, qOverload<>(&QTimer::start));
    connect(m_filterBar, &FilterBar::filterChanged, this, &DashboardPage::refresh);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_donut, &QToolButton::toggled, this, &DashboardPage::refresh);
    for (FundingChart* c : {m_sector, m_round, m_type})
        connect(c, &FundingChart::drillDown, this, &DashboardPage::onDrill);

    const QString saved =
        Settings::pageValue(QStringLiteral("dashboard"), QStringLiteral("filter")).toString();
    if (!saved.isEmpty()) {
        FilterSpec f = FilterSpec::fromJson(QJsonDocument::fromJson(saved.toUtf8()).object());
        f.roundUids.removeIf([&](const QString& u) { return !workspace->lookups().find(Entity::Round, u); });
        f.sectorUids.removeIf(
            [&](const QString& u) { return !workspace->lookups().find(Entity::Sector, u); });
        m_filterBar->setFilter(f);
    } else if (!workspace->lookups().items(Entity::Round).isEmpty()) {
        // Start on the latest round: what ministry staff look at first.
        FilterSpec f;
        f.roundUids = {workspace->lookups().items(Entity::Round).last().uid};
        m_filterBar->setFilter(f);
    }
    const int measure =
        Settings::pageValue(QStringLiteral("dashboard"), QStringLiteral("measure"), int(Measure::Approved))
            .toInt();
    m_measure->setCurrentIndex(qBound(0, measure, 3));
    retranslate();
}

DashboardPage::~DashboardPage() = default;

FilterSpec DashboardPage::filter() const
{
    return m_filterBar->filter();
}

void DashboardPage::setFilter(const FilterSpec& filter)
{
    m_filterBar->setFilter(filter);
    refresh();
}

Measure DashboardPage::measure() const
{
    return Measure(m_measure->currentData().toInt());
}

void DashboardPage::setMeasure(Measure m)
{
    m_measure->setCurrentIndex(m_measure->findData(int(m)));
}

void DashboardPage::saveState() const
{
    Settings::setPageValue(
        QStringLiteral("dashboard"), QStringLiteral("filter"),
        QString::fromUtf8(QJsonDocument(filter().toJson()).toJson(QJsonDocument::Compact)));
    Settings::setPageValue(QStringLiteral("dashboard"), QStringLiteral("measure"), m_measure->currentIndex());
}

void DashboardPage::retranslate()
{
    const QStringList captions = {tr("Envelope"),        tr("Approved"),          tr("Remaining"),
                                  tr("Share allocated"), tr("Requested"),         tr("Projects"),
                                  tr("Institutions"),    tr("Micro-credentials"), tr("Targeted learners")};
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
    m_measureLabel->setText(tr("&Measure:"));
    const QStringList measures = {tr("Approved amount"), tr("Requested amount"), tr("Number of projects"),
                                  tr("Targeted learners")};
    for (int i = 0; i < measures.size(); ++i)
        m_measure->setItemText(i, measures.at(i));
    m_measure->setAccessibleName(tr("Measure shown in the charts"));
    m_donut->setText(tr("Shares as a donut"));
    m_donut->setAccessibleName(tr("Show the sector chart as a donut of shares"));
    m_filterBar->retranslate();
    for (FundingChart* c : {m_sector, m_round, m_type})
        c->retranslate();
    refresh();
}

void DashboardPage::setActive(bool active)
{
    m_active = active;
    if (m_active && m_stale)
        refresh();
}

void DashboardPage::refresh()
{
    if (!m_active) {
        m_stale = true;
        m_loading = true;
        return;
    }
    m_stale = false;
    m_loading = true;
    // Once the window has painted, and once for a burst of requests (the page asks when it is made and
    // again when the window translates it).
    if (m_computeQueued)
        return;
    m_computeQueued = true;
    QMetaObject::invokeMethod(this, &DashboardPage::compute, Qt::QueuedConnection);
}

void DashboardPage::compute()
{
    m_computeQueued = false;
    // Hidden between the request and now (the window opened on another page): left for its next show.
    if (!m_active) {
        m_stale = true;
        return;
    }
    const FilterSpec f = filter();
    const Measure m = measure();
    m_reader->run<DashboardData>(
        this,
        [f, m, location = m_workspace->database().path()](const QSqlDatabase& db) {
            return DashboardData::compute(db, location, f, m);
        },
        [this, f](const DashboardData& d) {
            for (FundingChart* c : {m_sector, m_round, m_type})
                c->setVisible(d.error.isEmpty());
            const int last = m_bodyLayout->count() - 1; // the stretch; the charts just before it
            m_bodyLayout->setStretch(last - 1, d.error.isEmpty() ? 1 : 0);
            m_bodyLayout->setStretch(last, d.error.isEmpty() ? 0 : 1);
            if (!d.error.isEmpty()) {
                // Nothing read is shown as a figure: every value says so, and the note says why.
                for (QLabel* v : m_values)
                    if (v) // the share's slot holds a bar, not a label
                        v->setText(tr("not read"));
                m_share->setVisible(false);
                m_shareUnknown->setVisible(true);
                m_shareUnknown->setToolTip(tr("The figures could not be read."));
                m_shareUnknown->setAccessibleName(tr("Share of the envelope allocated: not read."));
                m_note->setText(tr("The figures could not be read from the workspace: %1").arg(d.error));
                m_note->setVisible(true);
                m_loading = false;
                emit refreshed();
                return;
            }
            const QString lang = Translations::current();
            const QLocale l;
            // Scope: the chosen round(s), or all rounds.
            QStringList rounds;
            for (const QString& uid : f.roundUids)
                if (const LookupItem* r = m_workspace->lookups().find(Entity::Round, uid))
                    rounds << r->name(lang);
            const QString scope = rounds.isEmpty() ? tr("All rounds") : rounds.join(QStringLiteral(", "));
            m_scope->setText(scope);
            const FundingSummary& s = d.summary;
            auto amount = [&](const Money& v, qint64 recorded) {
                return recorded > 0 ? v.toString(l) : tr("not recorded");
            };
            m_values[Envelope]->setText(s.envelope ? s.envelope->toString(l) : tr("not set"));
            m_values[Approved]->setText(amount(s.approved, s.projectsWithApproved));
            m_values[Requested]->setText(amount(s.requested, s.projectsWithRequested));
            const bool canAllocate = s.envelope && s.projectsWithApproved > 0 && s.envelope->cents() > 0;
            m_values[Remaining]->setText(canAllocate ? (*s.envelope - s.approved).toString(l)
                                                     : tr("not known"));
            m_share->setVisible(canAllocate);
            m_shareUnknown->setVisible(!canAllocate);
            if (canAllocate) {
                const qint64 permille = s.approved.cents() * 1000 / s.envelope->cents();
                m_share->setValue(int(std::clamp<qint64>(permille, 0, 1000)));
                m_share->setFormat(
                    tr("%1 % of the envelope").arg(l.toString(double(permille) / 10.0, 'f', 1)));
                m_share->setAccessibleName(tr("Share of the envelope allocated: %1").arg(m_share->format()));
            } else {
                const QString why = !s.envelope ? tr("The round's envelope is not set.")
                                                : tr("No approved amount is recorded for these projects.");
                m_shareUnknown->setToolTip(why);
                m_shareUnknown->setAccessibleName(
                    tr("Share of the envelope allocated: not known. %1").arg(why));
            }
            m_values[Projects]->setText(l.toString(s.projects));
            m_values[Institutions]->setText(l.toString(s.institutions));
            m_values[Credentials]->setText(l.toString(s.credentials));
            m_values[Learners]->setText(s.projectsWithLearners > 0 ? l.toString(s.targetLearners)
                                                                   : tr("not recorded"));
            // "%1" is left in the titles for the chart to fill with the measure it actually draws.
            const QString measureSlot = QStringLiteral("%1");
            m_sector->setData(d.bySector, m_donut->isChecked() ? ChartStyle::Donut : ChartStyle::Bars,
                              tr("%1 by sector — %2").arg(measureSlot, scope),
                              d.sectorCount ? &*d.sectorCount : nullptr);
            m_round->setData(d.byRound, ChartStyle::Stacked, tr("%1 by round and sector").arg(measureSlot),
                             d.roundCount ? &*d.roundCount : nullptr);
            m_type->setData(d.byType, ChartStyle::Bars,
                            tr("%1 by institution type — %2").arg(measureSlot, scope),
                            d.typeCount ? &*d.typeCount : nullptr);
            // The same note above each chart is said once, above them all.
            QStringList notes;
            for (const FundingChart* c : {m_sector, m_round, m_type})
                notes << c->notice();
            notes.removeAll(QString());
            notes.removeDuplicates();
            const bool once = notes.size() == 1;
            m_note->setText(once ? tr("Note: %1").arg(notes.first()) : QString());
            m_note->setVisible(once);
            for (FundingChart* c : {m_sector, m_round, m_type})
                c->setNoticeShown(!once);
            m_loading = false;
            emit refreshed();
        });
}

void DashboardPage::onDrill(const QString& sectorUid, const QString& roundUid, const QString& institutionType)
{
    FilterSpec f = filter();
    if (!sectorUid.isEmpty())
        f.sectorUids = {sectorUid};
    if (!roundUid.isEmpty())
        f.roundUids = {roundUid};
    if (!institutionType.isEmpty())
        f.institutionTypes = {institutionType};
    emit openProjects(f);
}

} // namespace mcfund
