#include "connectdialog.h"

#include "storage/database.h"
#include "storage/server.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace mcfund {

namespace {
const char* const kRecentKey = "server/recent";
}

ConnectDialog::ConnectDialog(QWidget* parent, const QString& uri)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to Shared Workspace"));
    auto* form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("localhost, a server name, or a socket folder"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_user = new QLineEdit(this);
    m_user->setText(qEnvironmentVariable("USER"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass or the server's own sign-in"));
    m_tls = new QComboBox(this);
    m_tls->addItem(tr("Use encryption when the server offers it"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Require encryption (TLS)"), QStringLiteral("require"));
    m_tls->addItem(tr("Require encryption and check the server's certificate"),
                   QStringLiteral("verify-full"));
    m_tls->addItem(tr("Never encrypt (this computer only)"), QStringLiteral("disable"));
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Encryption:"), m_tls);
    m_host->setAccessibleName(tr("Host"));
    m_port->setAccessibleName(tr("Port"));
    m_database->setAccessibleName(tr("Database"));
    m_user->setAccessibleName(tr("User"));
    m_password->setAccessibleName(tr("Password"));
    m_tls->setAccessibleName(tr("Encryption"));

    m_recent = new QListWidget(this);
    m_recent->setAccessibleName(tr("Recent connections"));
    for (const QString& r : recent()) {
        auto* item = new QListWidgetItem(Server::displayName(r), m_recent);
        item->setData(Qt::UserRole, r);
    }
    connect(m_recent, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            fill(m_recent->item(row)->data(Qt::UserRole).toString());
    });
    auto* recentLabel = new QLabel(tr("&Recent connections:"), this);
    recentLabel->setBuddy(m_recent);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Connection status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    if (!uri.isEmpty())
        fill(uri);
    else if (!recent().isEmpty())
        fill(recent().constFirst());
}

void ConnectDialog::fill(const QString& uri)
{
    const QUrl url(uri);
    const QUrlQuery query(url);
    const QString socket = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    m_host->setText(socket.isEmpty() ? url.host() : socket);
    const QString port = query.queryItemValue(QStringLiteral("port"));
    m_port->setValue(port.isEmpty() ? url.port(5432) : port.toInt());
    m_database->setText(url.path().mid(1));
    if (!url.userName().isEmpty())
        m_user->setText(url.userName());
    const int tls = m_tls->findData(query.queryItemValue(QStringLiteral("sslmode")));
    m_tls->setCurrentIndex(tls < 0 ? 0 : tls);
}

QString ConnectDialog::shownUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    const QString host = m_host->text().trimmed();
    // A socket folder goes in the query: a path is not a host name.
    if (host.startsWith(QLatin1Char('/'))) {
        url.setHost(QString());
        query.addQueryItem(QStringLiteral("host"), host);
        query.addQueryItem(QStringLiteral("port"), QString::number(m_port->value()));
    } else {
        url.setHost(host.isEmpty() ? QStringLiteral("localhost") : host);
        url.setPort(m_port->value());
    }
    url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    const QString tls = m_tls->currentData().toString();
    if (tls != QLatin1String("prefer"))
        query.addQueryItem(QStringLiteral("sslmode"), tls);
    url.setQuery(query);
    return url.toString();
}

QString ConnectDialog::uri() const
{
    if (m_password->text().isEmpty())
        return shownUri();
    QUrl url(shownUri());
    url.setPassword(m_password->text());
    return url.toString();
}

void ConnectDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_host, m_port, m_database, m_user, m_password, m_tls, m_recent})
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        m_status->setText(tr("Connecting to %1…").arg(shownUri()));
}

void ConnectDialog::accept()
{
    if (m_busy)
        return;
    if (m_database->text().trimmed().isEmpty() || m_user->text().trimmed().isEmpty()) {
        m_status->setText(tr("Say which database and which user."));
        (m_database->text().trimmed().isEmpty() ? m_database : m_user)->setFocus();
        return;
    }
    setBusy(true);
    // Tried on a thread of its own (connecting may wait for the server): the window stays responsive.
    const QString address = uri();
    QPointer<ConnectDialog> self(this);
    QThread* attempt = QThread::create([self, address] {
        QString why;
        const bool ok = Database::inspect(address, nullptr, &why, false);
        QMetaObject::invokeMethod(qApp, [self, ok, why] {
            if (!self)
                return;
            self->setBusy(false);
            if (!ok) {
                self->m_status->setText(why);
                return;
            }
            remember(self->shownUri());
            self->QDialog::accept();
        });
    });
    connect(attempt, &QThread::finished, attempt, &QObject::deleteLater);
    attempt->start();
}

QStringList ConnectDialog::recent()
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void ConnectDialog::remember(const QString& uri)
{
    const QString shown = Server::displayName(uri);
    QStringList list = recent();
    list.removeAll(shown);
    list.prepend(shown);
    while (list.size() > 8)
        list.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), list);
}

} // namespace mcfund
