#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace mcfund {

/**
 * One person's mcfund windows and the files they are asked to open. A window listens on a local socket of
 * that person's (in $XDG_RUNTIME_DIR when there is one, readable by them alone); `mcfund FILE` started
 * while a window is open hands FILE to it and ends, rather than opening the same file a second time.
 *
 * The exchange is one line each way: "open\t<absolute path or address>\n", answered "ok\n" once the window
 * has the request.
 */
class InstanceChannel : public QObject
{
    Q_OBJECT
public:
    explicit InstanceChannel(QObject* parent = nullptr);
    ~InstanceChannel() override;

    /** The socket's name for this person (a full path when $XDG_RUNTIME_DIR is set). */
    static QString serverName();
    /**
     * Hands \a target to a window that listens (asked for a second at most), waiting at most \a timeoutMs
     * for its answer: a window busy with a long step answers when it is done. False when no window listens
     * or it did not answer: the caller opens \a target itself.
     */
    static bool handOver(const QString& target, int timeoutMs = 10000);
    /** Starts listening (a stale socket left by a crash is replaced); false if another window listens. */
    bool listen();

signals:
    /** Another start of mcfund asked for \a target (a file's absolute path or a shared workspace's address).
     */
    void openRequested(const QString& target);

private:
    void accept();
    QLocalServer* m_server = nullptr;
};

} // namespace mcfund
