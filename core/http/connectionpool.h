#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QSslConfiguration;
class QTcpSocket;

// Where Http1Reply's connections come from and go back to, by server (host, port, and
// whether over TLS): a new connection, already connecting (over TLS a QSslSocket that
// offers HTTP/1.1 only and resumes the last TLS session of that server), or a kept-alive
// one waiting for the next request. Owned by NetworkManager, used by each Http1Reply: a
// reply takes a connection here and gives it back once its answer was read to the end.
class ConnectionPool : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionPool(QObject *parent = nullptr);
    ~ConnectionPool() override;

    struct Server
    {
        QString host;
        quint16 port = 80;
        bool tls = false;
    };
    // A connection being opened to the server, with `tls` as the base of its TLS set-up.
    // The caller owns it; over TLS it is a QSslSocket.
    QTcpSocket *openConnection(const Server &server, const QSslConfiguration &tls);
    // An idle kept-alive connection to the server, or nullptr. The caller owns it.
    QTcpSocket *takeIdleConnection(const Server &server);
    // Keeps a connection whose last answer was read to its end for the next request.
    void keepIdleConnection(const Server &server, QTcpSocket *socket);
    int idleConnectionCount() const;
    // Drops every idle connection.
    void dropIdleConnections();

private:
    static QString key(const Server &server);

    QHash<QString, QList<QPointer<QTcpSocket>>> m_idle;
    QHash<QString, QByteArray> m_tlsSessions; // the last session ticket of each server
};
