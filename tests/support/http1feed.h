#pragma once

// Feeds an answer to an Http1Parser in given pieces and records what came of it, so that
// tst_http1parser and fuzz_http1_response can compare one split of the input with another.
// Header only: the fuzz target links haulcore and nothing of the tests.
#include "core/http/http1parser.h"

#include <QByteArray>
#include <QList>
#include <algorithm>

namespace Http1Feed {

struct Outcome
{
    Http1Parser::State state = Http1Parser::State::Head;
    Http1Parser::Error error = Http1Parser::Error::None;
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers;
    Http1Parser::Framing framing = Http1Parser::Framing::None;
    qint64 contentLength = -1;
    QByteArray body;
    bool keepAlive = false;
    bool partialHead = false;
    qsizetype leftOver = 0; // input bytes the parser did not take

    bool operator==(const Outcome &o) const
    {
        return state == o.state && error == o.error && status == o.status && reason == o.reason
            && headers == o.headers && framing == o.framing && contentLength == o.contentLength
            && body == o.body && keepAlive == o.keepAlive && partialHead == o.partialHead
            && leftOver == o.leftOver;
    }
    bool operator!=(const Outcome &o) const { return !(*this == o); }

    QByteArray describe() const
    {
        return "state " + QByteArray::number(int(state)) + ", error "
            + QByteArray::number(int(error)) + ", status " + QByteArray::number(status)
            + ", framing " + QByteArray::number(int(framing)) + ", body "
            + QByteArray::number(body.size()) + " bytes, keepAlive "
            + QByteArray::number(int(keepAlive)) + ", left over " + QByteArray::number(leftOver);
    }
};

// How the body is taken: all through feed(), or as a socket owner does, raw runs moved by
// the caller itself (rawBodyAhead / skipRawBody) and only the rest through feed().
enum class Mode
{
    Feed,
    RawRuns
};

// Feeds input cut at the given offsets (ascending, any values; out-of-range ones are
// ignored), then closes the input when close is set.
inline Outcome run(
    const QByteArray &input, QList<qsizetype> cuts, bool close, Mode mode = Mode::Feed)
{
    Http1Parser parser;
    Outcome out;
    std::sort(cuts.begin(), cuts.end());
    cuts.append(input.size());
    qsizetype from = 0;
    for (const qsizetype cut : std::as_const(cuts)) {
        if (cut <= from || cut > input.size())
            continue;
        const char *piece = input.constData() + from;
        qsizetype size = cut - from;
        from = cut;
        while (size > 0) {
            const qint64 ahead = mode == Mode::RawRuns ? parser.rawBodyAhead() : 0;
            if (ahead > 0) {
                const qsizetype run = qsizetype(std::min<qint64>(ahead, size));
                out.body.append(piece, run);
                parser.skipRawBody(run);
                piece += run;
                size -= run;
                continue;
            }
            const qsizetype taken = parser.feed(piece, size, &out.body);
            piece += taken;
            size -= taken;
            if (taken == 0) {
                out.leftOver += size; // the answer ended or failed: the rest is not its own
                break;
            }
        }
    }
    if (close)
        parser.closeInput();
    out.state = parser.state();
    out.error = parser.error();
    out.status = parser.status();
    out.reason = parser.reason();
    out.headers = parser.headers();
    out.framing = parser.framing();
    out.contentLength = parser.contentLength();
    out.keepAlive = parser.keepAlive();
    out.partialHead = parser.hasPartialHead();
    return out;
}

inline Outcome whole(const QByteArray &input, bool close, Mode mode = Mode::Feed)
{
    return run(input, {}, close, mode);
}

inline Outcome byteByByte(const QByteArray &input, bool close, Mode mode = Mode::Feed)
{
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < input.size(); ++i)
        cuts.append(i);
    return run(input, cuts, close, mode);
}

} // namespace Http1Feed
