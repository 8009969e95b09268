// Haul's own HTTP/1.1 client over TLS (NetworkManager + Http1Reply + ConnectionPool): which
// https requests it serves, kept-alive TLS connections, and certificates: an untrusted one
// is refused unless the reader accepts it within sslErrors, as with Qt's own replies.
#include "core/http/http1reply.h"
#include "core/http/networkmanager.h"
#include "core/http/tlsdefaults.h"
#include "tests/support/testhelpers.h"
#include "tests/support/testserver.h"

#include <QFile>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslError>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestDirectTls : public QObject
{
    Q_OBJECT

    static QNetworkReply *get(NetworkManager &network, const QUrl &url, bool http2Allowed)
    {
        QNetworkRequest request(url);
        request.setAttribute(NetworkManager::DirectAttribute, true);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, http2Allowed);
        request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return network.get(request);
    }

private slots:
    void initTestCase()
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificate(TestServer::caCertificate());
        QSslConfiguration::setDefaultConfiguration(ssl);
    }

    void httpsWithoutHttp2IsServedByHaulsClientOnOneKeptAliveConnection()
    {
        TestServer server(TestServer::Tls::Trusted);
        TestServer::Route r;
        r.size = 300 * 1024;
        server.setRoute("/a", r);
        NetworkManager network;
        for (int i = 0; i < 3; ++i) {
            std::unique_ptr<QNetworkReply> reply(
                get(network, server.url(QStringLiteral("/a")), false));
            auto *direct = qobject_cast<Http1Reply *>(reply.get());
            QVERIFY(direct);
            QCOMPARE(TestHelpers::readToEnd(reply.get()), TestServer::body(1, 300 * 1024));
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            QVERIFY(reply->attribute(QNetworkRequest::ConnectionEncryptedAttribute).toBool());
            QCOMPARE(direct->reusedConnection(), i > 0);
        }
        QCOMPARE(server.connectionCount(), 1);
        QCOMPARE(server.requests("/a").size(), 3);
    }

    void aServerThatAnsweredOverHttp11IsAskedDirectlyAfterwards()
    {
        // HTTP/2 allowed: the first request goes to Qt's stack, which asks for it by ALPN;
        // the server says HTTP/1.1, so the next request takes Haul's client.
        TestServer server(TestServer::Tls::Trusted);
        TestServer::Route r;
        r.size = 2000;
        server.setRoute("/a", r);
        NetworkManager network;
        std::unique_ptr<QNetworkReply> first(get(network, server.url(QStringLiteral("/a")), true));
        QVERIFY(!qobject_cast<Http1Reply *>(first.get()));
        QCOMPARE(TestHelpers::readToEnd(first.get()), TestServer::body(1, 2000));
        QVERIFY(!first->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool());
        std::unique_ptr<QNetworkReply> second(get(network, server.url(QStringLiteral("/a")), true));
        QVERIFY(qobject_cast<Http1Reply *>(second.get()));
        QCOMPARE(TestHelpers::readToEnd(second.get()), TestServer::body(1, 2000));
        // Another server is not known yet.
        TestServer other(TestServer::Tls::Trusted);
        other.setRoute("/a", r);
        std::unique_ptr<QNetworkReply> third(get(network, other.url(QStringLiteral("/a")), true));
        QVERIFY(!qobject_cast<Http1Reply *>(third.get()));
        TestHelpers::readToEnd(third.get());
    }

    void anUntrustedCertificateIsRefused()
    {
        TestServer server(TestServer::Tls::SelfSigned);
        TestServer::Route r;
        r.size = 1000;
        server.setRoute("/a", r);
        NetworkManager network;
        std::unique_ptr<QNetworkReply> reply(get(network, server.url(QStringLiteral("/a")), false));
        QVERIFY(qobject_cast<Http1Reply *>(reply.get()));
        QSignalSpy sslErrors(reply.get(), &QNetworkReply::sslErrors);
        QCOMPARE(TestHelpers::readToEnd(reply.get()), QByteArray());
        QCOMPARE(sslErrors.size(), 1);
        QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
        QVERIFY(!reply->errorString().isEmpty());
        QCOMPARE(server.requests("/a").size(), 0); // nothing was asked over it
    }

    void aCertificateTheReaderAcceptsInSslErrorsIsUsed()
    {
        TestServer server(TestServer::Tls::SelfSigned);
        TestServer::Route r;
        r.size = 5000;
        server.setRoute("/a", r);
        NetworkManager network;
        std::unique_ptr<QNetworkReply> reply(get(network, server.url(QStringLiteral("/a")), false));
        QVERIFY(qobject_cast<Http1Reply *>(reply.get()));
        QSslCertificate seen;
        connect(reply.get(), &QNetworkReply::sslErrors, this, [&](const QList<QSslError> &errors) {
            seen = reply->sslConfiguration().peerCertificate();
            reply->ignoreSslErrors(errors);
        });
        QCOMPARE(TestHelpers::readToEnd(reply.get()), TestServer::body(1, 5000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QVERIFY(!seen.isNull()); // the reader could pin what it accepted
        QCOMPARE(seen, reply->sslConfiguration().peerCertificate());
    }

    void aPemFileGivesItsCertificatesOrSaysWhyNot()
    {
        QString problem;
        const auto found
            = TlsDefaults::certificatesFrom(QStringLiteral(HAUL_TEST_CERTS "/ca.pem"), &problem);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first(), TestServer::caCertificate());
        QVERIFY(problem.isEmpty());
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("junk.pem")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
        junk.close();
        QVERIFY(TlsDefaults::certificatesFrom(junk.fileName(), &problem).isEmpty());
        QVERIFY(!problem.isEmpty());
        problem.clear();
        QVERIFY(TlsDefaults::certificatesFrom(dir.filePath(QStringLiteral("none.pem")), &problem)
                    .isEmpty());
        QVERIFY(!problem.isEmpty());
    }

    void haulTransferTrustsTheAuthoritiesOfSslCertFile()
    {
        TestServer server(TestServer::Tls::Trusted);
        TestServer::Route r;
        r.size = 70000;
        server.setRoute("/a", r);
        QTemporaryDir dir;
        auto transfer = [&](bool withCaFile) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HAUL_STORE"), dir.filePath(QStringLiteral("store.sqlite")));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
            env.remove(QStringLiteral("SSL_CERT_FILE"));
            if (withCaFile)
                env.insert(
                    QStringLiteral("SSL_CERT_FILE"), QStringLiteral(HAUL_TEST_CERTS "/ca.pem"));
            QProcess haul;
            haul.setProcessEnvironment(env);
            haul.start(QStringLiteral(HAUL_BINARY),
                { QStringLiteral("transfer"), server.url(QStringLiteral("/a")).toString(),
                    dir.filePath(
                        withCaFile ? QStringLiteral("with.bin") : QStringLiteral("without.bin")) });
            if (!haul.waitForFinished(30000))
                haul.kill();
            return haul.exitCode();
        };
        QVERIFY(transfer(false) != 0); // the test CA is no system authority
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("without.bin"))));
        QCOMPARE(transfer(true), 0);
        QFile with(dir.filePath(QStringLiteral("with.bin")));
        QVERIFY(with.open(QIODevice::ReadOnly));
        QCOMPARE(with.readAll(), TestServer::body(1, 70000));
    }
};

QTEST_MAIN(TestDirectTls)
#include "tst_directtls.moc"
