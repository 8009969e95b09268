#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QTcpSocket;

// Kept-alive plain-TCP connections, by server, waiting for the next request to it. Owned by
// NetworkManager, used by each PlainHttpReply: a reply takes a connection here and gives it
// back once its answer was read to the end, so neither needs the other for this.
class ConnectionPool : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionPool(QObject *parent = nullptr);
    ~ConnectionPool() override;

    // An idle kept-alive connection to host:port, or nullptr. The caller owns it.
    QTcpSocket *takeIdleConnection(const QString &host, quint16 port);
    // Keeps a connection whose last answer was read to its end for the next request.
    void keepIdleConnection(const QString &host, quint16 port, QTcpSocket *socket);
    int idleConnectionCount() const;
    // Drops every idle connection.
    void dropIdleConnections();

private:
    static QString key(const QString &host, quint16 port);

    QHash<QString, QList<QPointer<QTcpSocket>>> m_idle;
};
