#pragma once

#include "core/http/chunkeddecoder.h"

#include <QByteArray>
#include <QList>
#include <QPair>

// The answer to one HTTP/1.1 request as a server sends it: status line, headers (obsolete
// folding joined, repeated names joined with ", "), interim 1xx answers skipped, and the
// body framed by Content-Length, chunked coding or the close of the connection. Fed bytes
// in pieces of any size; every split of the input gives the same result. Pure: no socket,
// no signals, no exceptions; what went wrong is a value (error()).
//
// feed() stops at the end of the (final) head, so that a caller can look at the head
// before it takes the body, and at the end of the body: the bytes it did not take are
// handed back by its return value.
class Http1Parser
{
public:
    // Limits on what a server may send before the body: a head is buffered whole, so its
    // size is ours to choose, not the server's.
    static constexpr qsizetype MaxHeadBytes = 1024 * 1024;
    static constexpr int MaxHeaderLines = 1000;

    enum class State
    {
        Head, // the status line and headers are still coming
        Body,
        Complete, // the whole answer is in; more bytes are not its own
        Failed
    };
    enum class Error
    {
        None,
        NotHttp, // the status line is not HTTP/1.x SP 3DIGIT [SP reason]
        HeadTooLarge, // more than MaxHeadBytes before the empty line
        TooManyHeaderLines,
        MalformedChunk
    };
    enum class Framing
    {
        None, // no body: 1xx, 204, 304, Content-Length: 0
        Length,
        Chunked,
        UntilClose
    };

    // Takes bytes of the answer; returns how many it took. Body bytes are appended to *body,
    // at most maxBody of them (-1: any number). Fewer than size are taken when the final
    // head ended (call again with the rest), when the answer ended (bytes offered after its
    // end put the connection out of step: keepAlive() turns false), when maxBody bytes were
    // appended, or on an error.
    qsizetype feed(const char *data, qsizetype size, QByteArray *body, qsizetype maxBody = -1);
    qsizetype feed(const QByteArray &bytes, QByteArray *body, qsizetype maxBody = -1)
    {
        return feed(bytes.constData(), bytes.size(), body, maxBody);
    }
    // The connection has closed: an answer framed by the close is complete. Returns whether
    // the answer is complete.
    bool closeInput();

    // Body bytes that follow in the input exactly as they are (Content-Length, until close,
    // or the rest of the current chunk): a caller may move up to this many bytes from its
    // socket to its reader itself and report them with skipRawBody(), so that no body byte
    // is copied twice.
    qint64 rawBodyAhead() const;
    void skipRawBody(qint64 bytes);

    State state() const { return m_state; }
    Error error() const { return m_error; }
    bool headDone() const { return m_state == State::Body || m_state == State::Complete; }
    // Bytes of a head that has not ended yet are buffered.
    bool hasPartialHead() const { return !m_head.isEmpty(); }

    int status() const { return m_status; }
    bool isHttp10() const { return m_http10; }
    const QByteArray &reason() const { return m_reason; }
    // The first line of the last head, as it came (for the message of NotHttp).
    const QByteArray &statusLine() const { return m_statusLine; }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    Framing framing() const { return m_framing; }
    qint64 contentLength() const { return m_length; } // -1 unless Framing::Length
    // Body bytes still owed under Content-Length.
    qint64 lengthLeft() const { return m_framing == Framing::Length ? m_left : 0; }
    // The server lets the connection serve another request: it said so (HTTP/1.1 unless
    // "Connection: close", HTTP/1.0 only with "keep-alive"), the body's end is known and
    // nothing came after it.
    bool keepAlive() const { return m_keepAlive && m_state != State::Failed; }

private:
    qsizetype feedHead(const char *data, qsizetype size);
    bool parseHead(const QByteArray &head);
    void chooseFraming(const QByteArray &transferEncoding, const QByteArray &contentLength);
    void fail(Error error);

    State m_state = State::Head;
    Error m_error = Error::None;
    QByteArray m_head;
    qsizetype m_scanFrom = 0;
    int m_status = 0;
    bool m_http10 = false;
    QByteArray m_reason;
    QByteArray m_statusLine;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    Framing m_framing = Framing::None;
    qint64 m_length = -1;
    qint64 m_left = 0;
    bool m_keepAlive = false;
    ChunkedDecoder m_chunks;
};
