// libFuzzer target: what a browser extension (or anything that can write to the host's
// standard input) sends `haul browser-host`: native messaging frames (4-byte length in the
// machine's order, then the message) through NativeFrames, each message through
// BrowserMessage::parse. Invariants: a refusal has a known code and a message; an accepted
// download has an http(s) URL without user info, at most MaxCookies cookies, and headers
// without CR or LF; every framed answer is at most MaxOutgoing; nothing crashes.
#include "core/protocol/browsermessage.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstdlib>

namespace {

const QStringList codes { QStringLiteral("malformed"), QStringLiteral("too_large"),
    QStringLiteral("unknown_type"), QStringLiteral("bad_field"), QStringLiteral("bad_url"),
    QStringLiteral("credentials_in_url"), QStringLiteral("too_many") };

void check(const QByteArray &body)
{
    BrowserRequest request;
    BrowserMessage::Refusal refusal;
    if (!BrowserMessage::parse(body, &request, &refusal)) {
        if (!codes.contains(refusal.code) || refusal.message.isEmpty())
            std::abort();
        const QByteArray framed = NativeFrames::frame(
            BrowserMessage::refusal(request.typeName, request.id, refusal));
        if (quint32(framed.size()) > BrowserMessage::MaxOutgoing + 4)
            std::abort();
        return;
    }
    for (const BrowserDownload &d : request.downloads) {
        const QString scheme = d.url.scheme();
        if ((scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            || !d.url.userInfo().isEmpty() || d.cookies.size() > BrowserMessage::MaxCookies)
            std::abort();
        for (const auto &[name, value] : d.headers()) {
            if (value.contains('\r') || value.contains('\n') || value.contains('\0'))
                std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    NativeFrames frames;
    // In two pieces, as a pipe may deliver it.
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    frames.feed(input.left(input.size() / 2));
    QByteArray body;
    for (int rounds = 0; rounds < 2; ++rounds) {
        for (NativeFrames::Next next; (next = frames.next(&body)) != NativeFrames::Next::NeedMore;) {
            if (next == NativeFrames::Next::Message)
                check(body);
        }
        frames.feed(input.mid(input.size() / 2));
    }
    // The whole input as one message too: the parser without the framing.
    check(input);
    return 0;
}
