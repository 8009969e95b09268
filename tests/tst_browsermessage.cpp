#include "core/http/cookies.h"
#include "core/protocol/browsermessage.h"
#include "core/protocol/linkrenewal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <cstring>

// What the browser hands over, checked as hostile input: native messaging frames, the
// messages of resources/browser/PROTOCOL.md, and which cookies go where (RFC 6265).
class TestBrowserMessage : public QObject
{
    Q_OBJECT

    static QByteArray framed(const QByteArray &body, quint32 length)
    {
        QByteArray out(4, '\0');
        std::memcpy(out.data(), &length, 4);
        return out + body;
    }

    static Cookie cookie(const char *name, const char *domain, const char *path = "/",
        bool hostOnly = false, bool secure = false)
    {
        Cookie c;
        c.name = name;
        c.value = "v";
        c.domain = QString::fromLatin1(domain);
        c.path = QString::fromLatin1(path);
        c.hostOnly = hostOnly;
        c.secure = secure;
        return c;
    }

private slots:
    void framesInPiecesAndTogether()
    {
        NativeFrames frames;
        const QByteArray one = framed("{\"type\":\"hello\"}", 16);
        const QByteArray two = framed("{\"type\":\"list\"}", 15);
        const QByteArray all = one + two;
        QByteArray body;
        // Byte by byte: nothing until a whole message is there.
        for (int i = 0; i < one.size() - 1; ++i) {
            frames.feed(all.mid(i, 1));
            QCOMPARE(frames.next(&body), NativeFrames::Next::NeedMore);
        }
        frames.feed(all.mid(one.size() - 1));
        QCOMPARE(frames.next(&body), NativeFrames::Next::Message);
        QCOMPARE(body, QByteArray("{\"type\":\"hello\"}"));
        QCOMPARE(frames.next(&body), NativeFrames::Next::Message);
        QCOMPARE(body, QByteArray("{\"type\":\"list\"}"));
        QCOMPARE(frames.next(&body), NativeFrames::Next::NeedMore);
    }

    void anOverLongMessageIsSkippedAndTheStreamStaysInStep()
    {
        NativeFrames frames;
        const quint32 huge = BrowserMessage::MaxIncoming + 10;
        frames.feed(framed(QByteArray(100, 'x'), huge));
        QByteArray body;
        QCOMPARE(frames.next(&body), NativeFrames::Next::NeedMore);
        frames.feed(QByteArray(int(huge) - 100, 'y'));
        frames.feed(framed("{\"type\":\"list\"}", 15));
        QCOMPARE(frames.next(&body), NativeFrames::Next::TooLarge);
        QCOMPARE(frames.next(&body), NativeFrames::Next::Message);
        QCOMPARE(body, QByteArray("{\"type\":\"list\"}"));
    }

    void anAnswerOverTheBrowsersLimitBecomesARefusal()
    {
        QJsonObject big {
            { QStringLiteral("type"), QStringLiteral("list") }, { QStringLiteral("id"), 3 },
            { QStringLiteral("blob"), QString(int(BrowserMessage::MaxOutgoing), QLatin1Char('a')) }
        };
        const QByteArray out = NativeFrames::frame(big);
        quint32 length = 0;
        std::memcpy(&length, out.constData(), 4);
        QCOMPARE(qsizetype(length), out.size() - 4);
        const QJsonObject o = QJsonDocument::fromJson(out.mid(4)).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("id")).toInt(), 3);
        QCOMPARE(
            o.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("too_large"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("not json") << QByteArray("hello") << "malformed";
        QTest::newRow("array") << QByteArray("[1,2]") << "malformed";
        QTest::newRow("invalid utf-8")
            << QByteArray("{\"type\":\"download\",\"url\":\"http://a/\xff\"}") << "malformed";
        QTest::newRow("unknown type") << QByteArray("{\"type\":\"format-disk\"}") << "unknown_type";
        QTest::newRow("no type") << QByteArray("{\"url\":\"http://a/b\"}") << "unknown_type";
        QTest::newRow("id not a number")
            << QByteArray("{\"type\":\"hello\",\"id\":\"x\"}") << "bad_field";
        QTest::newRow("url a number")
            << QByteArray("{\"type\":\"download\",\"url\":5}") << "bad_field";
        QTest::newRow("no url") << QByteArray("{\"type\":\"download\"}") << "bad_url";
        QTest::newRow("ftp") << QByteArray("{\"type\":\"download\",\"url\":\"ftp://a/b\"}")
                             << "bad_url";
        QTest::newRow("javascript")
            << QByteArray("{\"type\":\"download\",\"url\":\"javascript:alert(1)\"}") << "bad_url";
        QTest::newRow("file") << QByteArray(
            "{\"type\":\"download\",\"url\":\"file:///etc/passwd\"}")
                              << "bad_url";
        QTest::newRow("password") << QByteArray(
            "{\"type\":\"download\",\"url\":\"https://u:p@a/b\"}")
                                  << "credentials_in_url";
        QTest::newRow("size text")
            << QByteArray("{\"type\":\"download\",\"url\":\"http://a/b\",\"size\":\"9\"}")
            << "bad_field";
        QTest::newRow("size fraction")
            << QByteArray("{\"type\":\"download\",\"url\":\"http://a/b\",\"size\":1.5}")
            << "bad_field";
        QTest::newRow("incognito text")
            << QByteArray("{\"type\":\"download\",\"url\":\"http://a/b\",\"incognito\":\"no\"}")
            << "bad_field";
        QTest::newRow("agent with newline") << QByteArray(
            "{\"type\":\"download\",\"url\":\"http://a/b\",\"userAgent\":\"x\\r\\nCookie: a=b\"}")
                                            << "bad_field";
        QTest::newRow("long file name") << QByteArray(
            "{\"type\":\"download\",\"url\":\"http://a/b\",\"filename\":\"" + QByteArray(2000, 'n')
            + "\"}") << "bad_field";
        QTest::newRow("cookies not a list")
            << QByteArray("{\"type\":\"download\",\"url\":\"http://a/b\",\"cookies\":{}}")
            << "bad_field";
        QTest::newRow("cookie not an object")
            << QByteArray("{\"type\":\"download\",\"url\":\"http://a/b\",\"cookies\":[1]}")
            << "bad_field";
        QTest::newRow("cookie value with CRLF") << QByteArray(
            "{\"type\":\"download\",\"url\":\"http://a/b\",\"cookies\":[{\"name\":\"a\",\"value\":\"1\\r\\nX: y\",\"domain\":\"a\"}]}")
                                                << "bad_field";
        QTest::newRow("cookie without domain") << QByteArray(
            "{\"type\":\"download\",\"url\":\"http://a/b\",\"cookies\":[{\"name\":\"a\",\"value\":\"1\"}]}")
                                               << "bad_field";
        QTest::newRow("unknown source")
            << QByteArray("{\"type\":\"download\",\"url\":\"http://a/b\",\"source\":\"magic\"}")
            << "bad_field";
        QTest::newRow("links without items") << QByteArray("{\"type\":\"links\"}") << "bad_field";
        QTest::newRow("links with a bad item") << QByteArray(
            "{\"type\":\"links\",\"items\":[{\"url\":\"http://a/b\"},{\"url\":\"ftp://c\"}]}")
                                               << "bad_url";
    }

    void refusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        BrowserRequest request;
        BrowserMessage::Refusal refusal;
        QVERIFY(!BrowserMessage::parse(body, &request, &refusal));
        QCOMPARE(refusal.code, code);
        QVERIFY(!refusal.message.isEmpty());
    }

    void tooManyCookiesOrLinks()
    {
        QJsonArray cookies;
        for (int i = 0; i <= BrowserMessage::MaxCookies; ++i)
            cookies.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("c%1").arg(i) },
                { QStringLiteral("value"), QStringLiteral("v") },
                { QStringLiteral("domain"), QStringLiteral("a") } });
        QJsonObject o { { QStringLiteral("type"), QStringLiteral("download") },
            { QStringLiteral("url"), QStringLiteral("http://a/b") },
            { QStringLiteral("cookies"), cookies } };
        BrowserRequest request;
        BrowserMessage::Refusal refusal;
        QVERIFY(!BrowserMessage::parse(QJsonDocument(o).toJson(), &request, &refusal));
        QCOMPARE(refusal.code, QStringLiteral("too_many"));
        QJsonArray items;
        for (int i = 0; i <= BrowserMessage::MaxItems; ++i)
            items.append(
                QJsonObject { { QStringLiteral("url"), QStringLiteral("http://a/%1").arg(i) } });
        const QJsonObject links { { QStringLiteral("type"), QStringLiteral("links") },
            { QStringLiteral("items"), items } };
        QVERIFY(!BrowserMessage::parse(QJsonDocument(links).toJson(), &request, &refusal));
        QCOMPARE(refusal.code, QStringLiteral("too_many"));
    }

    void aDownloadWithEverything()
    {
        const QByteArray body
            = "{\"type\":\"download\",\"id\":4,\"url\":\"https://files.example.org/a.iso?t=1\","
              "\"referrer\":\"https://www.example.org/page#top\",\"filename\":\"a.iso\",\"size\":1234,"
              "\"mime\":\"application/x-iso9660-image\",\"userAgent\":\"Mozilla/5.0 (X11)\",\"incognito\":true,"
              "\"source\":\"link\",\"cookies\":["
              "{\"name\":\"session\",\"value\":\"s3\",\"domain\":\".example.org\",\"path\":\"/\",\"secure\":true},"
              "{\"name\":\"other\",\"value\":\"o\",\"domain\":\"tracker.example.net\",\"path\":\"/\"},"
              "{\"name\":\"host\",\"value\":\"h\",\"domain\":\"www.example.org\",\"hostOnly\":true}]}";
        BrowserRequest request;
        BrowserMessage::Refusal refusal;
        QVERIFY2(BrowserMessage::parse(body, &request, &refusal), qPrintable(refusal.message));
        QCOMPARE(request.type, BrowserRequest::Type::Download);
        QCOMPARE(request.id.toInt(), 4);
        QCOMPARE(request.downloads.size(), 1);
        const BrowserDownload &d = request.downloads.first();
        QCOMPARE(d.url, QUrl(QStringLiteral("https://files.example.org/a.iso?t=1")));
        QCOMPARE(d.referrer, QUrl(QStringLiteral("https://www.example.org/page")));
        QCOMPARE(d.fileName, QStringLiteral("a.iso"));
        QCOMPARE(d.size, 1234);
        QVERIFY(d.incognito);
        QCOMPARE(d.source, QStringLiteral("link"));
        QCOMPARE(d.cookies.size(), 3);
        // Only the cookie of the file's domain goes with it: not the tracker's, not the
        // host-only cookie of another host.
        const auto headers = d.headers();
        QCOMPARE(headers.size(), 3);
        QCOMPARE(headers.at(0),
            qMakePair(QByteArray("Referer"), QByteArray("https://www.example.org/page")));
        QCOMPARE(
            headers.at(1), qMakePair(QByteArray("User-Agent"), QByteArray("Mozilla/5.0 (X11)")));
        QCOMPARE(headers.at(2), qMakePair(QByteArray("Cookie"), QByteArray("session=s3")));
        // An answer repeats the id.
        const QJsonObject answer = BrowserMessage::answer(request);
        QCOMPARE(answer.value(QStringLiteral("id")).toInt(), 4);
        QCOMPARE(answer.value(QStringLiteral("ok")).toBool(), true);
    }

    void aReferrerThatIsNoWebPageIsLeftOut()
    {
        BrowserRequest request;
        BrowserMessage::Refusal refusal;
        QVERIFY(BrowserMessage::parse(
            "{\"type\":\"download\",\"url\":\"http://a/b\",\"referrer\":\"about:blank\"}", &request,
            &refusal));
        QVERIFY(request.downloads.first().referrer.isEmpty());
        QCOMPARE(request.downloads.first().headers().size(), 0);
    }

    void cookieDomains_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("hostOnly");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("matches");
        QTest::newRow("same host") << "example.org" << false << "example.org" << true;
        QTest::newRow("subdomain") << ".example.org" << false << "dl.example.org" << true;
        QTest::newRow("subdomain without dot")
            << "example.org" << false << "dl.example.org" << true;
        QTest::newRow("case") << "Example.ORG" << false << "DL.example.org" << true;
        QTest::newRow("host-only, other host")
            << "example.org" << true << "dl.example.org" << false;
        QTest::newRow("host-only, same") << "dl.example.org" << true << "dl.example.org" << true;
        QTest::newRow("suffix, not a subdomain")
            << "example.org" << false << "badexample.org" << false;
        QTest::newRow("parent of the cookie")
            << "dl.example.org" << false << "example.org" << false;
        QTest::newRow("another site") << "example.org" << false << "example.net" << false;
        QTest::newRow("ip exact") << "127.0.0.1" << false << "127.0.0.1" << true;
        QTest::newRow("ip by suffix") << "0.0.1" << false << "127.0.0.1" << false;
    }

    void cookieDomains()
    {
        QFETCH(QString, domain);
        QFETCH(bool, hostOnly);
        QFETCH(QString, host);
        QFETCH(bool, matches);
        Cookie c = cookie("a", "", "/", hostOnly);
        c.domain = domain;
        QCOMPARE(Cookies::domainMatches(c, host), matches);
    }

    void cookiePathsAndSecure()
    {
        const Cookie docs = cookie("d", "a.org", "/docs");
        QVERIFY(Cookies::pathMatches(docs, QStringLiteral("/docs")));
        QVERIFY(Cookies::pathMatches(docs, QStringLiteral("/docs/x.pdf")));
        QVERIFY(!Cookies::pathMatches(docs, QStringLiteral("/docsearch")));
        QVERIFY(!Cookies::pathMatches(docs, QStringLiteral("/")));
        QVERIFY(Cookies::pathMatches(cookie("r", "a.org", "/"), QStringLiteral("/any/thing")));
        const QList<Cookie> all { cookie("root", "a.org"), cookie("deep", "a.org", "/docs"),
            cookie("sec", "a.org", "/", false, true) };
        // Longer paths first; a secure cookie only over https.
        QCOMPARE(Cookies::headerFor(all, QUrl(QStringLiteral("http://a.org/docs/f"))),
            QByteArray("deep=v; root=v"));
        QCOMPARE(Cookies::headerFor(all, QUrl(QStringLiteral("https://a.org/docs/f"))),
            QByteArray("deep=v; root=v; sec=v"));
        QCOMPARE(
            Cookies::headerFor(all, QUrl(QStringLiteral("https://b.org/docs/f"))), QByteArray());
    }
    void whichDownloadRenewsAnExpiredLink()
    {
        AwaitedLink awaited;
        awaited.name = QStringLiteral("disk image.iso");
        awaited.size = 5000;
        BrowserDownload d;
        d.url = QUrl(QStringLiteral("https://cdn.example.org/x?token=2"));
        d.fileName = QStringLiteral("disk image.iso");
        QVERIFY(LinkRenewal::matches(awaited, d));
        d.fileName = QStringLiteral("other.iso");
        QVERIFY(!LinkRenewal::matches(awaited, d));
        d.size = 5000; // the same size under another name
        QVERIFY(LinkRenewal::matches(awaited, d));
        d.size = -1;
        d.fileName.clear(); // no name: the URL's last segment
        d.url = QUrl(QStringLiteral("https://cdn.example.org/disk%20image.iso"));
        QVERIFY(LinkRenewal::matches(awaited, d));
    }

    void isTheFreshLinkTheSameEntity_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentRange");
        QTest::addColumn<QByteArray>("contentLength");
        QTest::addColumn<QByteArray>("etag");
        QTest::addColumn<int>("entity");
        const int same = int(LinkRenewal::Entity::Same),
                  other = int(LinkRenewal::Entity::Different),
                  unusable = int(LinkRenewal::Entity::Unusable);
        QTest::newRow("206, same size and ETag") << 206 << QByteArray("bytes 0-0/5000")
                                                 << QByteArray("1") << QByteArray("\"v1\"") << same;
        QTest::newRow("206, another ETag") << 206 << QByteArray("bytes 0-0/5000") << QByteArray("1")
                                           << QByteArray("\"v2\"") << other;
        QTest::newRow("206, weak ETag") << 206 << QByteArray("bytes 0-0/5000") << QByteArray("1")
                                        << QByteArray("W/\"v1\"") << other;
        QTest::newRow("206, another size") << 206 << QByteArray("bytes 0-0/6000") << QByteArray("1")
                                           << QByteArray("\"v1\"") << other;
        QTest::newRow("200, whole, same")
            << 200 << QByteArray() << QByteArray("5000") << QByteArray("\"v1\"") << same;
        QTest::newRow("200, no length")
            << 200 << QByteArray() << QByteArray() << QByteArray("\"v1\"") << unusable;
        QTest::newRow("403 again")
            << 403 << QByteArray() << QByteArray("100") << QByteArray() << unusable;
        QTest::newRow("redirect") << 302 << QByteArray() << QByteArray() << QByteArray()
                                  << unusable;
        QTest::newRow("206, garbage range") << 206 << QByteArray("bytes 0-0/x") << QByteArray("1")
                                            << QByteArray("\"v1\"") << unusable;
    }

    void isTheFreshLinkTheSameEntity()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentRange);
        QFETCH(QByteArray, contentLength);
        QFETCH(QByteArray, etag);
        QFETCH(int, entity);
        AwaitedLink awaited;
        awaited.size = 5000;
        awaited.etag = QStringLiteral("\"v1\"");
        ResponseHead head;
        head.status = status;
        head.contentRange = contentRange;
        head.contentLength = contentLength;
        head.etag = etag;
        QCOMPARE(int(LinkRenewal::compare(awaited, head)), entity);
        // Known only by Last-Modified: that must agree; with no validator nothing proves it.
        AwaitedLink dated;
        dated.size = 5000;
        dated.lastModified = QStringLiteral("Tue, 01 Dec 2026 10:00:00 GMT");
        ResponseHead ok;
        ok.status = 206;
        ok.contentRange = "bytes 0-0/5000";
        ok.lastModified = "Tue, 01 Dec 2026 10:00:00 GMT";
        QCOMPARE(LinkRenewal::compare(dated, ok), LinkRenewal::Entity::Same);
        dated.lastModified.clear();
        QCOMPARE(LinkRenewal::compare(dated, ok), LinkRenewal::Entity::Different);
    }
};

QTEST_GUILESS_MAIN(TestBrowserMessage)
#include "tst_browsermessage.moc"
