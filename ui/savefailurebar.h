#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace mcfund {

class Workspace;

/**
 * The bar at the top of the window when the workspace file cannot take a change (full disk, read-only,
 * locked by another program, input/output error), or was opened read-only. It says what happened and
 * where, in words beside a warning sign, and offers Retry, Save a Copy… and Discard; after a copy is
 * saved, Open the Copy. Non-modal: the person can keep reading while the cause is fixed.
 */
class SaveFailureBar : public QFrame
{
    Q_OBJECT
public:
    explicit SaveFailureBar(QWidget* parent = nullptr);

    /** The workspace whose unsaved edits and read-only state are shown; nullptr when none is open. */
    void setWorkspace(Workspace* workspace);
    QString text() const;
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* saveCopyButton() const { return m_copy; }
    QPushButton* discardButton() const { return m_discard; }
    QPushButton* openCopyButton() const { return m_open; }
    /** Where Save a Copy… writes: a file dialog unless set (a seam for tests). */
    void setCopyPathChooser(std::function<QString()> chooser) { m_chooser = std::move(chooser); }

    void retry();
    void saveCopy();
    void discard();
    void retranslate();

signals:
    /** The person asked to work on the copy just saved. */
    void openCopy(const QString& path);
    /** A line for the status bar. */
    void message(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    Workspace* m_workspace = nullptr;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_discard = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_close = nullptr;
    QString m_copyPath;       ///< the copy saved last, offered by Open the Copy
    bool m_dismissed = false; ///< the read-only notice was closed
    std::function<QString()> m_chooser;
};

} // namespace mcfund
