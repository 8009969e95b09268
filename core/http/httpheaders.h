#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

// Parsers for the response headers the engine relies on. They treat every header as
// hostile: malformed input yields "invalid", never a crash or a huge value.
namespace HttpHeaders {

struct ContentRange
{
    bool valid = false;
    bool unsatisfied = false; // "bytes */TOTAL"
    qint64 start = -1;
    qint64 end = -1;
    qint64 total = -1; // -1 when "*"
};

ContentRange parseContentRange(const QByteArray &value);
// The file name of a Content-Disposition header, `filename*` (RFC 5987) first. Not yet
// sanitized. Empty when there is none.
QString contentDispositionFileName(const QByteArray &value);
// Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), clamped to
// [0, maxSeconds]; -1 when absent or malformed.
int retryAfterSeconds(const QByteArray &value, const QDateTime &now, int maxSeconds = 86400);

// Same scheme, host and port (the default one when none is given): credentials given for
// one origin are never sent to another, whatever a redirect says.
bool sameOrigin(const QUrl &a, const QUrl &b);

// Headers that carry the user's credentials (Authorization, Cookie): dropped when a request
// goes to another origin than the one the user asked.
bool carriesCredentials(const QByteArray &name);

// Whether a header can go on the wire as it is: a name of token characters (RFC 9110) and
// a value with no line break or NUL, which would end the header and begin another. Qt's
// stack sends a value as it is, so the engine refuses others, and Haul's client skips them.
bool isSendable(const QByteArray &name, const QByteArray &value);

// Those and Proxy-Authorization: kept in memory only, never written to the job store.
bool isSecret(const QByteArray &name);

} // namespace HttpHeaders
