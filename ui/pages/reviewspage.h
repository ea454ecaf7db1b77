#pragma once

#include "domain/codes.h"
#include "review/assignments.h"
#include "review/reviewscores.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTimer;
class QSplitter;
class QVBoxLayout;
class QCheckBox;

namespace mcfund {

class BackgroundReader;
class RankingModel;
class Workspace;

/**
 * Reviewing a round's applications: the ranking by weighted score with the line where the envelope runs
 * out, and for the selected application its intake flags, additional-consideration flags, the user's
 * scores and comments per criterion, every reviewer's scores with the consensus, and the decisions the
 * lifecycle allows. Every change is one undoable step through the workspace.
 */
class ReviewsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewsPage(Workspace* workspace, QWidget* parent = nullptr);
    ~ReviewsPage() override;

    void setRound(const QString& roundUid);
    QString roundUid() const;
    RankingModel* ranking() const { return m_ranking; }
    QTableView* table() const { return m_table; }
    /** Selects an application by uid (from the projects page, for example). */
    bool selectApplication(const QString& uid);
    QString currentApplication() const { return m_project; }
    /** Saves the current user's scores and comments for the selected application (one undoable step). */
    bool saveScores(QString* message);
    /** Asks for a decision moving the selected application to \a to (dialogs for amounts and reasons). */
    void decide(ProjectStatus to);
    /** Gives the keyboard's focus to the first decision, or to the ranking when none is left. */
    void focusDecisions();
    /**
     * Recomputes the ranking on a thread of its own (it reads every application and review of the round:
     * about a second on a 100,000-project workspace) and shows it when done; while the page is hidden it
     * only notes that the ranking is stale, and computes when shown.
     */
    void refresh();
    void retranslate();
    /** True from a refresh until its ranking is shown. */
    bool isRefreshing() const { return m_refreshing; }

signals:
    void message(const QString& text);
    /** The ranking on screen is up to date. */
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showApplication(const QString& uid);
    void rebuildScoreEditors();
    /** Who scores, above the score editors, or why the scores cannot be read. */
    void showReviewerLine();
    /** The ranking shown: every application, or a reviewer's own, or those not yet scored by me. */
    void showRanking();
    /** Where the current user stands on \a projectUid; nullopt when they are not on it at all. */
    std::optional<AssignmentState> myState(const QString& projectUid) const;
    void assignReviewers();
    void declareConflict();

    Workspace* m_workspace;
    std::unique_ptr<BackgroundReader> m_reader;
    QTimer* m_pending = nullptr; ///< edits arrive in bursts: one refresh once they pause
    bool m_stale = true;
    bool m_focusDecisions = false; ///< the next rebuild of the decisions gives them the keyboard's focus
    bool m_refreshing = false;
    QComboBox* m_round = nullptr;
    QLabel* m_roundLabel = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    RankingModel* m_ranking = nullptr;
    QString m_project;
    QString m_scoresUnread; ///< why the shown application's scores cannot be read, if they cannot
    QLabel* m_title = nullptr;
    QLabel* m_flags = nullptr;
    QGroupBox* m_considerationBox = nullptr;
    QList<QCheckBox*> m_considerations;
    QList<QLabel*> m_considerationTexts; ///< each box's text beside it, wrapping
    QGroupBox* m_scoresBox = nullptr;
    QFormLayout* m_scoresForm = nullptr;
    QList<QSpinBox*> m_scores;
    QList<QLineEdit*> m_comments;
    QList<QString> m_criteria;
    QLabel* m_reviewer = nullptr;
    QGroupBox* m_consensusBox = nullptr;
    QTableWidget* m_consensus = nullptr;
    QLabel* m_consensusText = nullptr;
    QGroupBox* m_decisionBox = nullptr;
    QVBoxLayout* m_decisions = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_statusLabel = nullptr;
    QCheckBox* m_notScored = nullptr;
    QPushButton* m_assign = nullptr;
    QLabel* m_progress = nullptr;
    QGroupBox* m_reviewersBox = nullptr;
    QLabel* m_reviewersText = nullptr;
    QPushButton* m_conflict = nullptr;
    QList<RankedApplication> m_allRows;
    std::optional<Money> m_envelope;
    QList<AssignmentRow> m_assignments;
    QHash<QString, AssignmentState> m_mine; ///< the current user's rows of m_assignments, by application
};

} // namespace mcfund
