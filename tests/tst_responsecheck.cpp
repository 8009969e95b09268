// ResponseCheck alone: what each status and set of headers makes a download do, row by row.
#include "core/transfer/responsecheck.h"

#include <QTest>

Q_DECLARE_METATYPE(ResponseCheck::Verdict)
Q_DECLARE_METATYPE(ResponseCheck::PieceVerdict)

namespace {
ResponseHead head(int status, const QByteArray &contentRange = QByteArray(),
    const QByteArray &length = QByteArray(), const QByteArray &etag = "\"v1\"")
{
    ResponseHead h;
    h.status = status;
    h.contentRange = contentRange;
    h.contentLength = length;
    h.etag = etag;
    h.lastModified = "Tue, 01 Sep 2026 10:00:00 GMT";
    h.acceptRanges = "bytes";
    return h;
}
ResponseCheck::Asked from(qint64 offset, qint64 known = 1000)
{
    ResponseCheck::Asked a;
    a.offset = offset;
    a.knownTotal = known;
    a.etag = QStringLiteral("\"v1\"");
    return a;
}
} // namespace

class TestResponseCheck : public QObject
{
    Q_OBJECT

private slots:
    void wholeAnswers_data()
    {
        using V = ResponseCheck::Verdict;
        QTest::addColumn<ResponseHead>("answer");
        QTest::addColumn<ResponseCheck::Asked>("asked");
        QTest::addColumn<ResponseCheck::Verdict>("verdict");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<bool>("resumable");
        ResponseHead redirect = head(302);
        redirect.location = "/elsewhere";
        QTest::newRow("200 whole")
            << head(200, {}, "1000") << from(0, -1) << V::Accept << 0LL << 1000LL << true;
        QTest::newRow("200 after a range: from 0")
            << head(200, {}, "1000") << from(400) << V::Accept << 0LL << 1000LL << true;
        QTest::newRow("206 the rest") << head(206, "bytes 400-999/1000", "600") << from(400)
                                      << V::Accept << 400LL << 1000LL << true;
        QTest::newRow("206 another start") << head(206, "bytes 0-999/1000") << from(400)
                                           << V::RestartWithoutRanges << 0LL << -1LL << false;
        QTest::newRow("206 another size") << head(206, "bytes 400-1999/2000") << from(400)
                                          << V::RestartWithoutRanges << 0LL << -1LL << false;
        QTest::newRow("206 short of the end") << head(206, "bytes 400-899/1000") << from(400)
                                              << V::RestartWithoutRanges << 0LL << -1LL << false;
        QTest::newRow("206 garbage") << head(206, "bytes x-y/z") << from(400)
                                     << V::RestartWithoutRanges << 0LL << -1LL << false;
        QTest::newRow("416 complete")
            << head(416) << from(1000) << V::AlreadyComplete << 0LL << -1LL << false;
        QTest::newRow("416 otherwise")
            << head(416) << from(400) << V::Restart << 0LL << -1LL << false;
        QTest::newRow("416 to a whole request")
            << head(416) << from(0) << V::Fail << 0LL << -1LL << false;
        QTest::newRow("302 with Location")
            << redirect << from(0) << V::Redirect << 0LL << -1LL << false;
        QTest::newRow("302 without Location")
            << head(302) << from(0) << V::Fail << 0LL << -1LL << false;
        QTest::newRow("404") << head(404) << from(0) << V::Fail << 0LL << -1LL << false;
        QTest::newRow("503") << head(503) << from(400) << V::Fail << 0LL << -1LL << false;
        QTest::newRow("no length: not resumable")
            << head(200) << from(0, -1) << V::Accept << 0LL << -1LL << false;
        QTest::newRow("negative length")
            << head(200, {}, "-5") << from(0, -1) << V::Accept << 0LL << -1LL << false;
        ResponseHead weak = head(200, {}, "1000", "W/\"v1\"");
        weak.lastModified.clear();
        QTest::newRow("weak ETag only: not resumable")
            << weak << from(0, -1) << V::Accept << 0LL << 1000LL << false;
        ResponseHead noRanges = head(200, {}, "1000");
        noRanges.acceptRanges.clear();
        QTest::newRow("no Accept-Ranges: not resumable")
            << noRanges << from(0, -1) << V::Accept << 0LL << 1000LL << false;
        // A login page where the rest of a file was asked: the link expired, the bytes stay.
        ResponseHead page = head(200, {}, "27", QByteArray());
        page.contentType = "text/html";
        ResponseCheck::Asked onDisk = from(400);
        onDisk.bytesOnDisk = 400;
        QTest::newRow("a page instead of the rest")
            << page << onDisk << V::PageInsteadOfFile << 0LL << -1LL << false;
        QTest::newRow("a page with nothing on disk yet")
            << page << from(0, -1) << V::Accept << 0LL << 27LL << true;
        ResponseCheck::Asked aPage = onDisk;
        aPage.pageExpected = true;
        QTest::newRow("a page that is the file")
            << page << aPage << V::Accept << 0LL << 27LL << true;
        ResponseCheck::Asked distrusted = from(0, -1);
        distrusted.ranges = false;
        QTest::newRow("ranges distrusted: not resumable")
            << head(200, {}, "1000") << distrusted << V::Accept << 0LL << 1000LL << false;
    }

    void wholeAnswers()
    {
        QFETCH(ResponseHead, answer);
        QFETCH(ResponseCheck::Asked, asked);
        QFETCH(ResponseCheck::Verdict, verdict);
        QFETCH(qint64, offset);
        QFETCH(qint64, total);
        QFETCH(bool, resumable);
        const ResponseCheck::Outcome o = ResponseCheck::whole(answer, asked);
        QCOMPARE(o.verdict, verdict);
        if (verdict != ResponseCheck::Verdict::Accept)
            return;
        QCOMPARE(o.offset, offset);
        QCOMPARE(o.total, total);
        QCOMPARE(o.resumable, resumable);
    }

    void aGzipEncodedBodyHasItsLength()
    {
        // Content-Encoding plays no part: the length is the length of the bytes saved.
        ResponseHead gz = head(200, {}, "4242");
        const ResponseCheck::Outcome o = ResponseCheck::whole(gz, from(0, -1));
        QCOMPARE(o.total, 4242);
        QVERIFY(o.resumable);
    }

    void a206KeepsTheValidatorItWasAskedWith()
    {
        ResponseHead bare = head(206, "bytes 400-999/1000", "600", QByteArray());
        bare.lastModified.clear();
        const ResponseCheck::Outcome o = ResponseCheck::whole(bare, from(400));
        QCOMPARE(o.etag, QStringLiteral("\"v1\""));
        QVERIFY(o.resumable);
    }

    void pieces_data()
    {
        using P = ResponseCheck::PieceVerdict;
        QTest::addColumn<ResponseHead>("answer");
        QTest::addColumn<bool>("open");
        QTest::addColumn<ResponseCheck::PieceVerdict>("verdict");
        ResponseHead redirect = head(307);
        redirect.location = "http://mirror/x";
        QTest::newRow("the piece asked") << head(206, "bytes 100-199/1000") << false << P::Accept;
        QTest::newRow("open: to the end") << head(206, "bytes 100-999/1000") << true << P::Accept;
        QTest::newRow("closed answered to the end")
            << head(206, "bytes 100-999/1000") << false << P::WrongRange;
        QTest::newRow("another start") << head(206, "bytes 0-99/1000") << false << P::WrongRange;
        QTest::newRow("another total") << head(206, "bytes 100-199/2000") << false << P::WrongRange;
        QTest::newRow("200") << head(200) << false << P::WholeBody;
        QTest::newRow("redirect") << redirect << false << P::Redirect;
        QTest::newRow("429") << head(429) << false << P::TooMany;
        QTest::newRow("503") << head(503) << false << P::TooMany;
        QTest::newRow("408") << head(408) << false << P::TooMany;
        QTest::newRow("416") << head(416) << false << P::Changed;
        QTest::newRow("404") << head(404) << false << P::Refused;
        QTest::newRow("401") << head(401) << false << P::Refused;
    }

    void pieces()
    {
        QFETCH(ResponseHead, answer);
        QFETCH(bool, open);
        QFETCH(ResponseCheck::PieceVerdict, verdict);
        QCOMPARE(ResponseCheck::piece(answer, 100, 200, 1000, open), verdict);
    }
};

Q_DECLARE_METATYPE(ResponseHead)
Q_DECLARE_METATYPE(ResponseCheck::Asked)

QTEST_MAIN(TestResponseCheck)
#include "tst_responsecheck.moc"
