// Http1Parser and ChunkedDecoder alone, with no socket: what each answer a server may send
// makes of the head, the framing and the body, and that every split of the input (whole,
// byte by byte, random pieces, raw runs taken by the caller) gives the same result.
#include "core/http/chunkeddecoder.h"
#include "core/http/http1parser.h"
#include "tests/support/http1feed.h"

#include <QRandomGenerator>
#include <QTest>

using State = Http1Parser::State;
using Error = Http1Parser::Error;
using Framing = Http1Parser::Framing;

namespace {
QByteArray headWithLines(int lines)
{
    QByteArray head = "HTTP/1.1 200 OK\r\n";
    for (int i = 0; i < lines - 1; ++i)
        head += "X-Line-" + QByteArray::number(i) + ": x\r\n";
    return head + "Content-Length: 2\r\n\r\nok";
}

// A head of exactly size bytes, its empty line included.
QByteArray headOfSize(qsizetype size)
{
    const QByteArray start = "HTTP/1.1 200 OK\r\nX-Pad: ";
    const QByteArray end = "\r\nContent-Length: 2\r\n\r\n";
    return start + QByteArray(size - start.size() - end.size(), 'p') + end + "ok";
}
} // namespace

class TestHttp1Parser : public QObject
{
    Q_OBJECT

    static void addRow(const char *name, const QByteArray &input, bool close, State state,
        Error error, int status, Framing framing, const QByteArray &body, bool keepAlive,
        qsizetype leftOver = 0)
    {
        QTest::newRow(name) << input << close << int(state) << int(error) << status << int(framing)
                            << body << keepAlive << leftOver;
    }

    // The rows of answers_data, by kind of answer.
    static void addGoodAnswers()
    {
        const auto ok = Error::None;
        // Good answers, each framing.
        addRow("content length", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", false,
            State::Complete, ok, 200, Framing::Length, "hello", true);
        addRow("bare line feeds", "HTTP/1.1 200 OK\nContent-Length: 2\n\nok", false,
            State::Complete, ok, 200, Framing::Length, "ok", true);
        addRow("status line without a reason", "HTTP/1.1 206\r\nContent-Length: 1\r\n\r\nx", false,
            State::Complete, ok, 206, Framing::Length, "x", true);
        addRow("chunked with extensions and trailers",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;name=v\r\nhello\r\n"
            "6\r\n world\r\nA\r\n0123456789\r\n0\r\nX-Sum: 1\r\n\r\n",
            false, State::Complete, ok, 200, Framing::Chunked, "hello world0123456789", true);
        addRow("chunked sizes in either case, bare line feeds",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\na\nabcdefghij\nB \n"
            "abcdefghijk\n0\n\n",
            false, State::Complete, ok, 200, Framing::Chunked, "abcdefghijabcdefghijk", true);
        addRow("chunked after another coding",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, "
            "chunked\r\n\r\n2\r\nzz\r\n0\r\n\r\n",
            false, State::Complete, ok, 200, Framing::Chunked, "zz", true);
        addRow("chunked wins over a length",
            "HTTP/1.1 200 OK\r\nContent-Length: 99\r\n"
            "Transfer-Encoding: chunked\r\n\r\n1\r\nq\r\n0\r\n\r\n",
            false, State::Complete, ok, 200, Framing::Chunked, "q", true);
        addRow("until close", "HTTP/1.1 200 OK\r\n\r\nabc", true, State::Complete, ok, 200,
            Framing::UntilClose, "abc", false);
        addRow("until close, still open", "HTTP/1.1 200 OK\r\n\r\nabc", false, State::Body, ok, 200,
            Framing::UntilClose, "abc", false);
        addRow("another coding is read to the close",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\nContent-Length: 3\r\n\r\nabcdef", true,
            State::Complete, ok, 200, Framing::UntilClose, "abcdef", false);
        addRow("HTTP/1.0 closes unless asked", "HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok",
            false, State::Complete, ok, 200, Framing::Length, "ok", false);
        addRow("HTTP/1.0 keep-alive",
            "HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 2\r\n\r\nok", false,
            State::Complete, ok, 200, Framing::Length, "ok", true);
        addRow("Connection: close",
            "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: "
            "2\r\n\r\nok",
            false, State::Complete, ok, 200, Framing::Length, "ok", false);
        addRow("error page with a body", "HTTP/1.1 404 Not Found\r\nContent-Length: 4\r\n\r\ngone",
            false, State::Complete, ok, 404, Framing::Length, "gone", true);
        addRow("no body: 204", "HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n", false,
            State::Complete, ok, 204, Framing::None, "", true);
        addRow("no body: 304", "HTTP/1.1 304 Not Modified\r\n\r\n", false, State::Complete, ok, 304,
            Framing::None, "", true);
        addRow("no body: Content-Length 0", "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", false,
            State::Complete, ok, 200, Framing::None, "", true);
    }

    static void addInterimAndIncompleteAnswers()
    {
        const auto ok = Error::None;
        // Interim answers.
        addRow("100 Continue",
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: "
            "2\r\n\r\nok",
            false, State::Complete, ok, 200, Framing::Length, "ok", true);
        addRow("two interim answers",
            "HTTP/1.1 100 Continue\n\nHTTP/1.1 103 Early Hints\r\nLink: "
            "</a.css>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n!",
            false, State::Complete, ok, 200, Framing::Length, "!", true);
        addRow("only an interim answer", "HTTP/1.1 100 Continue\r\n\r\n", true, State::Head, ok,
            100, Framing::None, "", false);

        // Incomplete answers.
        addRow("head cut short", "HTTP/1.1 200 OK\r\nContent-", true, State::Head, ok, 0,
            Framing::None, "", false);
        addRow("body cut short", "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", true,
            State::Body, ok, 200, Framing::Length, "abc", false);
        addRow("chunked cut short",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n"
            "hel",
            true, State::Body, ok, 200, Framing::Chunked, "hel", false);
        addRow("chunked without its last empty line",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: "
            "chunked\r\n\r\n1\r\na\r\n0\r\n",
            true, State::Body, ok, 200, Framing::Chunked, "a", false);
    }

    static void addBadStatusLines()
    {
        // Bad status lines.
        addRow("not HTTP at all", "SSH-2.0-OpenSSH_9.2\r\n\r\n", false, State::Failed,
            Error::NotHttp, 0, Framing::None, "", false);
        addRow("HTTP/2 status line", "HTTP/2 200 OK\r\n\r\n", false, State::Failed, Error::NotHttp,
            0, Framing::None, "", false);
        addRow("two-digit status", "HTTP/1.1 20 OK\r\n\r\n", false, State::Failed, Error::NotHttp,
            0, Framing::None, "", false);
        addRow("no space after the status", "HTTP/1.1 200OK\r\n\r\n", false, State::Failed,
            Error::NotHttp, 0, Framing::None, "", false);
        addRow("letters in the status", "HTTP/1.1 2x0 OK\r\n\r\n", false, State::Failed,
            Error::NotHttp, 0, Framing::None, "", false);
        addRow("empty first line", "\r\nHTTP/1.1 200 OK\r\n\r\n", false, State::Failed,
            Error::NotHttp, 0, Framing::None, "", false);
        addRow("bad status after an interim", "HTTP/1.1 100 Continue\r\n\r\nICY 200 OK\r\n\r\nx",
            false, State::Failed, Error::NotHttp, 100, Framing::None, "", false, 1);
    }

    static void addLengthsThatAreNoLength()
    {
        const auto ok = Error::None;
        // Lengths that are no length: read to the close, never trusted.
        addRow("negative Content-Length", "HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\nabc", true,
            State::Complete, ok, 200, Framing::UntilClose, "abc", false);
        addRow("overflowing Content-Length",
            "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\nabc", true,
            State::Complete, ok, 200, Framing::UntilClose, "abc", false);
        addRow("Content-Length with a sign", "HTTP/1.1 200 OK\r\nContent-Length: +3\r\n\r\nabc",
            true, State::Complete, ok, 200, Framing::UntilClose, "abc", false);
        addRow("Content-Length given twice",
            "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc", true,
            State::Complete, ok, 200, Framing::UntilClose, "abc", false);
        addRow("18-digit Content-Length",
            "HTTP/1.1 200 OK\r\nContent-Length: 999999999999999999\r\n\r\nabc", true, State::Body,
            ok, 200, Framing::Length, "abc", false);
    }

    static void addBadChunks()
    {
        // Bad chunk sizes and chunk ends.
        const QByteArray chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
        addRow("chunk size not hex", chunked + "zz\r\n", false, State::Failed,
            Error::MalformedChunk, 200, Framing::Chunked, "", false);
        addRow("negative chunk size", chunked + "-1\r\nx\r\n", false, State::Failed,
            Error::MalformedChunk, 200, Framing::Chunked, "", false, 3);
        addRow("empty chunk size", chunked + "\r\n", false, State::Failed, Error::MalformedChunk,
            200, Framing::Chunked, "", false);
        addRow("16-digit chunk size", chunked + "1000000000000000\r\n", false, State::Failed,
            Error::MalformedChunk, 200, Framing::Chunked, "", false);
        addRow("chunk longer than its size", chunked + "2\r\nabc\r\n0\r\n\r\n", false,
            State::Failed, Error::MalformedChunk, 200, Framing::Chunked, "ab", false, 5);
        addRow("chunk size line too long", chunked + QByteArray(5000, '0') + "1\r\n", false,
            State::Failed, Error::MalformedChunk, 200, Framing::Chunked, "", false, 907);
    }

    static void addExtraBytesAndHeadLimits()
    {
        const auto ok = Error::None;
        const QByteArray chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
        // Extra bytes after the answer: the connection is out of step.
        addRow("more than Content-Length", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello!!",
            false, State::Complete, ok, 200, Framing::Length, "hello", false, 2);
        addRow("bytes after the last chunk", chunked + "1\r\na\r\n0\r\n\r\nHTTP/1.1", false,
            State::Complete, ok, 200, Framing::Chunked, "a", false, 8);
        addRow("a body on a 204", "HTTP/1.1 204 No Content\r\n\r\nbody", false, State::Complete, ok,
            204, Framing::None, "", false, 4);

        // Limits on the head.
        addRow("1000 header lines", headWithLines(1000), false, State::Complete, ok, 200,
            Framing::Length, "ok", true);
        addRow("1001 header lines", headWithLines(1001), false, State::Failed,
            Error::TooManyHeaderLines, 0, Framing::None, "", false, 2);
        addRow("head of exactly 1 MiB", headOfSize(Http1Parser::MaxHeadBytes), false,
            State::Complete, ok, 200, Framing::Length, "ok", true);
        addRow("head one byte over 1 MiB", headOfSize(Http1Parser::MaxHeadBytes + 1), false,
            State::Failed, Error::HeadTooLarge, 0, Framing::None, "", false, 2);
        addRow("endless head", "HTTP/1.1 200 OK\r\n" + QByteArray(2 * 1024 * 1024, 'h'), false,
            State::Failed, Error::HeadTooLarge, 0, Framing::None, "", false,
            2 * 1024 * 1024 + 17 - Http1Parser::MaxHeadBytes - 1);
    }

private slots:
    void answers_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("close");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("framing");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("keepAlive");
        QTest::addColumn<qsizetype>("leftOver");
        addGoodAnswers();
        addInterimAndIncompleteAnswers();
        addBadStatusLines();
        addLengthsThatAreNoLength();
        addBadChunks();
        addExtraBytesAndHeadLimits();
    }

    void answers()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, close);
        QFETCH(int, state);
        QFETCH(int, error);
        QFETCH(int, status);
        QFETCH(int, framing);
        QFETCH(QByteArray, body);
        QFETCH(bool, keepAlive);
        QFETCH(qsizetype, leftOver);
        const Http1Feed::Outcome out = Http1Feed::whole(input, close);
        QCOMPARE(int(out.state), state);
        QCOMPARE(int(out.error), error);
        QCOMPARE(out.status, status);
        QCOMPARE(int(out.framing), framing);
        QCOMPARE(out.body, body);
        QCOMPARE(out.keepAlive, keepAlive);
        QCOMPARE(out.leftOver, leftOver);
    }

    void everySplitGivesTheSameResult_data() { answers_data(); }

    void everySplitGivesTheSameResult()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, close);
        const Http1Feed::Outcome whole = Http1Feed::whole(input, close);
        if (input.size() <= 64 * 1024) { // byte by byte through 2 MiB heads is only slow
            const auto byByte = Http1Feed::byteByByte(input, close);
            QVERIFY2(byByte == whole, byByte.describe() + " / " + whole.describe());
            const auto rawByByte = Http1Feed::byteByByte(input, close, Http1Feed::Mode::RawRuns);
            QVERIFY2(rawByByte == whole, rawByByte.describe() + " / " + whole.describe());
        }
        const auto raw = Http1Feed::whole(input, close, Http1Feed::Mode::RawRuns);
        QVERIFY2(raw == whole, raw.describe() + " / " + whole.describe());
        QRandomGenerator random(qHash(input));
        for (int round = 0; round < 50; ++round) {
            QList<qsizetype> cuts;
            const int count = random.bounded(1, 12);
            for (int i = 0; i < count; ++i)
                cuts.append(random.bounded(qint64(input.size()) + 1));
            const auto mode = round % 2 ? Http1Feed::Mode::RawRuns : Http1Feed::Mode::Feed;
            const auto split = Http1Feed::run(input, cuts, close, mode);
            QVERIFY2(split == whole, split.describe() + " / " + whole.describe());
        }
    }

    void headersAreFoldedJoinedAndTheFinalAnswers()
    {
        Http1Parser parser;
        QByteArray body;
        const QByteArray input = "HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n"
                                 "HTTP/1.1 200  Fine  \r\nX-Folded: a\r\n b\r\n\tc\r\n"
                                 "set-cookie: 1\r\nSet-Cookie: 2\r\nnot a header\r\n"
                                 "Bad Name: x\r\n: empty\r\nContent-Length: 0\r\n\r\n";
        QCOMPARE(parser.feed(input, &body), input.size());
        QCOMPARE(parser.status(), 200);
        QCOMPARE(parser.reason(), QByteArray("Fine"));
        const QList<QPair<QByteArray, QByteArray>> expected
            = { { "X-Folded", "a b c" }, { "set-cookie", "1, 2" }, { "Content-Length", "0" } };
        QCOMPARE(parser.headers(), expected); // no Link: it was the interim answer's
    }

    void theHeadEndsFeedSoTheCallerSeesItBeforeTheBody()
    {
        Http1Parser parser;
        QByteArray body;
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n";
        QCOMPARE(parser.feed(head + "body", &body), head.size());
        QCOMPARE(parser.state(), State::Body);
        QVERIFY(body.isEmpty());
        QCOMPARE(parser.rawBodyAhead(), 4);
        QCOMPARE(parser.feed("bodyX", &body), 4);
        QCOMPARE(body, QByteArray("body"));
        QCOMPARE(parser.state(), State::Complete);
        QVERIFY(!parser.keepAlive()); // the X
    }

    void chunkedBodyStaysWithinTheRoomGiven()
    {
        Http1Parser parser;
        QByteArray body;
        const QByteArray input = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                 "10\r\n0123456789abcdef\r\n0\r\n\r\n";
        qsizetype at = parser.feed(input, &body);
        while (parser.state() == State::Body) {
            const qsizetype taken = parser.feed(input.mid(at), &body, 3);
            QVERIFY(taken > 0);
            QVERIFY(body.size() % 3 == 0 || parser.state() == State::Complete);
            at += taken;
        }
        QCOMPARE(parser.state(), State::Complete);
        QCOMPARE(body, QByteArray("0123456789abcdef"));
        QCOMPARE(at, input.size());
    }

    void chunkedDecoderAloneAcceptsWhatQtsNumberReaderDoes()
    {
        // The size line is read with QByteArray::toLongLong(16), as before the parser
        // existed: a "0x" prefix is taken, a sign that makes the size negative is not.
        for (const auto &[line, ok] :
            { std::pair<QByteArray, bool>("0x3", true), { "  3  ", true }, { "3;a=b;c", true },
                { "-0", true }, { "-3", false }, { "3 4", false }, { "g", false } }) {
            ChunkedDecoder decoder;
            QByteArray body;
            const QByteArray input = line + "\r\nabc\r\n0\r\n\r\n";
            decoder.feed(input.constData(), input.size(), &body);
            QVERIFY2(decoder.failed() != ok, line.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestHttp1Parser)
#include "tst_http1parser.moc"
