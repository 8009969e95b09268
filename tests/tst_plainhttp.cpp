// Haul's own HTTP/1.1 client for plain http (NetworkManager + Http1Reply): kept-alive
// connections, framing, limits, and when Qt's own stack takes over. The transfer suites run
// every fault of the matrix through it as well.
#include "core/http/http1reply.h"
#include "core/http/networkmanager.h"
#include "tests/support/testhelpers.h"
#include "tests/support/testserver.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <memory>

class TestPlainHttp : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_http;

    static QNetworkReply *get(NetworkManager &network, const QUrl &url,
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url);
        request.setAttribute(NetworkManager::DirectAttribute, true);
        request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return network.get(request);
    }

private slots:
    void init() { m_http = std::make_unique<TestServer>(); }

    void keptAliveConnectionServesTheNextRequests()
    {
        TestServer::Route r;
        r.size = 5000;
        m_http->setRoute("/a", r);
        NetworkManager network;
        for (int i = 0; i < 3; ++i) {
            QNetworkReply *reply = get(network, m_http->url(QStringLiteral("/a")));
            QVERIFY(qobject_cast<Http1Reply *>(reply));
            QCOMPARE(TestHelpers::readToEnd(reply), TestServer::body(1, 5000));
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QCOMPARE(reply->rawHeader("Content-Length"), QByteArray("5000"));
            QCOMPARE(qobject_cast<Http1Reply *>(reply)->reusedConnection(), i > 0);
            delete reply;
        }
        QCOMPARE(m_http->connectionCount(), 1);
        QCOMPARE(network.idleConnectionCount(), 1);
        QCOMPARE(m_http->requests("/a").size(), 3);
    }

    void unreadAnswersAndConnectionCloseAreNotKept()
    {
        TestServer::Route r;
        r.size = 100;
        r.keepAlive = false;
        m_http->setRoute("/close", r);
        r.keepAlive = true;
        r.extraBytes = 7; // more than Content-Length: the connection is out of step
        m_http->setRoute("/extra", r);
        NetworkManager network;
        for (const char *path : { "/close", "/extra" }) {
            QNetworkReply *reply = get(network, m_http->url(QString::fromLatin1(path)));
            QCOMPARE(TestHelpers::readToEnd(reply), TestServer::body(1, 100));
            delete reply;
            QCOMPARE(network.idleConnectionCount(), 0);
        }
        // An answer nobody read (an error page, say) leaves with its connection.
        QNetworkReply *reply = get(network, m_http->url(QStringLiteral("/missing")));
        QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::ContentNotFoundError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        delete reply;
        QCOMPARE(network.idleConnectionCount(), 0);
    }

    void qtTakesTlsProxiesAndUnmarkedRequests()
    {
        NetworkManager network;
        QNetworkRequest unmarked(m_http->url(QStringLiteral("/a")));
        std::unique_ptr<QNetworkReply> plain(network.get(unmarked));
        QVERIFY(!qobject_cast<Http1Reply *>(plain.get()));
        plain->abort();

        std::unique_ptr<QNetworkReply> tls(
            get(network, QUrl(QStringLiteral("https://127.0.0.1:1/"))));
        QVERIFY(!qobject_cast<Http1Reply *>(tls.get()));
        tls->abort();

        network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 1));
        std::unique_ptr<QNetworkReply> proxied(get(network, m_http->url(QStringLiteral("/a"))));
        QVERIFY(!qobject_cast<Http1Reply *>(proxied.get()));
        proxied->abort();
    }

    void theSwitchSendsEveryRequestThroughQtsStack()
    {
        TestServer::Route r;
        r.size = 5000;
        m_http->setRoute("/a", r);
        NetworkManager network;
        qputenv("HAUL_HTTP_CLIENT", "qt");
        QNetworkReply *reply = get(network, m_http->url(QStringLiteral("/a")));
        qunsetenv("HAUL_HTTP_CLIENT");
        QVERIFY(!qobject_cast<Http1Reply *>(reply));
        QCOMPARE(TestHelpers::readToEnd(reply), TestServer::body(1, 5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
        // And without it, the same request takes the direct path again.
        reply = get(network, m_http->url(QStringLiteral("/a")));
        QVERIFY(qobject_cast<Http1Reply *>(reply));
        QCOMPARE(TestHelpers::readToEnd(reply), TestServer::body(1, 5000));
        delete reply;
    }

    void chunkedBodyStaysWithinTheReadBuffer()
    {
        constexpr qint64 Size = 3 * 1024 * 1024 + 17;
        constexpr qint64 Limit = 64 * 1024;
        TestServer::Route r;
        r.size = Size;
        r.chunked = true;
        m_http->setRoute("/chunked", r);
        NetworkManager network;
        QNetworkReply *reply = get(network, m_http->url(QStringLiteral("/chunked")));
        reply->setReadBufferSize(Limit);
        QByteArray body;
        qint64 largest = 0;
        // A slow reader: a little at a time, on a timer, as a rate-limited transfer reads.
        QTimer reader;
        reader.setInterval(1);
        connect(&reader, &QTimer::timeout, reply, [&] {
            largest = std::max(largest, reply->bytesAvailable());
            body += reply->read(16 * 1024);
        });
        reader.start();
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished() && reply->bytesAvailable() == 0, 30000);
        reader.stop();
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(body.size(), Size);
        QVERIFY(body == TestServer::body(1, Size));
        QVERIFY2(largest <= Limit, qPrintable(QString::number(largest)));
        delete reply;
        QCOMPARE(network.idleConnectionCount(), 1); // the last chunk read: kept
    }

    void interimAnswersAreSkippedAndFramingIsTheServers()
    {
        TestServer::Route r;
        r.rawResponse = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nX-Folded: a\r\n b\r\n"
                        "Content-Length: 2\r\n\r\nok";
        m_http->setRoute("/interim", r);
        NetworkManager network;
        QNetworkReply *reply = get(network, m_http->url(QStringLiteral("/interim")));
        QCOMPARE(TestHelpers::readToEnd(reply), QByteArray("ok"));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->rawHeader("X-Folded"), QByteArray("a b"));
        delete reply;
    }

    void oversizedHeadersAreRefused()
    {
        TestServer::Route r;
        QByteArray raw = "HTTP/1.1 200 OK\r\n";
        while (raw.size() <= Http1Reply::MaxHeadBytes)
            raw += "X-Junk: " + QByteArray(1000, 'j') + "\r\n";
        r.rawResponse = raw + "\r\n";
        m_http->setRoute("/flood", r);
        NetworkManager network;
        QNetworkReply *reply = get(network, m_http->url(QStringLiteral("/flood")));
        QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::ProtocolFailure);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
        delete reply;
    }

    void lineBreaksInHeadersAreNeverSent()
    {
        TestServer::Route r;
        r.size = 10;
        m_http->setRoute("/h", r);
        NetworkManager network;
        QNetworkReply *reply = get(network, m_http->url(QStringLiteral("/h")),
            { { "X-Smuggle", "1\r\nX-Evil: 2" }, { "X-Fine", "3" } });
        QCOMPARE(TestHelpers::readToEnd(reply), TestServer::body(1, 10));
        delete reply;
        const TestServer::Request seen = m_http->requests("/h").value(0);
        QVERIFY(!seen.headers.contains("x-evil"));
        QVERIFY(!seen.headers.contains("x-smuggle"));
        QCOMPARE(seen.headers.value("x-fine"), QByteArray("3"));
        QCOMPARE(seen.headers.value("host"),
            QByteArray("127.0.0.1:") + QByteArray::number(m_http->port()));
    }

    void keptAliveConnectionClosedByTheServerIsAskedAgain()
    {
        // A server that closes an idle connection just as the next request goes out: the
        // request was never answered, so it goes again on a new connection.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            const int number = ++connections;
            auto requests = std::make_shared<int>(0);
            connect(socket, &QTcpSocket::readyRead, socket, [socket, number, requests] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                if (number == 1 && ++*requests == 2) {
                    socket->close(); // the race lost: no answer
                    return;
                }
                socket->write(number == 1 ? "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
                                          : "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nyes");
            });
        });
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/x").arg(server.serverPort()));
        NetworkManager network;
        QNetworkReply *first = get(network, url);
        QCOMPARE(TestHelpers::readToEnd(first), QByteArray("ok"));
        delete first;
        QCOMPARE(network.idleConnectionCount(), 1);
        QNetworkReply *second = get(network, url);
        QCOMPARE(TestHelpers::readToEnd(second), QByteArray("yes"));
        QCOMPARE(second->error(), QNetworkReply::NoError);
        delete second;
        QCOMPARE(connections, 2);
    }

    void resetOnAFreshConnectionIsReported()
    {
        TestServer::Route r;
        r.resetAtOnce = true;
        m_http->setRoute("/reset", r);
        NetworkManager network;
        QNetworkReply *reply = get(network, m_http->url(QStringLiteral("/reset")));
        QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
        QCOMPARE(m_http->requests("/reset").size(), 1); // not asked twice
        delete reply;
    }

    void abortEndsTheReplyAndItsConnection()
    {
        TestServer::Route r;
        r.size = 50 * 1024 * 1024;
        r.rate = 1024 * 1024;
        m_http->setRoute("/slow", r);
        NetworkManager network;
        QNetworkReply *reply = get(network, m_http->url(QStringLiteral("/slow")));
        QVERIFY(QSignalSpy(reply, &QNetworkReply::metaDataChanged).wait(10000));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        reply->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        delete reply;
        QCOMPARE(network.idleConnectionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPlainHttp)
#include "tst_plainhttp.moc"
