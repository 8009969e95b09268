#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QUrl>

class QThread;
class TestServerCore;

// A loopback HTTP/HTTPS server with fault injection, running on its own thread so that a
// test may block (or wait on a child process) while it serves.
class TestServer : public QObject
{
    Q_OBJECT
public:
    enum class Tls
    {
        None,
        Trusted,
        SelfSigned
    };

    struct Route
    {
        qint64 size = 0; // body of `size` pattern bytes (see bodyByte)
        int seed = 1; // the entity's version: changes content and ETag
        int status = 200;
        QList<int> statusSequence; // statuses for the first requests, then `status`
        int retryAfter = -1;
        bool etag = true;
        bool lastModified = true;
        bool ranges = true; // false: ignore Range, always 200 with the whole body
        bool noContentLength = false;
        bool chunked = false;
        bool newEntityEachRequest = false; // seed += 1 for every request
        qint64 cutAfter = -1; // close the connection after this many body bytes...
        int cutTimes = 0; // ...for this many requests (-1: always)
        qint64 stallAfter = -1; // stop sending after this many body bytes and keep silent...
        int stallTimes = 0; // ...for this many requests (-1: always)
        qint64 stallInHead = -1; // send this many bytes of the head (0: none), then stay silent
                                 // (for stallTimes requests)
        qint64 rate = 0; // bytes per second, 0 = as fast as possible
        QByteArray redirectTo; // Location header; relative or absolute
        int redirectStatus = 302;
        QByteArray contentDisposition;
        QByteArray basicUser, basicPassword; // demand Basic auth
        QByteArray proxyUser,
            proxyPassword; // as a proxy (absolute-form request): demand Basic proxy auth
        qint64 wrongRangeStart = -1; // answer ranges as if this start had been asked
        qint64 extraBytes = 0; // send this many bytes more than Content-Length
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray rawResponse; // sent verbatim instead of a real answer, then closed
        bool resetAtOnce = false; // abort the connection as soon as the request arrives
        bool keepAlive = true; // false: "Connection: close" and close after the answer
        // A closed range ("bytes=A-B") answered with 200 and the whole body, while an open
        // one ("bytes=N-") gets its 206, as some scripts and CDNs do.
        bool closedRangesWhole = false;
        qint64 closedRangeWrongStart = -1; // closed ranges answered as if this start was asked
        // More answers of this route at once than this are refused: with refuseStatus (429,
        // 503...), or, when it is 0, by closing the connection at once.
        int maxParallel = 0;
        int refuseStatus = 503;
        int refuseRetryAfter = 1; // the Retry-After of those refusals, -1: none
    };

    struct Request
    {
        QByteArray method;
        QByteArray path; // with the query
        QHash<QByteArray, QByteArray> headers; // names in lower case
        int status = 0;
        qint64 bodyBytesSent = 0;
        qint64 receivedMs = 0; // when its head arrived (ms since the epoch)
    };

    explicit TestServer(Tls tls = Tls::None, QObject *parent = nullptr);
    ~TestServer() override;

    quint16 port() const { return m_port; }
    QUrl url(const QString &path) const;
    void setRoute(const QByteArray &path, const Route &route);
    Route route(const QByteArray &path) const;
    QList<Request> requests(const QByteArray &path = QByteArray()) const;
    void clearRequests();
    int connectionCount() const;
    // The most requests answered at the same time, from the head's arrival to the answer's
    // end, over every route: what nginx's limit_conn counts as a server's connections.
    int mostAnsweringAtOnce() const;

    static char bodyByte(int seed, qint64 index);
    static QByteArray body(int seed, qint64 size);
    static QByteArray bodySha256(int seed, qint64 size);
    static QSslCertificate caCertificate();

private:
    friend class TestServerCore;
    friend class TestConnection;
    QThread *m_thread;
    TestServerCore *m_core = nullptr;
    Tls m_tls;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QHash<QByteArray, Route> m_routes;
    QHash<QByteArray, int> m_requestCount;
    QHash<QByteArray, int> m_sendingNow; // answers of a route being sent (maxParallel)
    QList<Request> m_requests;
    int m_connections = 0;
    int m_answering = 0, m_mostAnswering = 0;
};
