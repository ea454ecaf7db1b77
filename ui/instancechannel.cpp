#include "instancechannel.h"

#include "platform/platform.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

#include <memory>

namespace mcfund {

namespace {
constexpr int kMaxRequest = 64 * 1024; // a path or an address; anything longer is not a request
const QByteArray kOpen = QByteArrayLiteral("open\t");
} // namespace

InstanceChannel::InstanceChannel(QObject* parent)
    : QObject(parent)
{}

InstanceChannel::~InstanceChannel() = default;

QString InstanceChannel::serverName()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir(runtime).exists())
        return QDir(runtime).filePath(QStringLiteral("mcfund-window"));
    // Elsewhere Qt puts the socket in the temporary folder: the account's name keeps people apart, and
    // listen() lets only that account connect.
    QString account = Platform::accountName();
    if (account.isEmpty())
        account = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER", QStringLiteral("user")));
    return QStringLiteral("mcfund-window-%1").arg(account);
}

bool InstanceChannel::handOver(const QString& target, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName());
    // A window that listens accepts at once; one that is busy may take a while to answer.
    if (!socket.waitForConnected(qMin(timeoutMs, 1000)))
        return false;
    socket.write(kOpen + target.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    while (!answer.contains('\n') && answer.size() < 16) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
        answer += socket.readAll();
    }
    return answer.startsWith("ok\n");
}

bool InstanceChannel::listen()
{
    const QString name = serverName();
    // A window that answers keeps the name. (Asked first: with socket options, Qt's listen() would
    // replace the socket of a window that listens.)
    {
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(500))
            return false;
    }
    m_server = new QLocalServer(this);
    // $XDG_RUNTIME_DIR is the person's alone; the temporary folder is everyone's.
    if (!name.contains(QLatin1Char('/')))
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(name)) {
        if (m_server->serverError() != QAbstractSocket::AddressInUseError)
            return false;
        // The socket's file of a crashed window, with nobody behind it (no window answered above).
        QLocalServer::removeServer(name);
        if (!m_server->listen(name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::accept);
    return true;
}

void InstanceChannel::accept()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const int end = buffer->indexOf('\n');
            if (end < 0) {
                if (buffer->size() > kMaxRequest)
                    socket->abort();
                return;
            }
            const QByteArray line = buffer->left(end);
            buffer->clear();
            if (!line.startsWith(kOpen) || line.size() == kOpen.size()) {
                socket->abort();
                return;
            }
            const QString target = QString::fromUtf8(line.mid(kOpen.size()));
            socket->write("ok\n");
            socket->flush();
            socket->disconnectFromServer();
            emit openRequested(target);
        });
    }
}

} // namespace mcfund
