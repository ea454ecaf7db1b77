#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace mcfund {

/**
 * File ▸ Connect to Shared Workspace…: host, port, database, user and password of a shared workspace on
 * PostgreSQL, with the recent connections (never their passwords: mcfund stores none; ~/.pgpass is the
 * place). The connection is tried on another thread, so that a server that does not answer never freezes
 * the window; a failure is told in one sentence and the dialog stays open.
 */
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget* parent = nullptr, const QString& uri = QString());
    /** The connection address, with the password typed (kept in memory only). */
    QString uri() const;
    /** The same without the password: what the recent connections keep. */
    QString shownUri() const;

    void accept() override;

    /** The recent connections, newest first. */
    static QStringList recent();
    static void remember(const QString& uri);

private:
    void fill(const QString& uri);
    void setBusy(bool busy);

    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_tls = nullptr;
    QListWidget* m_recent = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace mcfund
