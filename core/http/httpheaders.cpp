#include "core/http/httpheaders.h"

#include <QList>
#include <QLocale>
#include <QStringDecoder>
#include <QTimeZone>
#include <algorithm>

namespace HttpHeaders {
namespace {

bool parseNumber(const QByteArray &text, qint64 *out)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    *out = text.toLongLong();
    return true;
}

QString decodeBytes(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray cs = charset.toLower();
    if (cs == "iso-8859-1" || cs == "latin1")
        return QString::fromLatin1(bytes);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        if (cs == "utf-8")
            return QString(); // declared UTF-8 but is not: reject
        return QString::fromLatin1(bytes);
    }
    return text;
}

// Splits "a; b=c; d="e;f"" into parameters, honouring quoted strings.
QList<QPair<QByteArray, QByteArray>> parameters(const QByteArray &value)
{
    QList<QPair<QByteArray, QByteArray>> result;
    int i = 0;
    const int n = int(value.size());
    // Skip the disposition type.
    while (i < n && value.at(i) != ';')
        ++i;
    while (i < n) {
        ++i; // ';'
        while (i < n && (value.at(i) == ' ' || value.at(i) == '\t'))
            ++i;
        int eq = i;
        while (eq < n && value.at(eq) != '=' && value.at(eq) != ';')
            ++eq;
        const QByteArray name = value.mid(i, eq - i).trimmed().toLower();
        if (eq >= n || value.at(eq) == ';') {
            i = eq;
            continue;
        }
        i = eq + 1;
        while (i < n && (value.at(i) == ' ' || value.at(i) == '\t'))
            ++i;
        QByteArray v;
        if (i < n && value.at(i) == '"') {
            ++i;
            while (i < n && value.at(i) != '"') {
                if (value.at(i) == '\\' && i + 1 < n)
                    ++i;
                v.append(value.at(i));
                ++i;
            }
            ++i; // closing quote
            while (i < n && value.at(i) != ';')
                ++i;
        } else {
            const int start = i;
            while (i < n && value.at(i) != ';')
                ++i;
            v = value.mid(start, i - start).trimmed();
        }
        result.append({ name, v });
    }
    return result;
}

} // namespace

ContentRange parseContentRange(const QByteArray &value)
{
    ContentRange r;
    QByteArray v = value.trimmed();
    if (!v.toLower().startsWith("bytes "))
        return r;
    v = v.mid(6).trimmed();
    const int slash = v.indexOf('/');
    if (slash < 0)
        return r;
    const QByteArray range = v.left(slash).trimmed();
    const QByteArray total = v.mid(slash + 1).trimmed();
    if (total != "*" && !parseNumber(total, &r.total))
        return r;
    if (range == "*") {
        // "bytes */N" (RFC 9110 §14.4) always names the length; "bytes */*" is malformed.
        r.unsatisfied = r.total >= 0;
        r.valid = r.unsatisfied;
        return r;
    }
    const int dash = range.indexOf('-');
    if (dash <= 0)
        return r;
    if (!parseNumber(range.left(dash), &r.start) || !parseNumber(range.mid(dash + 1), &r.end))
        return r;
    if (r.end < r.start || (r.total >= 0 && r.end >= r.total))
        return r;
    r.valid = true;
    return r;
}

QString contentDispositionFileName(const QByteArray &value)
{
    if (value.size() > 8192)
        return QString();
    QString plain;
    QString extended;
    for (const auto &[name, v] : parameters(value)) {
        if (name == "filename*" && extended.isEmpty()) {
            // charset'language'percent-encoded
            const int q1 = v.indexOf('\'');
            const int q2 = q1 < 0 ? -1 : v.indexOf('\'', q1 + 1);
            if (q2 < 0)
                continue;
            const QByteArray charset = v.left(q1).trimmed();
            extended = decodeBytes(QByteArray::fromPercentEncoding(v.mid(q2 + 1)), charset);
        } else if (name == "filename" && plain.isEmpty()) {
            plain = decodeBytes(v, QByteArray());
        }
    }
    return extended.isEmpty() ? plain : extended;
}

int retryAfterSeconds(const QByteArray &value, const QDateTime &now, int maxSeconds)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    qint64 seconds = 0;
    if (parseNumber(v, &seconds))
        return int(std::min<qint64>(seconds, maxSeconds));
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    QDateTime when = QLocale::c().toDateTime(
        QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    const qint64 delta = now.secsTo(when);
    return int(std::clamp<qint64>(delta, 0, maxSeconds));
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const QString scheme = a.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    return scheme == b.scheme().toLower() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort) == b.port(defaultPort);
}

bool carriesCredentials(const QByteArray &name)
{
    return name.compare("Authorization", Qt::CaseInsensitive) == 0
        || name.compare("Cookie", Qt::CaseInsensitive) == 0;
}

bool isSecret(const QByteArray &name)
{
    return carriesCredentials(name)
        || name.compare("Proxy-Authorization", Qt::CaseInsensitive) == 0;
}

bool isSendable(const QByteArray &name, const QByteArray &value)
{
    static const QByteArray delimiters("\"(),/:;<=>?@[\\]{}");
    const bool tokenName = !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](char c) {
        return c > 32 && c < 127 && !delimiters.contains(c);
    });
    return tokenName && std::none_of(value.cbegin(), value.cend(), [](char c) {
        return c == '\r' || c == '\n' || c == '\0';
    });
}

} // namespace HttpHeaders
