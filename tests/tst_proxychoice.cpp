// ProxyChoice, the pure rule of which proxy a job's request takes: proxy URLs, the
// environment's variables and bypass lists. tests/check_proxies.py drives real proxies.
#include "core/http/proxychoice.h"

#include <QtTest>

namespace {
QProcessEnvironment env(const QList<QPair<QString, QString>> &vars)
{
    QProcessEnvironment e;
    for (const auto &[name, value] : vars)
        e.insert(name, value);
    return e;
}

QString first(const ProxyChoice &c, const QString &url)
{
    const QList<QNetworkProxy> proxies = c.proxiesFor(QUrl(url));
    if (proxies.isEmpty())
        return QStringLiteral("desktop");
    if (proxies.first().type() == QNetworkProxy::NoProxy)
        return QStringLiteral("direct");
    return ProxyChoice::proxyUrl(proxies.first());
}
} // namespace

class TestProxyChoice : public QObject
{
    Q_OBJECT
private slots:
    void proxyUrlsParseToQtProxies_data();
    void proxyUrlsParseToQtProxies();
    void badProxyUrlsAreRefusedWithAReason_data();
    void badProxyUrlsAreRefusedWithAReason();
    void socks5LetsTheClientResolveAndSocks5hTheProxy();
    void credentialsInAnEnvironmentUrlAreKeptForThatProxyOnly();
    void theSchemesOwnVariableWinsOverAllProxy();
    void lowerCaseWinsAndUpperCaseIsRead();
    void noEnvironmentProxyLeavesItToTheDesktop();
    void noProxyEntriesBypassTheProxy_data();
    void noProxyEntriesBypassTheProxy();
    void aJobsOverrideBeatsTheEnvironmentAndKeepsItsBypassList();
    void noProxyModeGoesDirect();
    void setProxySettingsArgumentsAreCheckedBeforeAnythingChanges_data();
    void setProxySettingsArgumentsAreCheckedBeforeAnythingChanges();
    void keysSeparateWaysOutButHoldNoPassword();
};

void TestProxyChoice::proxyUrlsParseToQtProxies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("http") << "http://proxy:3128"
                          << "http://proxy:3128";
    QTest::newRow("no scheme is http") << "proxy:8080"
                                       << "http://proxy:8080";
    QTest::newRow("no port is 1080") << "socks5://proxy"
                                     << "socks5://proxy:1080";
    QTest::newRow("socks5h") << "SOCKS5H://127.0.0.1:1080"
                             << "socks5h://127.0.0.1:1080";
    QTest::newRow("ipv6") << "http://[::1]:3128"
                          << "http://[::1]:3128";
    QTest::newRow("trailing slash") << "http://proxy:3128/"
                                    << "http://proxy:3128";
}

void TestProxyChoice::proxyUrlsParseToQtProxies()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    const std::optional<QNetworkProxy> proxy = ProxyChoice::parseProxyUrl(text, false);
    QVERIFY(proxy);
    QCOMPARE(ProxyChoice::proxyUrl(*proxy), shown);
}

void TestProxyChoice::badProxyUrlsAreRefusedWithAReason_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("ftp") << "ftp://proxy:21"
                         << "unsupported proxy scheme";
    QTest::newRow("https") << "https://proxy:443"
                           << "HTTPS proxies are not supported";
    QTest::newRow("no host") << "http://:3128"
                             << "no host";
    QTest::newRow("port too big") << "http://proxy:99999"
                                  << "bad proxy port";
    QTest::newRow("port zero") << "http://proxy:0"
                               << "bad proxy port";
    QTest::newRow("port not a number") << "http://proxy:http"
                                       << "bad proxy port";
    QTest::newRow("empty port") << "http://proxy:"
                                << "bad proxy port";
    QTest::newRow("password") << "http://alice:secret@proxy:3128"
                              << "must not contain";
    QTest::newRow("user") << "http://alice@proxy:3128"
                          << "must not contain";
    QTest::newRow("empty") << "  "
                           << "empty proxy address";
}

void TestProxyChoice::badProxyUrlsAreRefusedWithAReason()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QString problem;
    QVERIFY(!ProxyChoice::parseProxyUrl(text, false, &problem));
    QVERIFY2(problem.contains(reason), qPrintable(problem));
    QVERIFY(!problem.contains(QLatin1Char('\n')));
}

void TestProxyChoice::socks5LetsTheClientResolveAndSocks5hTheProxy()
{
    const auto local = ProxyChoice::parseProxyUrl(QStringLiteral("socks5://h:1"), false);
    const auto remote = ProxyChoice::parseProxyUrl(QStringLiteral("socks5h://h:1"), false);
    QVERIFY(local && remote);
    QCOMPARE(local->type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(remote->type(), QNetworkProxy::Socks5Proxy);
    QVERIFY(!(local->capabilities() & QNetworkProxy::HostNameLookupCapability));
    QVERIFY(remote->capabilities() & QNetworkProxy::HostNameLookupCapability);
    QVERIFY(local->capabilities() & QNetworkProxy::TunnelingCapability);
}

void TestProxyChoice::credentialsInAnEnvironmentUrlAreKeptForThatProxyOnly()
{
    const ProxyChoice c = ProxyChoice::fromEnvironment(
        env({ { QStringLiteral("http_proxy"), QStringLiteral("http://al%40ice:p%3Ass@p:3128") } }));
    const QList<QNetworkProxy> proxies = c.proxiesFor(QUrl(QStringLiteral("http://origin/")));
    QCOMPARE(proxies.size(), 1);
    QCOMPARE(proxies.first().user(), QStringLiteral("al@ice"));
    QCOMPARE(proxies.first().password(), QStringLiteral("p:ss"));
    QCOMPARE(ProxyChoice::proxyUrl(proxies.first()), QStringLiteral("http://p:3128"));
    QVERIFY(
        !c.key().contains(QStringLiteral("p:ss")) && !c.key().contains(QStringLiteral("p%3Ass")));
}

void TestProxyChoice::theSchemesOwnVariableWinsOverAllProxy()
{
    const ProxyChoice c = ProxyChoice::fromEnvironment(
        env({ { QStringLiteral("https_proxy"), QStringLiteral("http://tls:3128") },
            { QStringLiteral("all_proxy"), QStringLiteral("socks5h://all:1080") } }));
    QCOMPARE(c.source(), ProxyChoice::Source::Environment);
    QCOMPARE(first(c, QStringLiteral("https://x/")), QStringLiteral("http://tls:3128"));
    QCOMPARE(first(c, QStringLiteral("http://x/")), QStringLiteral("socks5h://all:1080"));
    const ProxyChoice onlyHttp = ProxyChoice::fromEnvironment(
        env({ { QStringLiteral("http_proxy"), QStringLiteral("http://plain:3128") } }));
    QCOMPARE(first(onlyHttp, QStringLiteral("https://x/")), QStringLiteral("direct"));
}

void TestProxyChoice::lowerCaseWinsAndUpperCaseIsRead()
{
    const ProxyChoice both = ProxyChoice::fromEnvironment(
        env({ { QStringLiteral("http_proxy"), QStringLiteral("http://lower:1") },
            { QStringLiteral("HTTP_PROXY"), QStringLiteral("http://upper:2") } }));
    QCOMPARE(first(both, QStringLiteral("http://x/")), QStringLiteral("http://lower:1"));
    const ProxyChoice upper = ProxyChoice::fromEnvironment(
        env({ { QStringLiteral("ALL_PROXY"), QStringLiteral("socks5://upper:2") },
            { QStringLiteral("NO_PROXY"), QStringLiteral("skip.example") } }));
    QCOMPARE(first(upper, QStringLiteral("http://x/")), QStringLiteral("socks5://upper:2"));
    QCOMPARE(first(upper, QStringLiteral("http://skip.example/")), QStringLiteral("direct"));
}

void TestProxyChoice::noEnvironmentProxyLeavesItToTheDesktop()
{
    const ProxyChoice c = ProxyChoice::fromEnvironment(
        env({ { QStringLiteral("no_proxy"), QStringLiteral("localhost") },
            { QStringLiteral("http_proxy"), QStringLiteral("ftp://not-a-proxy:21") } }));
    QCOMPARE(c.source(), ProxyChoice::Source::Desktop);
    QCOMPARE(first(c, QStringLiteral("http://x/")), QStringLiteral("desktop"));
}

void TestProxyChoice::noProxyEntriesBypassTheProxy_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("bypassed");
    QTest::newRow("star") << "*"
                          << "http://any.where/" << true;
    QTest::newRow("host") << "origin"
                          << "http://origin:81/" << true;
    QTest::newRow("host, other host") << "origin"
                                      << "http://origin2/" << false;
    QTest::newRow("domain suffix") << "example.org"
                                   << "https://a.b.example.org/" << true;
    QTest::newRow("domain itself") << ".example.org"
                                   << "http://example.org/" << true;
    QTest::newRow("not a label boundary") << "example.org"
                                          << "http://badexample.org/" << false;
    QTest::newRow("wildcard") << "*.example.org"
                              << "http://a.example.org/" << true;
    QTest::newRow("host:port") << "origin:8080"
                               << "http://origin:8080/" << true;
    QTest::newRow("host:other port") << "origin:8080"
                                     << "http://origin:8081/" << false;
    QTest::newRow("host:default port") << "origin:443"
                                       << "https://origin/" << true;
    QTest::newRow("ip") << "127.0.0.1"
                        << "http://127.0.0.1:9/" << true;
    QTest::newRow("ip, other") << "127.0.0.1"
                               << "http://127.0.0.2/" << false;
    QTest::newRow("ipv6") << "::1"
                          << "http://[::1]:9/" << true;
    QTest::newRow("[ipv6]:port") << "[::1]:9"
                                 << "http://[::1]:9/" << true;
    QTest::newRow("subnet") << "10.0.0.0/8"
                            << "http://10.1.2.3/" << true;
    QTest::newRow("subnet, outside") << "10.0.0.0/8"
                                     << "http://11.1.2.3/" << false;
    QTest::newRow("<local> plain name") << "<local>"
                                        << "http://intranet/" << true;
    QTest::newRow("<local> loopback") << "<local>"
                                      << "http://127.0.0.1/" << true;
    QTest::newRow("<local> dotted") << "<local>"
                                    << "http://www.example.org/" << false;
    QTest::newRow("case and trailing dot") << "Example.ORG"
                                           << "http://WWW.example.org./" << true;
    QTest::newRow("list") << "a.test, b.test;c.test d.test"
                          << "http://c.test/" << true;
    QTest::newRow("empty") << ""
                           << "http://x/" << false;
}

void TestProxyChoice::noProxyEntriesBypassTheProxy()
{
    QFETCH(QString, list);
    QFETCH(QString, url);
    QFETCH(bool, bypassed);
    QCOMPARE(ProxyChoice::bypassed(ProxyChoice::splitList(list), QUrl(url)), bypassed);
}

void TestProxyChoice::aJobsOverrideBeatsTheEnvironmentAndKeepsItsBypassList()
{
    ProxySettings s;
    s.mode = ProxySettings::Mode::Override;
    s.proxies = QStringList { QStringLiteral("socks5://job:1080") };
    s.bypass = QStringList { QStringLiteral("<local>") };
    const QProcessEnvironment e
        = env({ { QStringLiteral("all_proxy"), QStringLiteral("http://env:3128") } });
    const ProxyChoice c = ProxyChoice::forJob(s, e);
    QCOMPARE(c.source(), ProxyChoice::Source::JobSetting);
    QCOMPARE(first(c, QStringLiteral("https://example.org/")), QStringLiteral("socks5://job:1080"));
    QCOMPARE(first(c, QStringLiteral("http://localhost/")), QStringLiteral("direct"));
    QCOMPARE(first(ProxyChoice::forJob(ProxySettings(), e), QStringLiteral("http://x/")),
        QStringLiteral("http://env:3128"));
}

void TestProxyChoice::noProxyModeGoesDirect()
{
    ProxySettings s;
    s.mode = ProxySettings::Mode::NoProxy;
    const ProxyChoice c = ProxyChoice::forJob(
        s, env({ { QStringLiteral("all_proxy"), QStringLiteral("http://env:3128") } }));
    QCOMPARE(first(c, QStringLiteral("http://x/")), QStringLiteral("direct"));
}

void TestProxyChoice::setProxySettingsArgumentsAreCheckedBeforeAnythingChanges_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("bypass");
    QTest::addColumn<bool>("ok");
    QTest::newRow("preconfig") << "preconfig"
                               << ""
                               << "" << true;
    QTest::newRow("NO_PROXY") << "NO_PROXY"
                              << ""
                              << "" << true;
    QTest::newRow("override") << "override"
                              << "http://a:1;socks5h://b:2"
                              << "<local>" << true;
    QTest::newRow("override, NULL bypass") << "override"
                                           << "a:1"
                                           << "NULL" << true;
    QTest::newRow("unknown mode") << "autodetect"
                                  << ""
                                  << "" << false;
    QTest::newRow("override without list") << "override"
                                           << ""
                                           << "" << false;
    QTest::newRow("preconfig with list") << "preconfig"
                                         << "http://a:1"
                                         << "" << false;
    QTest::newRow("other scheme") << "override"
                                  << "http://a:1 ftp://b:2"
                                  << "" << false;
    QTest::newRow("password") << "override"
                              << "http://u:p@a:1"
                              << "" << false;
    QTest::newRow("bad port") << "override"
                              << "http://a:65536"
                              << "" << false;
}

void TestProxyChoice::setProxySettingsArgumentsAreCheckedBeforeAnythingChanges()
{
    QFETCH(QString, mode);
    QFETCH(QString, list);
    QFETCH(QString, bypass);
    QFETCH(bool, ok);
    ProxySettings settings;
    settings.mode = ProxySettings::Mode::Override;
    settings.proxies = QStringList { QStringLiteral("http://before:1") };
    QString problem;
    QCOMPARE(ProxyChoice::parseSettings(mode, list, bypass, &settings, &problem), ok);
    if (!ok) {
        QVERIFY(!problem.isEmpty());
        QVERIFY2(!problem.contains(QStringLiteral("u:p")), qPrintable(problem)); // no password
        QCOMPARE(settings.proxies, QStringList { QStringLiteral("http://before:1") });
    }
}

void TestProxyChoice::keysSeparateWaysOutButHoldNoPassword()
{
    const ProxyChoice a = ProxyChoice::fromEnvironment(
        env({ { QStringLiteral("http_proxy"), QStringLiteral("http://u:one@p:1") } }));
    const ProxyChoice b = ProxyChoice::fromEnvironment(
        env({ { QStringLiteral("http_proxy"), QStringLiteral("http://u:two@p:1") } }));
    QVERIFY(a.key() != b.key());
    QVERIFY(!a.key().contains(QStringLiteral("one")));
    ProxySettings s;
    s.mode = ProxySettings::Mode::Override;
    s.proxies = QStringList { QStringLiteral("http://p:1") };
    QVERIFY(ProxyChoice::forJob(s, {}).key() != a.key());
    QCOMPARE(ProxyChoice::forJob(ProxySettings(), {}).key(), QStringLiteral("desktop"));
}

QTEST_GUILESS_MAIN(TestProxyChoice)
#include "tst_proxychoice.moc"
