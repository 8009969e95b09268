// libFuzzer target: an HTTP/1.1 answer as a hostile server may send it, fed to Http1Parser.
// Invariants: every split of the input (whole, byte by byte, pieces cut where the input's
// own hash says, body runs taken by the caller as Http1Reply takes them) gives the same
// result; the body never holds more bytes than were taken; a Content-Length body never
// exceeds its length and a complete one is exactly that long; a final answer is never 1xx;
// an error is reported exactly when the parser failed.
#include "core/http/http1parser.h"
#include "tests/support/http1feed.h"

#include <QByteArray>
#include <QHashFunctions>
#include <cstdlib>

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using State = Http1Parser::State;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    size_t seed = qHash(input, 7);
    const bool close = seed & 1;
    const Http1Feed::Outcome whole = Http1Feed::whole(input, close);

    check(whole.body.size() <= input.size() - whole.leftOver);
    check((whole.state == State::Failed) == (whole.error != Http1Parser::Error::None));
    if (whole.framing == Http1Parser::Framing::Length) {
        check(whole.contentLength > 0 && whole.body.size() <= whole.contentLength);
        if (whole.state == State::Complete)
            check(whole.body.size() == whole.contentLength);
    }
    if (whole.state == State::Complete || whole.state == State::Body)
        check(whole.status >= 200 && whole.status <= 999);
    if (whole.keepAlive)
        check(whole.leftOver == 0 && whole.framing != Http1Parser::Framing::UntilClose);

    check(Http1Feed::byteByByte(input, close) == whole);
    check(Http1Feed::whole(input, close, Http1Feed::Mode::RawRuns) == whole);
    QList<qsizetype> cuts;
    for (int i = 0; i < 8 && size > 0; ++i) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        cuts.append(qsizetype((seed >> 33) % (size + 1)));
    }
    check(Http1Feed::run(input, cuts, close) == whole);
    check(Http1Feed::run(input, cuts, close, Http1Feed::Mode::RawRuns) == whole);
    return 0;
}
