#include "tests/support/testserver.h"

#include <QDateTime>
#include <QFile>
#include <QPointer>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>
#include <QTimer>
#include <algorithm>

#ifndef HAUL_TEST_CERTS
#error "HAUL_TEST_CERTS must point at tests/support/certs"
#endif

namespace {
void addHeader(
    QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name, const QByteArray &value)
{
    headers.append(qMakePair(name, value));
}

QByteArray readCert(const char *name)
{
    QFile f(QStringLiteral(HAUL_TEST_CERTS "/") + QLatin1String(name));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}
} // namespace

// One client connection: reads one request, answers it (with the route's faults), closes.
class TestConnection : public QObject
{
public:
    TestConnection(TestServer *server, QTcpSocket *socket)
        : m_server(server)
        , m_socket(socket)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::disconnected, this, [this] { finish(); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this] { pump(); });
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { pump(); });
    }

private:
    void onReadyRead()
    {
        if (m_started)
            return;
        m_buffer += m_socket->readAll();
        if (m_buffer.size() > 64 * 1024) {
            m_socket->abort();
            return;
        }
        const int end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        m_started = true;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4); // a next request on this connection starts here
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        m_request.method = requestLine.value(0);
        m_request.path = requestLine.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines[i].indexOf(':');
            if (colon > 0)
                m_request.headers.insert(
                    lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        QByteArray routePath = m_request.path;
        if (routePath.startsWith("http://") || routePath.startsWith("https://"))
            routePath = QUrl::fromEncoded(routePath).path(QUrl::FullyEncoded).toLatin1();
        const int q = routePath.indexOf('?');
        if (q >= 0)
            routePath = routePath.left(q);

        int number = 0;
        bool found = false;
        bool refused = false;
        m_request.receivedMs = QDateTime::currentMSecsSinceEpoch();
        {
            QMutexLocker lock(&m_server->m_mutex);
            m_answering = true;
            m_server->m_mostAnswering
                = std::max(m_server->m_mostAnswering, ++m_server->m_answering);
            found = m_server->m_routes.contains(routePath);
            m_route = m_server->m_routes.value(routePath);
            number = m_server->m_requestCount[routePath]++;
            int &sending = m_server->m_sendingNow[routePath];
            refused = m_route.maxParallel > 0 && sending >= m_route.maxParallel;
            if (found && !refused) {
                ++sending;
                m_busyPath = routePath;
            }
        }
        {
            QMutexLocker lock(&m_server->m_mutex);
            m_server->m_requests.append(m_request);
            m_logIndex = int(m_server->m_requests.size()) - 1;
        }
        if (refused) {
            m_request.status = m_route.refuseStatus;
            syncLog();
            refuse();
            return;
        }
        respond(found, number);
    }

    // One answer more than the route allows at once.
    void refuse()
    {
        m_keepAlive = false;
        if (m_route.refuseStatus == 0) {
            m_socket->abort();
            return;
        }
        const QByteArray text = "too many connections";
        QList<QPair<QByteArray, QByteArray>> headers { { "Content-Length",
            QByteArray::number(text.size()) } };
        if (m_route.refuseRetryAfter >= 0)
            addHeader(headers, "Retry-After", QByteArray::number(m_route.refuseRetryAfter));
        writeHead(m_route.refuseStatus, "Busy", headers);
        m_socket->write(text);
        closeAfterWrite();
    }

    // This connection no longer counts against its route's maxParallel, nor as answering.
    void releaseRoute()
    {
        if (m_answering) {
            QMutexLocker lock(&m_server->m_mutex);
            --m_server->m_answering;
            m_answering = false;
        }
        if (m_busyPath.isEmpty())
            return;
        QMutexLocker lock(&m_server->m_mutex);
        --m_server->m_sendingNow[m_busyPath];
        m_busyPath.clear();
    }

    // The log's copy of the request being answered: its status and bytes sent so far.
    void syncLog()
    {
        if (m_logIndex < 0)
            return;
        QMutexLocker lock(&m_server->m_mutex);
        if (m_logIndex < m_server->m_requests.size()) {
            m_server->m_requests[m_logIndex].status = m_request.status;
            m_server->m_requests[m_logIndex].bodyBytesSent = m_request.bodyBytesSent;
        }
    }

    void respond(bool found, int number)
    {
        m_keepAlive = false;
        if (!found) {
            writeHead(404, "Not Found", { { "Content-Length", "0" } });
            m_request.status = 404;
            closeAfterWrite();
            return;
        }
        Route &r = m_route;
        // Without a length or chunks, only the close ends a body.
        m_keepAlive = r.keepAlive && r.rawResponse.isEmpty() && (r.chunked || !r.noContentLength);
        if (answeredWithAFault(number))
            return;
        if (r.newEntityEachRequest)
            r.seed += number;
        m_seed = r.seed;
        if (refusedForCredentials(r.headers))
            return;
        const int status
            = number < r.statusSequence.size() ? r.statusSequence.at(number) : r.status;
        if (answeredWithoutABody(status, r.headers))
            return;
        sendBody(number, r.headers);
    }

    // A reset, a raw answer or a stall in the head instead of a real answer.
    bool answeredWithAFault(int number)
    {
        const Route &r = m_route;
        if (r.resetAtOnce) {
            m_socket->abort();
            return true;
        }
        if (!r.rawResponse.isEmpty()) {
            m_socket->write(r.rawResponse);
            closeAfterWrite();
            return true;
        }
        if (r.stallInHead >= 0 && (r.stallTimes < 0 || number < r.stallTimes)) {
            // This many bytes of a head, then silence until the client gives up.
            m_keepAlive = false;
            syncLog();
            m_socket->write(QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n")
                                .left(int(r.stallInHead)));
            m_socket->flush();
            return true;
        }
        return false;
    }

    // A 407 or a 401 where the route asks for credentials that the request lacks.
    bool refusedForCredentials(QList<QPair<QByteArray, QByteArray>> headers)
    {
        const Route &r = m_route;
        if (!r.proxyUser.isEmpty()) {
            const QByteArray expected = "Basic " + (r.proxyUser + ':' + r.proxyPassword).toBase64();
            if (!m_request.path.startsWith("http://")
                || m_request.headers.value("proxy-authorization") != expected) {
                addHeader(headers, "Proxy-Authenticate", "Basic realm=\"haul-proxy\"");
                addHeader(headers, "Content-Length", "0");
                m_keepAlive = false; // this answer ends the connection
                writeHead(407, "Proxy Authentication Required", headers);
                closeAfterWrite();
                return true;
            }
        }
        if (!r.basicUser.isEmpty()) {
            const QByteArray expected = "Basic " + (r.basicUser + ':' + r.basicPassword).toBase64();
            if (m_request.headers.value("authorization") != expected) {
                addHeader(headers, "WWW-Authenticate", "Basic realm=\"haul-test\"");
                addHeader(headers, "Content-Length", "0");
                m_keepAlive = false; // this answer ends the connection
                writeHead(401, "Unauthorized", headers);
                closeAfterWrite();
                return true;
            }
        }
        return false;
    }

    // A redirect, or a status other than 200 with a short text.
    bool answeredWithoutABody(int status, QList<QPair<QByteArray, QByteArray>> headers)
    {
        const Route &r = m_route;
        if (!r.redirectTo.isEmpty()) {
            addHeader(headers, "Location", r.redirectTo);
            addHeader(headers, "Content-Length", "0");
            m_keepAlive = false; // this answer ends the connection
            writeHead(r.redirectStatus, "Redirect", headers);
            closeAfterWrite();
            return true;
        }
        if (status != 200) {
            if (r.retryAfter >= 0)
                addHeader(headers, "Retry-After", QByteArray::number(r.retryAfter));
            const QByteArray text = "status " + QByteArray::number(status);
            addHeader(headers, "Content-Length", QByteArray::number(text.size()));
            m_keepAlive = false; // this answer ends the connection
            writeHead(status, "Fault", headers);
            m_socket->write(text);
            closeAfterWrite();
            return true;
        }
        return false;
    }

    // The range asked that this route honours, as {start, end} (end -1: open), or {-1, -1}:
    // none asked, several (the whole body), an If-Range that does not match, or a closed
    // range on a route that answers those whole.
    QPair<qint64, qint64> honouredRange(
        const QByteArray &etag, const QByteArray &lastModified) const
    {
        const Route &r = m_route;
        const QByteArray range = m_request.headers.value("range");
        const QByteArray ifRange = m_request.headers.value("if-range");
        const bool validatorOk = ifRange.isEmpty() || (r.etag && ifRange == etag)
            || (!r.etag && r.lastModified && ifRange == lastModified);
        // "bytes=N-" or "bytes=N-M" (one range; a multi-range request gets the whole body).
        qint64 rangeStart = -1, rangeEnd = -1;
        if (r.ranges && !range.isEmpty() && validatorOk && range.startsWith("bytes=")
            && !range.contains(',')) {
            const QList<QByteArray> bounds = range.mid(6).split('-');
            bool okStart = false, okEnd = true;
            if (bounds.size() == 2) {
                rangeStart = bounds[0].toLongLong(&okStart);
                if (!bounds[1].isEmpty())
                    rangeEnd = bounds[1].toLongLong(&okEnd);
            }
            if (!okStart || !okEnd || rangeStart < 0 || (rangeEnd >= 0 && rangeEnd < rangeStart))
                rangeStart = rangeEnd = -1;
        }
        if (rangeStart >= 0 && rangeEnd >= 0 && r.closedRangesWhole)
            rangeStart = rangeEnd = -1; // a closed range: the whole body with 200
        return { rangeStart, rangeEnd };
    }

    // The entity (or the range of it honoured, or a 416), paced and faulted by pump().
    void sendBody(int number, QList<QPair<QByteArray, QByteArray>> headers)
    {
        const Route &r = m_route;
        const QByteArray etag
            = "\"e" + QByteArray::number(m_seed) + "-" + QByteArray::number(r.size) + "\"";
        const QByteArray lastModified
            = "Tue, 0" + QByteArray::number(1 + m_seed % 9) + " Sep 2026 10:00:00 GMT";
        if (r.etag)
            addHeader(headers, "ETag", etag);
        if (r.lastModified)
            addHeader(headers, "Last-Modified", lastModified);
        if (!r.contentDisposition.isEmpty())
            addHeader(headers, "Content-Disposition", r.contentDisposition);

        m_from = 0;
        m_to = r.size;
        int status = 200;
        const auto [rangeStart, rangeEnd] = honouredRange(etag, lastModified);
        if (rangeStart >= 0) {
            const qint64 start = rangeStart;
            if (start >= r.size) {
                addHeader(headers, "Content-Range", "bytes */" + QByteArray::number(r.size));
                addHeader(headers, "Content-Length", "0");
                m_keepAlive = false; // this answer ends the connection
                writeHead(416, "Range Not Satisfiable", headers);
                closeAfterWrite();
                return;
            }
            m_from = r.wrongRangeStart >= 0 ? r.wrongRangeStart : start;
            if (rangeEnd >= 0 && r.closedRangeWrongStart >= 0)
                m_from = r.closedRangeWrongStart;
            if (rangeEnd >= 0)
                m_to = std::min(r.size, rangeEnd + 1);
            status = 206;
            headers.append({ "Content-Range",
                "bytes " + QByteArray::number(m_from) + '-' + QByteArray::number(m_to - 1) + '/'
                    + QByteArray::number(r.size) });
        }
        if (r.ranges)
            addHeader(headers, "Accept-Ranges", "bytes");
        if (r.chunked)
            addHeader(headers, "Transfer-Encoding", "chunked");
        else if (!r.noContentLength)
            addHeader(headers, "Content-Length", QByteArray::number(m_to - m_from));
        m_to += r.extraBytes;
        m_cutAt = (r.cutAfter >= 0 && (r.cutTimes < 0 || number < r.cutTimes)) ? r.cutAfter : -1;
        m_stallAt = (r.stallAfter >= 0 && (r.stallTimes < 0 || number < r.stallTimes))
            ? r.stallAfter
            : -1;
        writeHead(status, status == 206 ? "Partial Content" : "OK", headers);
        m_position = m_from;
        m_sending = true;
        m_clock.start();
        pump();
    }

    void writeHead(
        int status, const QByteArray &reason, const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        m_request.status = status;
        syncLog();
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        for (const auto &[k, v] : headers)
            head += k + ": " + v + "\r\n";
        head += m_keepAlive ? QByteArray("\r\n") : QByteArray("Connection: close\r\n\r\n");
        m_socket->write(head);
    }

    void pump()
    {
        if (!m_sending || !m_socket)
            return;
        while (m_position < m_to && m_socket->bytesToWrite() < 256 * 1024) {
            const qint64 sent = m_position - m_from;
            if (m_stallAt >= 0 && sent >= m_stallAt)
                return; // silent until the client gives up
            if (m_cutAt >= 0 && sent >= m_cutAt) {
                m_socket->flush();
                m_sending = false;
                m_socket->disconnectFromHost();
                return;
            }
            qint64 chunk = std::min<qint64>(64 * 1024, m_to - m_position);
            if (m_cutAt >= 0)
                chunk = std::min(chunk, m_cutAt - sent);
            if (m_stallAt >= 0)
                chunk = std::min(chunk, m_stallAt - sent);
            if (m_route.rate > 0) {
                const qint64 allowed = m_clock.elapsed() * m_route.rate / 1000 - sent;
                if (allowed <= 0) {
                    m_timer.start(20);
                    return;
                }
                chunk = std::min(chunk, allowed);
            }
            QByteArray data(chunk, Qt::Uninitialized);
            for (qint64 i = 0; i < chunk; ++i)
                data[i] = TestServer::bodyByte(m_seed, m_position + i);
            if (m_route.chunked)
                m_socket->write(QByteArray::number(chunk, 16) + "\r\n" + data + "\r\n");
            else
                m_socket->write(data);
            m_position += chunk;
            m_request.bodyBytesSent += chunk;
            syncLog();
        }
        if (m_position >= m_to) {
            if (m_route.chunked)
                m_socket->write("0\r\n\r\n");
            m_sending = false;
            releaseRoute();
            if (m_keepAlive)
                nextRequest();
            else
                closeAfterWrite();
        }
    }

    // Keep-alive: the connection waits for another request, as real servers do.
    void nextRequest()
    {
        syncLog();
        m_started = false;
        m_request = TestServer::Request();
        m_logIndex = -1;
        m_from = m_to = m_position = 0;
        m_cutAt = m_stallAt = -1;
        if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0)
            QTimer::singleShot(0, this, [this] { onReadyRead(); });
    }

    void closeAfterWrite() { m_socket->disconnectFromHost(); }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        releaseRoute();
        syncLog();
        deleteLater();
    }

    using Route = TestServer::Route;
    TestServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    TestServer::Request m_request;
    Route m_route;
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_seed = 1;
    int m_logIndex = -1;
    QByteArray m_busyPath; // the route this connection counts against while it answers
    qint64 m_from = 0, m_to = 0, m_position = 0, m_cutAt = -1, m_stallAt = -1;
    bool m_started = false, m_sending = false, m_finished = false, m_keepAlive = false;
    bool m_answering = false; // counted in TestServer::m_answering
};

class TestServerCore : public QTcpServer
{
public:
    TestServerCore(TestServer *server, TestServer::Tls tls)
        : m_server(server)
        , m_tls(tls)
    {
        if (tls != TestServer::Tls::None) {
            const bool self = tls == TestServer::Tls::SelfSigned;
            m_certificate = QSslCertificate(readCert(self ? "selfsigned.pem" : "server.pem"));
            m_key = QSslKey(readCert(self ? "selfsigned.key" : "server.key"), QSsl::Rsa);
        }
    }

protected:
    void incomingConnection(qintptr handle) override
    {
        {
            QMutexLocker lock(&m_server->m_mutex);
            ++m_server->m_connections;
        }
        if (m_tls == TestServer::Tls::None) {
            auto *socket = new QTcpSocket;
            socket->setSocketDescriptor(handle);
            new TestConnection(m_server, socket);
            return;
        }
        auto *socket = new QSslSocket;
        socket->setSocketDescriptor(handle);
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        new TestConnection(m_server, socket);
        connect(socket, &QSslSocket::sslErrors, socket, [] {});
        socket->startServerEncryption();
    }

private:
    TestServer *m_server;
    TestServer::Tls m_tls;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

TestServer::TestServer(Tls tls, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_tls(tls)
{
    m_thread->start();
    m_core = new TestServerCore(this, tls);
    m_core->moveToThread(m_thread);
    QMetaObject::invokeMethod(
        m_core,
        [this] {
            m_core->listen(QHostAddress::LocalHost, 0);
            m_port = m_core->serverPort();
        },
        Qt::BlockingQueuedConnection);
}

TestServer::~TestServer()
{
    QMetaObject::invokeMethod(
        m_core,
        [this] {
            m_core->close();
            delete m_core;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

QUrl TestServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls == Tls::None ? QStringLiteral("http") : QStringLiteral("https"))
                    .arg(m_port)
                    .arg(path));
}

void TestServer::setRoute(const QByteArray &path, const Route &route)
{
    QMutexLocker lock(&m_mutex);
    m_routes.insert(path, route);
    m_requestCount.remove(path);
}

TestServer::Route TestServer::route(const QByteArray &path) const
{
    QMutexLocker lock(&m_mutex);
    return m_routes.value(path);
}

QList<TestServer::Request> TestServer::requests(const QByteArray &path) const
{
    QMutexLocker lock(&m_mutex);
    QList<Request> list;
    for (const Request &r : m_requests) {
        if (path.isEmpty() || r.path == path || r.path.endsWith(path))
            list.append(r);
    }
    return list;
}

void TestServer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

int TestServer::connectionCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_connections;
}

int TestServer::mostAnsweringAtOnce() const
{
    QMutexLocker lock(&m_mutex);
    return m_mostAnswering;
}

QSslCertificate TestServer::caCertificate()
{
    return QSslCertificate(readCert("ca.pem"));
}
