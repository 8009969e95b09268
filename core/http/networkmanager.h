#pragma once

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QPointer>

class QTcpSocket;

// Haul's QNetworkAccessManager. A GET over plain http without a proxy, marked by
// FileTransfer as fit (DirectAttribute: no credentials to answer a 401 with), is served by
// PlainHttpReply on this thread with its own keep-alive connections; everything else (TLS,
// proxies, authentication) goes through Qt's own stack.
//
// Why: Qt 6.4 parses a plain-HTTP status line and headers with one read(2) per byte on an
// unbuffered socket on a thread of its own, about 250 system calls per response, which is
// what made two thousand small files three times slower than curl.
class NetworkManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    // Set to true on a request that may take the direct path.
    static constexpr QNetworkRequest::Attribute DirectAttribute
        = QNetworkRequest::Attribute(QNetworkRequest::User + 17);

    explicit NetworkManager(QObject *parent = nullptr);
    ~NetworkManager() override;

    // An idle kept-alive connection to host:port, or nullptr. The caller owns it.
    QTcpSocket *takeIdleConnection(const QString &host, quint16 port);
    // Keeps a connection whose last answer was read to its end for the next request.
    void keepIdleConnection(const QString &host, quint16 port, QTcpSocket *socket);
    int idleConnectionCount() const;
    // Drops every idle connection (as clearConnectionCache() does for Qt's own).
    void dropIdleConnections();

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    bool directFor(const QNetworkRequest &request) const;
    static QString key(const QString &host, quint16 port);

    QHash<QString, QList<QPointer<QTcpSocket>>> m_idle;
};
