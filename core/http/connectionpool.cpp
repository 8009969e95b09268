#include "core/http/connectionpool.h"

#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QSslSocket>
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

QString ConnectionPool::key(const Server &server)
{
    return (server.tls ? QLatin1String("https://") : QLatin1String("http://"))
        + server.host.toLower() + QLatin1Char(':') + QString::number(server.port);
}

QTcpSocket *ConnectionPool::openConnection(const Server &server, const QSslConfiguration &tls)
{
    if (!server.tls) {
        auto *socket = new QTcpSocket;
        socket->setProxy(QNetworkProxy::NoProxy);
        socket->connectToHost(server.host, server.port);
        return socket;
    }
    auto *socket = new QSslSocket;
    socket->setProxy(QNetworkProxy::NoProxy);
    QSslConfiguration config = tls;
    // HTTP/1.1 only: HTTP/2 is Qt's stack's to speak.
    config.setAllowedNextProtocols({ QSslConfiguration::NextProtocolHttp1_1 });
    // A job's connections to one server resume one TLS session: no full handshake each.
    config.setSslOption(QSsl::SslOptionDisableSessionPersistence, false);
    config.setSessionTicket(m_tlsSessions.value(key(server)));
    socket->setSslConfiguration(config);
    // TLS 1.2 hands the session over with the handshake, TLS 1.3 in a message after it.
    const QString serverKey = key(server);
    auto remember = [this, socket, serverKey] {
        if (!socket->sslHandshakeErrors().isEmpty())
            return; // a certificate the user pinned: see keepIdleConnection
        const QByteArray ticket = socket->sslConfiguration().sessionTicket();
        if (!ticket.isEmpty())
            m_tlsSessions.insert(serverKey, ticket);
    };
    connect(socket, &QSslSocket::encrypted, this, remember);
    connect(socket, &QSslSocket::newSessionTicketReceived, this, remember);
    socket->connectToHostEncrypted(server.host, server.port);
    return socket;
}

QTcpSocket *ConnectionPool::takeIdleConnection(const Server &server)
{
    auto it = m_idle.find(key(server));
    if (it == m_idle.end())
        return nullptr;
    QTcpSocket *found = nullptr;
    while (!it->isEmpty() && !found) {
        QTcpSocket *socket = it->takeLast();
        if (!socket)
            continue;
        QObject::disconnect(socket, nullptr, this, nullptr);
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

void ConnectionPool::keepIdleConnection(const Server &server, QTcpSocket *socket)
{
    // Over a certificate the user pinned, each connection asks again (no kept connection,
    // no resumed session, which would skip the question): revoking it counts at once.
    const auto *tls = qobject_cast<QSslSocket *>(socket);
    QList<QPointer<QTcpSocket>> &list = m_idle[key(server)];
    if (list.size() >= MaxIdlePerServer || (tls && !tls->sslHandshakeErrors().isEmpty())) {
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
