#pragma once

#include <QNetworkAccessManager>
#include <QSet>

class ConnectionPool;

// Haul's QNetworkAccessManager. A GET without a proxy, marked by FileTransfer as fit
// (DirectAttribute: no credentials to answer a 401 with), is served by Http1Reply on this
// thread with kept-alive connections from its ConnectionPool: over http always, over
// https when HTTP/2 is not wanted (the request says so, or the server answered this
// manager over HTTP/1.1 before). Everything else (HTTP/2, proxies, authentication) goes
// through Qt's own stack.
//
// Why: Qt 6.4 parses a plain-HTTP status line and headers with one read(2) per byte on an
// unbuffered socket on a thread of its own, about 250 system calls per response, which is
// what made two thousand small files three times slower than curl; and over TLS it hands
// each record of 16 KiB from its thread to the reader's with an event, which cost as much
// CPU as the decryption itself.
class NetworkManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    // Set to true on a request that may take the direct path.
    static constexpr QNetworkRequest::Attribute DirectAttribute
        = QNetworkRequest::Attribute(QNetworkRequest::User + 17);

    explicit NetworkManager(QObject *parent = nullptr);
    ~NetworkManager() override;

    ConnectionPool *connectionPool() const { return m_pool; }
    int idleConnectionCount() const;
    // Drops every idle connection (as clearConnectionCache() does for Qt's own).
    void dropIdleConnections();

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    bool directFor(const QNetworkRequest &request) const;
    void learnProtocol(QNetworkReply *reply); // which servers answer https over HTTP/1.1

    ConnectionPool *m_pool; // a child: replies hold it by QPointer
    QSet<QString> m_http1Servers; // scheme://host:port that answered https over HTTP/1.1
};
