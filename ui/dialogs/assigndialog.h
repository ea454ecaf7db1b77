#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace mcfund {

class Workspace;

/**
 * Assigns reviewers to a round's applications: automatically (every application gets K of the checked
 * reviewers, least loaded first, never one with a conflict of interest, what is assigned already kept), or by
 * hand (the checked reviewers to the selected application). Each is one undoable step in the change log.
 */
class AssignDialog : public QDialog
{
    Q_OBJECT
public:
    AssignDialog(Workspace* workspace, const QString& roundUid, const QString& roundName,
                 const QString& projectUid, const QString& projectTitle, QWidget* parent = nullptr);

    QListWidget* reviewerList() const { return m_reviewers; }
    QSpinBox* perApplication() const { return m_per; }
    /** Fills the round; false with the reason in result() when nothing could be written. */
    bool assignRound();
    /** Assigns the checked reviewers to the selected application. */
    bool assignApplication();
    /** What the last action did or why it did nothing, in words. */
    QString result() const;

private:
    QStringList checked() const;
    void addReviewer();

    Workspace* m_workspace;
    QString m_round;
    QString m_project;
    QListWidget* m_reviewers = nullptr;
    QLineEdit* m_newReviewer = nullptr;
    QSpinBox* m_per = nullptr;
    QPushButton* m_fill = nullptr;
    QPushButton* m_one = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace mcfund
