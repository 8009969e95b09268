#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpSocket>

class NetworkManager;

// One HTTP/1.1 GET over plain TCP, answered like any QNetworkReply (status and reason as
// attributes, headers as raw headers, metaDataChanged / readyRead / finished), on the
// thread of its manager. Reads whole blocks from a buffered socket; the body goes from the
// socket straight to the reader, so no byte is copied more than once; a connection whose
// answer was read to its end is kept alive for the next request to the same server.
// Follows no redirects and answers no authentication: FileTransfer does the first, the
// second takes Qt's own stack (see NetworkManager).
class PlainHttpReply : public QNetworkReply
{
    Q_OBJECT
public:
    PlainHttpReply(NetworkManager *manager, const QNetworkRequest &request, QObject *parent);
    ~PlainHttpReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }
    void setReadBufferSize(qint64 size) override;
    bool reusedConnection() const { return m_reused; }

    // Limits on what a server may send before the body.
    static constexpr int MaxHeadBytes = 1024 * 1024;
    static constexpr int MaxHeaderLines = 1000;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    enum class Phase
    {
        Connecting,
        Head,
        Body,
        Done
    };
    enum class Framing
    {
        None,
        Length,
        Chunked,
        UntilClose
    };
    enum class Chunk
    {
        Size,
        Data,
        DataEnd,
        Trailer,
        End
    };

    void begin();
    void sendRequest();
    void onReadyRead();
    void onClosed();
    void onSocketError(QAbstractSocket::SocketError error);
    bool retryOnFreshConnection();
    bool readHead(); // false when the head is incomplete or the reply ended
    bool parseHead(const QByteArray &head);
    bool decodeChunks(bool all); // false on a malformed chunk (the reply ended)
    void takeRestOfSocket();
    void checkComplete();
    void finishOk();
    void failWith(NetworkError error, const QString &message);
    void releaseConnection();
    void dropSocket();
    qint64 pendingSize() const { return m_pending.size() - m_pendingPos; }
    qint64 bodyInSocket() const;

    QPointer<NetworkManager> m_manager;
    QTcpSocket *m_socket = nullptr;
    QString m_host;
    quint16 m_port = 80;
    bool m_reused = false;
    bool m_retried = false;
    bool m_gotBytes = false; // any byte of an answer arrived on this connection
    Phase m_phase = Phase::Connecting;
    Framing m_framing = Framing::None;
    QByteArray m_head;
    QByteArray m_pending; // body bytes off the socket, decoded when chunked
    qint64 m_pendingPos = 0;
    QByteArray m_chunkInput; // raw chunked bytes read along with the head
    Chunk m_chunk = Chunk::Size;
    qint64 m_chunkLeft = 0;
    QByteArray m_chunkLine;
    qint64 m_left = 0; // Length: body bytes not yet taken from the socket
    qint64 m_bufferLimit = 0;
    bool m_keepAlive = false;
    bool m_pumpPosted = false;
    int m_status = 0;
};
