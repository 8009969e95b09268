#pragma once

#include "core/http/cookies.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// One download the browser extension hands over (resources/browser/PROTOCOL.md), checked.
struct BrowserDownload
{
    QUrl url; // http(s), no user:password
    QUrl referrer; // empty, or http(s)
    QString fileName; // the browser's suggestion, unsanitised
    qint64 size = -1;
    QString mime;
    QByteArray userAgent;
    bool incognito = false; // from a private tab: its cookies stay in memory
    QList<Cookie> cookies;
    QString source = QStringLiteral("download"); // download, link or media

    // What a job made of it sends: Referer, User-Agent and the cookies for `url`.
    QList<QPair<QByteArray, QByteArray>> headers() const;
    QJsonObject toJson() const; // the fields of PROTOCOL.md
};

// A request of the extension, checked: the browser is as hostile an input as a server.
struct BrowserRequest
{
    enum class Type
    {
        Hello,
        List,
        Download,
        Links
    };
    Type type = Type::Hello;
    QString typeName;
    QJsonValue id = QJsonValue(QJsonValue::Undefined); // repeated in the answer
    QList<BrowserDownload> downloads; // one for Download, many for Links
};

namespace BrowserMessage {

constexpr quint32 MaxIncoming = 1024 * 1024; // what the host reads
constexpr quint32 MaxOutgoing = 1024 * 1024; // what Chromium accepts from a host
constexpr int MaxCookies = 300;
constexpr int MaxCookieBytes = 4096;
constexpr int MaxItems = 1000;

struct Refusal
{
    QString code; // malformed, too_large, unknown_type, bad_field, bad_url, ...
    QString message; // English, for logs
};

// A message body (UTF-8 JSON) into a request; false with the refusal to answer.
bool parse(const QByteArray &body, BrowserRequest *request, Refusal *refusal);
// One download's fields (a `download` request, an item of `links`).
bool parseDownload(const QJsonObject &object, BrowserDownload *download, Refusal *refusal);

QJsonObject answer(const BrowserRequest &request); // {"type", "ok": true, "id"}
QJsonObject refusal(const QString &type, const QJsonValue &id, const Refusal &refusal);

} // namespace BrowserMessage

// Native messaging's framing on the host's standard input and output: a 4-byte length in
// the machine's byte order, then the message. Over-long messages are skipped as they come,
// so the stream stays in step.
class NativeFrames
{
public:
    enum class Next
    {
        NeedMore,
        Message,
        TooLarge // one message over MaxIncoming was dropped
    };
    void feed(const QByteArray &bytes);
    Next next(QByteArray *body);
    // The framed answer; an answer over MaxOutgoing becomes a too_large refusal.
    static QByteArray frame(const QJsonObject &answer);

private:
    QByteArray m_buffer;
    qint64 m_skip = 0; // bytes of a dropped message still to come
    bool m_skipping = false;
};
