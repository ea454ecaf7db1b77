#pragma once

#include <QDialog>

class QButtonGroup;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace mcfund {

/**
 * File ▸ New Workspace: from the official data, empty, or synthetic (with sizes and a seed). A synthetic
 * workspace is generated in the background with progress and Cancel; nothing is left behind on cancel.
 */
class NewWorkspaceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewWorkspaceDialog(QWidget* parent = nullptr);
    /** The workspace that was created, once accepted. */
    QString createdPath() const { return m_created; }

    void accept() override;

private:
    void browse();
    void updateEnabled();

    QRadioButton* m_official = nullptr;
    QRadioButton* m_empty = nullptr;
    QRadioButton* m_synthetic = nullptr;
    QSpinBox* m_projects = nullptr;
    QSpinBox* m_credentials = nullptr;
    QSpinBox* m_seed = nullptr;
    QLineEdit* m_path = nullptr;
    QString m_created;
};

} // namespace mcfund
