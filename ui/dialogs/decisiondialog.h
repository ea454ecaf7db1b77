#pragma once

#include "domain/codes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mcfund {

class Workspace;

/**
 * A decision on one application: the approved amount (for an approval), the reason, and — when approving
 * would go beyond the round's envelope — the reason for overriding it. Nothing is written until the rules
 * are met; the decision is then one undoable step recorded in the change log.
 */
class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    DecisionDialog(Workspace* workspace, const QString& projectUid, ProjectStatus to,
                   QWidget* parent = nullptr);
    void accept() override;

    QLineEdit* amountField() const { return m_amount; }
    QPlainTextEdit* reasonField() const { return m_reason; }
    QPlainTextEdit* overrideField() const { return m_override; }
    QString problem() const;

private:
    Workspace* m_workspace;
    QString m_project;
    ProjectStatus m_to;
    QLineEdit* m_amount = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QPlainTextEdit* m_override = nullptr;
    QLabel* m_overrideLabel = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace mcfund
