#include "core/http/connectionpool.h"

#include <QTcpSocket>

namespace {
// Idle connections kept per server; more would only hold sockets open on the server.
constexpr int MaxIdlePerServer = 32;
} // namespace

ConnectionPool::ConnectionPool(QObject *parent)
    : QObject(parent)
{ }

ConnectionPool::~ConnectionPool()
{
    dropIdleConnections();
}

QString ConnectionPool::key(const QString &host, quint16 port)
{
    return host.toLower() + QLatin1Char(':') + QString::number(port);
}

QTcpSocket *ConnectionPool::takeIdleConnection(const QString &host, quint16 port)
{
    auto it = m_idle.find(key(host, port));
    if (it == m_idle.end())
        return nullptr;
    QTcpSocket *found = nullptr;
    while (!it->isEmpty() && !found) {
        QTcpSocket *socket = it->takeLast();
        if (!socket)
            continue;
        socket->disconnect(this);
        // Bytes on an idle connection belong to no request: such a connection is spent.
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0)
            found = socket;
        else
            socket->deleteLater();
    }
    if (it->isEmpty())
        m_idle.erase(it);
    if (found)
        found->setParent(nullptr);
    return found;
}

void ConnectionPool::keepIdleConnection(const QString &host, quint16 port, QTcpSocket *socket)
{
    QList<QPointer<QTcpSocket>> &list = m_idle[key(host, port)];
    if (list.size() >= MaxIdlePerServer) {
        socket->deleteLater();
        return;
    }
    socket->setParent(this);
    socket->setReadBufferSize(0);
    // A server that closes an idle connection (or sends anything on it) ends its use.
    auto forget = [this, socket] {
        for (auto &idle : m_idle)
            idle.removeAll(socket);
        socket->deleteLater();
    };
    connect(socket, &QTcpSocket::disconnected, this, forget);
    connect(socket, &QTcpSocket::readyRead, this, forget);
    connect(socket, &QTcpSocket::errorOccurred, this, forget);
    list.append(socket);
}

int ConnectionPool::idleConnectionCount() const
{
    int count = 0;
    for (const auto &list : m_idle) {
        for (const auto &socket : list)
            count += socket ? 1 : 0;
    }
    return count;
}

void ConnectionPool::dropIdleConnections()
{
    for (auto &list : m_idle) {
        for (const auto &socket : list) {
            if (socket) {
                socket->disconnect(this);
                socket->abort();
                socket->deleteLater();
            }
        }
    }
    m_idle.clear();
}
