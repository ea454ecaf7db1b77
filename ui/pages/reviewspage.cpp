#include "reviewspage.h"

#include "backgroundreader.h"
#include "commands/fieldeditcommand.h"
#include "dialogs/assigndialog.h"
#include "dialogs/decisiondialog.h"
#include "settings.h"
#include "tables/rankingmodel.h"
#include "workspace.h"

#include "domain/projectlifecycle.h"
#include "domain/translations.h"
#include "edits/editbatch.h"
#include "review/decisions.h"
#include "review/reviewscores.h"
#include "review/roundrules.h"
#include "storage/database.h"
#include "storage/recordstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mcfund {

namespace {
/** Clicking the text beside a check box toggles it, as clicking a check box's own text does. */
class ToggleOnClick : public QObject
{
public:
    ToggleOnClick(QCheckBox* box, QObject* parent)
        : QObject(parent)
        , m_box(box)
    {}
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() != QEvent::MouseButtonRelease || !m_box->isEnabled())
            return false;
        m_box->click();
        return true;
    }

private:
    QCheckBox* m_box;
};
} // namespace

ReviewsPage::ReviewsPage(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_reader(std::make_unique<BackgroundReader>(workspace->database().path()))
{
    setObjectName(QStringLiteral("reviewsPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 0);
    auto* top = new QHBoxLayout;
    m_roundLabel = new QLabel(this);
    m_round = new QComboBox(this);
    m_round->setObjectName(QStringLiteral("reviewRound"));
    m_roundLabel->setBuddy(m_round);
    top->addWidget(m_roundLabel);
    top->addWidget(m_round);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    m_notScored = new QCheckBox(this);
    m_notScored->setObjectName(QStringLiteral("notScoredByMe"));
    top->addWidget(m_notScored);
    connect(m_notScored, &QCheckBox::toggled, this, [this] { showRanking(); });
    m_assign = new QPushButton(this);
    m_assign->setObjectName(QStringLiteral("assignReviewers"));
    connect(m_assign, &QPushButton::clicked, this, &ReviewsPage::assignReviewers);
    top->addWidget(m_assign);
    // Reviewers and coordinators do not assign: the database would refuse it; say so rather than fail.
    const Server::Role role = workspace->role();
    m_assign->setEnabled(role != Server::Role::Reviewer && role != Server::Role::Coordinator);
    outer->addLayout(top);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_progress->setWordWrap(true);
    outer->addWidget(m_progress);

    auto* splitter = m_splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("rankingTable"));
    m_ranking = new RankingModel(this);
    m_table->setModel(m_ranking);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Nothing to edit in the ranking: Tab leaves it for the application's panel, as in any form.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setColumnWidth(RankingModel::Rank, 50);
    m_table->setColumnWidth(RankingModel::Application, 340);
    m_table->setColumnWidth(RankingModel::Institution, 200);

    auto* scroll = new QScrollArea(splitter);
    scroll->setObjectName(QStringLiteral("applicationPanel"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* panel = new QWidget(scroll);
    auto* v = new QVBoxLayout(panel);
    m_title = new QLabel(panel);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    v->addWidget(m_title);
    m_statusLabel = new QLabel(panel);
    m_statusLabel->setWordWrap(true);
    v->addWidget(m_statusLabel);
    m_flags = new QLabel(panel);
    m_flags->setWordWrap(true);
    m_flags->setObjectName(QStringLiteral("intakeFlags"));
    v->addWidget(m_flags);
    m_considerationBox = new QGroupBox(panel);
    auto* cl = new QVBoxLayout(m_considerationBox);
    for (const char* field : {"collaboration", "indigenous_institute", "indigenous_partnership"}) {
        // The box, and its text beside it in a label that wraps: a check box's own text never does, and
        // "Partenariat avec des instituts autochtones ou formation de personnes apprenantes autochtones"
        // would widen the panel past the window's edge.
        auto* line = new QHBoxLayout;
        auto* box = new QCheckBox(m_considerationBox);
        box->setObjectName(QString::fromLatin1(field));
        auto* text = new QLabel(m_considerationBox);
        text->setWordWrap(true);
        text->setBuddy(box);
        text->installEventFilter(new ToggleOnClick(box, text));
        line->addWidget(box, 0, Qt::AlignTop);
        line->addWidget(text, 1);
        cl->addLayout(line);
        m_considerations << box;
        m_considerationTexts << text;
        connect(box, &QCheckBox::clicked, this, [this, box](bool on) {
            if (m_project.isEmpty())
                return;
            QString error;
            if (!m_workspace->push(new FieldEditCommand(
                                       m_workspace, Entity::Project, m_project, box->objectName(), on ? 0 : 1,
                                       on ? 1 : 0, tr("change of %1").arg(box->accessibleName().toLower())),
                                   &error))
                emit message(error);
        });
    }
    v->addWidget(m_considerationBox);
    m_reviewersBox = new QGroupBox(panel);
    auto* rv = new QVBoxLayout(m_reviewersBox);
    m_reviewersText = new QLabel(m_reviewersBox);
    m_reviewersText->setObjectName(QStringLiteral("applicationReviewers"));
    m_reviewersText->setWordWrap(true);
    m_reviewersText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rv->addWidget(m_reviewersText);
    m_conflict = new QPushButton(m_reviewersBox);
    m_conflict->setObjectName(QStringLiteral("declareConflict"));
    connect(m_conflict, &QPushButton::clicked, this, &ReviewsPage::declareConflict);
    rv->addWidget(m_conflict, 0, Qt::AlignRight);
    v->addWidget(m_reviewersBox);
    m_scoresBox = new QGroupBox(panel);
    m_scoresBox->setObjectName(QStringLiteral("myScores"));
    auto* sv = new QVBoxLayout(m_scoresBox);
    m_reviewer = new QLabel(m_scoresBox);
    m_reviewer->setWordWrap(true); // it may say, at length, why the scores cannot be read
    sv->addWidget(m_reviewer);
    m_scoresForm = new QFormLayout;
    // Each criterion's name above its score and comment: a long French name has the panel's whole width.
    m_scoresForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    sv->addLayout(m_scoresForm);
    auto* save = new QPushButton(m_scoresBox);
    save->setObjectName(QStringLiteral("saveScores"));
    sv->addWidget(save, 0, Qt::AlignRight);
    connect(save, &QPushButton::clicked, this, [this] {
        QString message;
        if (!saveScores(&message) && !message.isEmpty())
            QMessageBox::warning(this, tr("Scores not saved"), message);
    });
    v->addWidget(m_scoresBox);
    m_consensusBox = new QGroupBox(panel);
    auto* cv = new QVBoxLayout(m_consensusBox);
    m_consensusText = new QLabel(m_consensusBox);
    m_consensusText->setObjectName(QStringLiteral("consensusText"));
    m_consensusText->setWordWrap(true);
    cv->addWidget(m_consensusText);
    m_consensus = new QTableWidget(m_consensusBox);
    m_consensus->setObjectName(QStringLiteral("consensus"));
    m_consensus->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_consensus->setTabKeyNavigation(false); // read only: Tab goes on to the decisions
    m_consensus->setMinimumHeight(140);
    cv->addWidget(m_consensus);
    v->addWidget(m_consensusBox);
    m_decisionBox = new QGroupBox(panel);
    // One decision a line: several French actions side by side are wider than the panel.
    m_decisions = new QVBoxLayout(m_decisionBox);
    v->addWidget(m_decisionBox);
    v->addStretch(1);
    scroll->setWidget(panel);
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 520});
    // The shares the person gave the ranking and the panel last time.
    if (const QByteArray saved =
            Settings::pageValue(QStringLiteral("reviews"), QStringLiteral("splitter")).toByteArray();
        !saved.isEmpty())
        splitter->restoreState(saved);
    outer->addWidget(splitter, 1);

    connect(m_round, &QComboBox::currentIndexChanged, this, [this] {
        rebuildScoreEditors();
        refresh();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& i) {
                showApplication(i.isValid() ? i.data(RankingModel::UidRole).toString() : QString());
            });
    m_pending = new QTimer(this);
    m_pending->setSingleShot(true);
    m_pending->setInterval(60);
    connect(m_pending, &QTimer::timeout, this, &ReviewsPage::refresh);
    connect(m_workspace, &Workspace::changed, m_pending, qOverload<>(&QTimer::start));
    const QString lang = Translations::current();
    for (const LookupItem& r : workspace->lookups().items(Entity::Round))
        m_round->addItem(r.name(lang), r.uid);
    m_round->setCurrentIndex(m_round->count() - 1);
    retranslate();
}

QString ReviewsPage::roundUid() const
{
    return m_round->currentData().toString();
}

void ReviewsPage::setRound(const QString& roundUid)
{
    const int i = m_round->findData(roundUid);
    if (i >= 0)
        m_round->setCurrentIndex(i);
}

void ReviewsPage::retranslate()
{
    m_roundLabel->setText(tr("&Round:"));
    m_considerationBox->setTitle(tr("Additional consideration"));
    const EntityDef& project = Schema::entity(Entity::Project);
    for (int i = 0; i < m_considerations.size(); ++i) {
        const QString name = project.field(m_considerations.at(i)->objectName())->displayName();
        m_considerations.at(i)->setAccessibleName(name);
        m_considerationTexts.at(i)->setText(name);
    }
    m_scoresBox->setTitle(tr("Your scores"));
    m_reviewersBox->setTitle(tr("Reviewers"));
    m_conflict->setText(tr("Declare a &Conflict of Interest…"));
    m_conflict->setAccessibleName(tr("Declare a conflict of interest on this application"));
    m_notScored->setText(tr("&Not yet scored by me"));
    m_notScored->setAccessibleName(tr("Show only the applications assigned to me that I have not scored"));
    m_assign->setText(tr("&Assign Reviewers…"));
    m_assign->setAccessibleName(tr("Assign reviewers to the round's applications"));
    m_assign->setToolTip(m_assign->isEnabled() ? tr("Assign reviewers to the round's applications")
                                               : tr("Applications are assigned by program officers."));
    showReviewerLine();
    if (auto* save = m_scoresBox->findChild<QPushButton*>(QStringLiteral("saveScores")))
        save->setText(tr("&Save scores"));
    m_consensusBox->setTitle(tr("All reviewers"));
    m_decisionBox->setTitle(tr("Decision"));
    const QString lang = Translations::current();
    for (int i = 0; i < m_round->count(); ++i)
        if (const LookupItem* r = m_workspace->lookups().find(Entity::Round, m_round->itemData(i).toString()))
            m_round->setItemText(i, r->name(lang));
    m_round->setAccessibleName(tr("Round under review"));
    m_table->setAccessibleName(tr("Ranking of the round's applications"));
    m_consensus->setAccessibleName(tr("Each reviewer's scores on this application"));
    if (auto* panel = findChild<QScrollArea*>(QStringLiteral("applicationPanel")))
        panel->setAccessibleName(tr("The selected application"));
    rebuildScoreEditors();
    refresh();
}

void ReviewsPage::rebuildScoreEditors()
{
    while (m_scoresForm->rowCount() > 0)
        m_scoresForm->removeRow(0);
    m_scores.clear();
    m_comments.clear();
    m_criteria.clear();
    const QString lang = Translations::current();
    QString rubricUnread;
    const QList<ReviewCriterion> rubric =
        ReviewScores::criteria(m_workspace->database().connection(), roundUid(), &rubricUnread);
    if (!rubricUnread.isEmpty()) {
        // Said in the place of the scores, in words, rather than a form without a single criterion.
        auto* notice = new QLabel(QStringLiteral("⚠ ") +
                                      tr("Cannot read the criteria of this round: %1").arg(rubricUnread),
                                  m_scoresBox);
        notice->setObjectName(QStringLiteral("rubricUnread"));
        notice->setWordWrap(true);
        notice->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        notice->setFocusPolicy(Qt::StrongFocus);
        notice->setAccessibleName(notice->text());
        m_scoresForm->addRow(notice);
    }
    for (const ReviewCriterion& c : rubric) {
        auto* row = new QWidget(m_scoresBox);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto* score = new QSpinBox(row);
        score->setRange(-1, c.maxScore);
        score->setSpecialValueText(tr("—"));
        score->setValue(-1);
        score->setSuffix(tr(" / %1").arg(c.maxScore));
        const QString name = lang == QLatin1String("fr") && !c.nameFr.isEmpty() ? c.nameFr : c.nameEn;
        score->setAccessibleName(tr("Score for %1").arg(name));
        auto* comment = new QLineEdit(row);
        comment->setObjectName(QStringLiteral("comment_%1").arg(m_comments.size()));
        comment->setPlaceholderText(tr("Comment"));
        comment->setAccessibleName(tr("Comment on %1").arg(name));
        h->addWidget(score);
        h->addWidget(comment, 1);
        auto* label = new QLabel(tr("%1 (weight %2)").arg(name).arg(c.weight), m_scoresBox);
        label->setWordWrap(true);
        label->setBuddy(score);
        m_scoresForm->addRow(label, row);
        m_scores << score;
        m_comments << comment;
        m_criteria << c.uid;
    }
    // Made after the panel, the editors would come last in the Tab order: they follow the conflict button,
    // each score before its comment, and Save scores follows them.
    QWidget* previous = m_conflict;
    for (qsizetype i = 0; i < m_scores.size(); ++i) {
        setTabOrder(previous, m_scores.at(i));
        setTabOrder(m_scores.at(i), m_comments.at(i));
        previous = m_comments.at(i);
    }
    if (auto* save = m_scoresBox->findChild<QPushButton*>(QStringLiteral("saveScores"))) {
        setTabOrder(previous, save);
        setTabOrder(save, m_consensus);
    }
}

ReviewsPage::~ReviewsPage()
{
    Settings::setPageValue(QStringLiteral("reviews"), QStringLiteral("splitter"), m_splitter->saveState());
}

void ReviewsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

namespace {
struct RankingData
{
    QList<RankedApplication> rows;
    std::optional<Money> envelope;
    QList<AssignmentRow> assignments;
    QString error; ///< why the ranking could not be read
};
} // namespace

void ReviewsPage::refresh()
{
    if (!isVisible()) {
        m_stale = true; // computed when the page is shown
        return;
    }
    m_stale = false;
    m_refreshing = true;
    const QString round = roundUid();
    const QString lang = Translations::current();
    m_reader->run<RankingData>(
        this,
        [round, lang](const QSqlDatabase& db) {
            RankingData d;
            const RoundRules rules = RoundRules::load(db, round, &d.error);
            if (!d.error.isEmpty())
                return d; // no ranking flagged against rules that were not read
            d.rows = ReviewScores::ranking(db, round, rules.disagreementPoints, &d.envelope, &d.error);
            QString why;
            d.assignments = Assignments::list(db, round, lang, &why);
            if (d.error.isEmpty() && !why.isEmpty())
                d.error = ReviewsPage::tr("Cannot read the assignments of this round: %1").arg(why);
            return d;
        },
        [this](const RankingData& d) {
            const QString keep = m_project;
            m_allRows = d.rows;
            m_envelope = d.envelope;
            m_assignments = d.assignments;
            // Looked up for every row of the ranking and every application shown: indexed once here.
            m_mine.clear();
            const QString me = Workspace::userName();
            for (const AssignmentRow& r : std::as_const(m_assignments))
                if (r.reviewer == me)
                    m_mine.insert(r.projectUid, r.state);
            showRanking();
            const int line = m_ranking->envelopeLine();
            const QLocale l;
            m_summary->setText(
                !d.error.isEmpty() ? d.error
                : d.envelope
                    ? (line < 0
                           ? tr("Envelope %1: every ranked application fits.").arg(d.envelope->toString(l))
                           : tr("Envelope %1 runs out at rank %2.")
                                 .arg(d.envelope->toString(l))
                                 .arg(m_ranking->rows().at(line).rank))
                    : tr("No envelope set for this round."));
            if (keep.isEmpty() && m_ranking->rowCount() > 0)
                m_table->setCurrentIndex(m_ranking->index(0, RankingModel::Application));
            else if (!keep.isEmpty() && !selectApplication(keep))
                showApplication(keep);
            else if (keep.isEmpty())
                showApplication(QString());
            m_refreshing = false;
            emit refreshed();
        });
}

std::optional<AssignmentState> ReviewsPage::myState(const QString& projectUid) const
{
    const auto it = m_mine.constFind(projectUid);
    return it == m_mine.cend() ? std::nullopt : std::optional<AssignmentState>(*it);
}

void ReviewsPage::showRanking()
{
    // A reviewer on a shared workspace sees the applications assigned to them; anyone may narrow the
    // ranking to what is still theirs to score.
    const bool reviewer = m_workspace->role() == Server::Role::Reviewer;
    QList<RankedApplication> rows;
    for (const RankedApplication& r : std::as_const(m_allRows)) {
        const std::optional<AssignmentState> mine = myState(r.uid);
        if (reviewer && (!mine || *mine == AssignmentState::Conflict))
            continue;
        if (m_notScored->isChecked() && mine != AssignmentState::Assigned)
            continue;
        rows << r;
    }
    m_ranking->setRanking(rows, m_envelope);
    // Progress: mine when I review, everyone's otherwise.
    const QHash<QString, ReviewProgress> byReviewer = Assignments::progressByReviewer(m_assignments);
    const QString me = Workspace::userName();
    QStringList parts;
    if (byReviewer.contains(me)) {
        parts << tr("Your reviews: %1 of %2 scored.")
                     .arg(byReviewer.value(me).scored)
                     .arg(byReviewer.value(me).assigned);
    }
    if (!reviewer && !byReviewer.isEmpty()) {
        int scored = 0, assigned = 0;
        QStringList names = byReviewer.keys();
        std::sort(names.begin(), names.end());
        QStringList each;
        for (const QString& n : std::as_const(names)) {
            scored += byReviewer.value(n).scored;
            assigned += byReviewer.value(n).assigned;
            each
                << tr("%1 %2 of %3").arg(n).arg(byReviewer.value(n).scored).arg(byReviewer.value(n).assigned);
        }
        const int conflicts =
            int(std::count_if(m_assignments.cbegin(), m_assignments.cend(),
                              [](const AssignmentRow& r) { return r.state == AssignmentState::Conflict; }));
        parts << tr("Team: %1 of %2 reviews scored (%3); %n conflict(s) of interest.", nullptr, conflicts)
                     .arg(scored)
                     .arg(assigned)
                     .arg(each.join(QStringLiteral(", ")));
    }
    if (m_allRows.size() > 0 && m_assignments.isEmpty())
        parts << tr("No reviewer is assigned in this round yet.");
    m_progress->setText(parts.join(QLatin1Char(' ')));
    m_progress->setVisible(!parts.isEmpty());
}

void ReviewsPage::assignReviewers()
{
    QString title;
    if (const std::optional<Record> p =
            m_project.isEmpty()
                ? std::nullopt
                : RecordStore(m_workspace->database().connection(), {}).get(Entity::Project, m_project))
        title = p->value(QStringLiteral("title_en")).toString();
    AssignDialog dialog(m_workspace, roundUid(), m_round->currentText(), m_project, title, this);
    dialog.exec();
    if (!dialog.result().isEmpty())
        emit message(dialog.result());
}

void ReviewsPage::declareConflict()
{
    if (m_project.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Declare a Conflict of Interest"),
        tr("Why can you not review “%1” impartially? The reason is kept on record; you are taken off the "
           "application and any score you saved on it is removed.")
            .arg(m_title->text()),
        QString(), &ok);
    if (!ok)
        return;
    EditBatch batch;
    QString error;
    if (!Assignments::planConflict(m_workspace->database().connection(), m_project, Workspace::userName(),
                                   reason, &batch, &error) ||
        !m_workspace->push(new ReviewCommand(m_workspace, batch), &error)) {
        QMessageBox::warning(this, tr("Conflict of interest not recorded"), error);
        return;
    }
    emit message(tr("Conflict of interest recorded."));
}

bool ReviewsPage::selectApplication(const QString& uid)
{
    for (int r = 0; r < m_ranking->rowCount(); ++r) {
        if (m_ranking->rows().at(r).uid == uid) {
            m_table->setCurrentIndex(m_ranking->index(r, RankingModel::Application));
            showApplication(uid);
            return true;
        }
    }
    return false;
}

void ReviewsPage::showReviewerLine()
{
    m_reviewer->setText(m_scoresUnread.isEmpty() ? tr("Reviewer: %1").arg(Workspace::userName())
                                                 : QStringLiteral("⚠ ") + m_scoresUnread);
}

void ReviewsPage::showApplication(const QString& uid)
{
    m_project = uid;
    m_scoresUnread.clear();
    const QSqlDatabase db = m_workspace->database().connection();
    const std::optional<Record> p =
        uid.isEmpty() ? std::nullopt : RecordStore(db, {}).get(Entity::Project, uid);
    const bool has = p.has_value();
    for (QWidget* w : {static_cast<QWidget*>(m_considerationBox), static_cast<QWidget*>(m_scoresBox),
                       static_cast<QWidget*>(m_consensusBox), static_cast<QWidget*>(m_decisionBox),
                       static_cast<QWidget*>(m_reviewersBox)})
        w->setVisible(has);
    // A person deciding with the keyboard keeps the focus in the decisions when they are made anew.
    const QWidget* focused = QApplication::focusWidget();
    const bool keepFocus =
        std::exchange(m_focusDecisions, false) || (focused && m_decisionBox->isAncestorOf(focused));
    while (QLayoutItem* item = m_decisions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!has) {
        m_title->setText(tr("Select an application in the ranking."));
        m_flags->clear();
        m_statusLabel->clear();
        return;
    }
    const QString lang = Translations::current();
    const QString en = p->value(QStringLiteral("title_en")).toString();
    const QString fr = p->value(QStringLiteral("title_fr")).toString();
    m_title->setText(lang == QLatin1String("fr") ? (fr.isEmpty() ? en : fr) : (en.isEmpty() ? fr : en));
    const QString status = p->value(QStringLiteral("status")).toString();
    m_statusLabel->setText(tr("Status: %1").arg(Codes::label(CodeList::ProjectStatus, status)));
    QString flagsUnread;
    const QStringList flags = RoundRules::intakeFlags(db, uid, lang, &flagsUnread);
    m_flags->setText(!flagsUnread.isEmpty() ? QStringLiteral("⚠ ") + flagsUnread
                     : flags.isEmpty()      ? tr("No intake flags.")
                                            : tr("⚠ Flagged at intake:") + QStringLiteral("\n• ") +
                                             flags.join(QStringLiteral("\n• ")));
    for (QCheckBox* box : std::as_const(m_considerations))
        box->setChecked(p->value(box->objectName()).toInt() != 0);
    // Who reviews it, in words (nothing by colour alone).
    QStringList who;
    for (const AssignmentRow& r : std::as_const(m_assignments)) {
        if (r.projectUid != uid)
            continue;
        QString line = tr("%1 — %2").arg(r.reviewer, Assignments::stateName(r.state));
        if (r.state == AssignmentState::Conflict && !r.reason.isEmpty())
            line += tr(": %1").arg(r.reason);
        who << line;
    }
    m_reviewersText->setText(who.isEmpty() ? tr("No reviewer is assigned to this application.")
                                           : who.join(QLatin1Char('\n')));
    const std::optional<AssignmentState> mine = myState(uid);
    const bool conflicted = mine == AssignmentState::Conflict;
    m_conflict->setEnabled(!conflicted);
    m_scoresBox->setEnabled(!conflicted);
    m_scoresBox->setToolTip(
        conflicted ? tr("You declared a conflict of interest on this application: you do not score it.")
                   : QString());
    // The user's own scores.
    // The round's rules say when reviewers disagree: without them, no consensus is shown either.
    const RoundRules rules =
        RoundRules::load(db, p->value(QStringLiteral("round_uid")).toString(), &m_scoresUnread);
    const Consensus c = m_scoresUnread.isEmpty()
                            ? ReviewScores::consensus(db, uid, rules.disagreementPoints, &m_scoresUnread)
                            : Consensus();
    const QString& scoresUnread = m_scoresUnread;
    // Neither the user's own scores nor anyone's can be shown: the editors stay closed rather than offer
    // empty scores that saving would write over the real ones, and the box says why where they are.
    QList<QWidget*> editors(m_scores.cbegin(), m_scores.cend());
    editors += QList<QWidget*>(m_comments.cbegin(), m_comments.cend());
    if (auto* save = m_scoresBox->findChild<QPushButton*>(QStringLiteral("saveScores")))
        editors << save;
    for (QWidget* w : std::as_const(editors))
        w->setEnabled(scoresUnread.isEmpty());
    showReviewerLine();
    const QString me = Workspace::userName();
    for (int i = 0; i < m_criteria.size(); ++i) {
        m_scores.at(i)->setValue(-1);
        m_comments.at(i)->clear();
    }
    for (const ReviewerScores& r : c.reviewers) {
        if (r.reviewer != me)
            continue;
        for (int i = 0; i < m_criteria.size(); ++i) {
            if (r.scores.contains(m_criteria.at(i)))
                m_scores.at(i)->setValue(r.scores.value(m_criteria.at(i)));
            m_comments.at(i)->setText(r.comments.value(m_criteria.at(i)));
        }
    }
    // Everyone's scores and the consensus.
    const QList<ReviewCriterion> rubric =
        ReviewScores::criteria(db, p->value(QStringLiteral("round_uid")).toString());
    // Blind until scored: a reviewer assigned to the application sees the others' scores once their own
    // for every criterion are saved (the database enforces it on a shared workspace; here the interface).
    Consensus shown = c;
    const bool blind = mine == AssignmentState::Assigned || conflicted;
    if (blind)
        shown.reviewers.removeIf([&](const ReviewerScores& r) { return r.reviewer != me; });
    m_consensus->clear();
    m_consensus->setRowCount(int(shown.reviewers.size()));
    m_consensus->setColumnCount(int(rubric.size()) + 2);
    QStringList headers{tr("Reviewer")};
    for (const ReviewCriterion& k : rubric)
        headers << QStringLiteral("%1%2").arg(
            QString::number(headers.size()),
            c.disputedCriteria.contains(k.uid) && !blind ? QStringLiteral(" ⚠") : QString());
    headers << tr("Total /100");
    m_consensus->setHorizontalHeaderLabels(headers);
    const QLocale l;
    for (int r = 0; r < shown.reviewers.size(); ++r) {
        const ReviewerScores& rs = shown.reviewers.at(r);
        m_consensus->setItem(r, 0, new QTableWidgetItem(rs.reviewer));
        for (int k = 0; k < rubric.size(); ++k) {
            auto* item = new QTableWidgetItem(rs.scores.contains(rubric.at(k).uid)
                                                  ? QString::number(rs.scores.value(rubric.at(k).uid))
                                                  : tr("—"));
            item->setToolTip(rs.comments.value(rubric.at(k).uid));
            m_consensus->setItem(r, k + 1, item);
        }
        m_consensus->setItem(
            r, int(rubric.size()) + 1,
            new QTableWidgetItem(rs.complete ? l.toString(rs.total, 'f', 1) : tr("incomplete")));
    }
    m_consensus->resizeColumnsToContents();
    QString text = !scoresUnread.isEmpty() ? QStringLiteral("⚠ ") + scoresUnread
                   : blind ? tr("The other reviewers' scores are shown once you have scored every criterion.")
                   : c.mean ? tr("Mean %1 / 100 from %n complete review(s); spread %2 points.", nullptr,
                                 int(std::count_if(c.reviewers.begin(), c.reviewers.end(),
                                                   [](const ReviewerScores& r) { return r.complete; })))
                                  .arg(l.toString(*c.mean, 'f', 1), l.toString(c.spread, 'f', 1))
                            : tr("No complete review yet.");
    if (c.disagreement && !blind)
        text += QLatin1Char(' ') +
                tr("⚠ Reviewers disagree (spread above %1 points).").arg(rules.disagreementPoints);
    if (!c.disputedCriteria.isEmpty() && !blind)
        text += QLatin1Char(' ') + tr("⚠ marks criteria where scores differ by more than half the scale.");
    m_consensusText->setText(text);
    // Only the moves the lifecycle allows.
    bool ok = false;
    const ProjectStatus from = projectStatusFromCode(status, &ok);
    // The decisions follow the reviewers' scores in the Tab order (made now, they would otherwise come last).
    QWidget* previous = m_consensus;
    for (ProjectStatus to : ProjectLifecycle::next(from)) {
        auto* b = new QPushButton(ProjectLifecycle::actionName(to), m_decisionBox);
        b->setObjectName(QStringLiteral("decide_") + projectStatusCode(to));
        connect(b, &QPushButton::clicked, this, [this, to] { decide(to); });
        m_decisions->addWidget(b);
        if (previous)
            setTabOrder(previous, b);
        previous = b;
    }
    if (m_decisions->count() == 0) {
        auto* none = new QLabel(tr("No further decision: the application is %1.")
                                    .arg(Codes::label(CodeList::ProjectStatus, status).toLower()),
                                m_decisionBox);
        none->setWordWrap(true); // one long French line would widen the panel past the window's edge
        m_decisions->addWidget(none);
    }
    if (keepFocus) {
        m_focusDecisions = true; // until the new buttons are shown by the layout
        QTimer::singleShot(0, this, [this] {
            if (std::exchange(m_focusDecisions, false))
                focusDecisions();
        });
    }
}

bool ReviewsPage::saveScores(QString* message)
{
    if (m_project.isEmpty())
        return false;
    QList<ScoreEntry> entries;
    for (int i = 0; i < m_criteria.size(); ++i)
        entries << ScoreEntry{m_criteria.at(i), m_scores.at(i)->value(), m_comments.at(i)->text()};
    QString error;
    const EditBatch batch =
        ReviewScores::scoreBatch(m_workspace->database().connection(), m_project, Workspace::userName(),
                                 entries, tr("scores on “%1”").arg(m_title->text()), &error);
    if (!error.isEmpty()) {
        if (message)
            *message = error;
        return false;
    }
    if (batch.isEmpty()) {
        if (message)
            message->clear();
        return true;
    }
    if (!m_workspace->push(new ReviewCommand(m_workspace, batch), &error)) {
        if (message)
            *message = error;
        return false;
    }
    emit this->message(tr("Scores saved."));
    return true;
}

void ReviewsPage::decide(ProjectStatus to)
{
    if (m_project.isEmpty())
        return;
    DecisionDialog dialog(m_workspace, m_project, to, this);
    const bool decided = dialog.exec() == QDialog::Accepted;
    // The decision's buttons are made anew for the application's new status: the keyboard's focus stays
    // with them (or with the ranking when no decision is left) instead of being lost with the old button.
    m_focusDecisions = decided; // the refresh that follows the decision makes them anew
    focusDecisions();
    if (decided)
        emit message(tr("Decision recorded."));
}

void ReviewsPage::focusDecisions()
{
    for (int i = 0; i < m_decisions->count(); ++i)
        if (auto* b = qobject_cast<QPushButton*>(m_decisions->itemAt(i)->widget())) {
            b->setFocus(Qt::OtherFocusReason);
            return;
        }
    m_table->setFocus(Qt::OtherFocusReason);
}

} // namespace mcfund
