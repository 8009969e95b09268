#pragma once

#include "core/http/connectionpool.h"
#include "core/http/http1parser.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpSocket>

// One HTTP/1.1 GET over TCP or TLS, answered like any QNetworkReply (status and reason as
// attributes, headers as raw headers, metaDataChanged / readyRead / finished, sslErrors
// and ignoreSslErrors), on the thread of its manager. Owns the socket and drives an
// Http1Parser with what it reads: whole blocks from a buffered socket; the body goes from
// the socket straight to the reader, so no byte is copied more than once; a connection
// whose answer was read to its end goes back to the ConnectionPool for the next request to
// the same server.
// Follows no redirects and answers no authentication: FileTransfer does the first, the
// second takes Qt's own stack (see NetworkManager).
class Http1Reply : public QNetworkReply
{
    Q_OBJECT
public:
    Http1Reply(ConnectionPool *pool, const QNetworkRequest &request, QObject *parent);
    ~Http1Reply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }
    void setReadBufferSize(qint64 size) override;
    bool reusedConnection() const { return m_reused; }

    // Limits on what a server may send before the body (the parser enforces them).
    static constexpr qsizetype MaxHeadBytes = Http1Parser::MaxHeadBytes;
    static constexpr int MaxHeaderLines = Http1Parser::MaxHeaderLines;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }
    void ignoreSslErrorsImplementation(const QList<QSslError> &errors) override;
    void sslConfigurationImplementation(QSslConfiguration &configuration) const override;

private:
    enum class Phase
    {
        Connecting,
        Head,
        Body,
        Done
    };
    using Framing = Http1Parser::Framing;

    void begin();
    void sendRequest();
    void onReadyRead();
    void readLater(); // onReadyRead once, after what else is queued (however often asked)
    void onClosed();
    void onSocketError(QAbstractSocket::SocketError error);
    bool retryOnFreshConnection();
    bool readHead(); // false when the head is incomplete or the reply ended
    void takeHead();
    void failForParser();
    bool decodeChunks(bool all); // false on a malformed chunk (the reply ended)
    void takeRestOfSocket();
    void checkComplete();
    void finishOk();
    void failWith(NetworkError error, const QString &message);
    void releaseConnection();
    void dropSocket();
    qint64 pendingSize() const { return m_pending.size() - m_pendingPos; }
    qint64 bodyInSocket() const;

    QPointer<ConnectionPool> m_pool;
    QTcpSocket *m_socket = nullptr;
    ConnectionPool::Server m_server;
    QSslConfiguration m_tls; // of the connection, once encrypted
    bool m_reused = false;
    bool m_retried = false;
    bool m_gotBytes = false; // any byte of an answer arrived on this connection
    Phase m_phase = Phase::Connecting;
    Http1Parser m_parser;
    QByteArray m_pending; // body bytes off the socket, decoded when chunked
    qint64 m_pendingPos = 0;
    QByteArray m_raw; // chunked bytes off the socket the parser has not taken yet
    qint64 m_bufferLimit = 0;
    bool m_outOfStep = false; // the socket holds bytes that are no answer's: not kept
    bool m_readPosted = false;
};
