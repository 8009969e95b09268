#include "core/protocol/browsermessage.h"

#include "core/engine/intake.h"
#include "core/model/errorcodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QtEndian>
#include <cstring>

namespace {

bool refuse(BrowserMessage::Refusal *refusal, const char *code, const QString &message)
{
    *refusal = { QString::fromLatin1(code), message };
    return false;
}

bool printableAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// A string field: absent is empty; another type, or longer than `max`, is refused.
bool stringField(const QJsonObject &object, const char *key, int max, QString *value,
    BrowserMessage::Refusal *refusal)
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString() || v.toString().size() > max)
        return refuse(refusal, "bad_field",
            QStringLiteral("\"%1\" must be a string of at most %2 characters")
                .arg(QLatin1String(key))
                .arg(max));
    *value = v.toString();
    return true;
}

bool parseCookie(const QJsonValue &value, Cookie *cookie, BrowserMessage::Refusal *refusal)
{
    const QJsonObject o = value.toObject();
    QString name, text, domain, path;
    if (!value.isObject() || !stringField(o, "name", BrowserMessage::MaxCookieBytes, &name, refusal)
        || !stringField(o, "value", BrowserMessage::MaxCookieBytes, &text, refusal)
        || !stringField(o, "domain", 255, &domain, refusal)
        || !stringField(o, "path", 1024, &path, refusal))
        return refusal->code.isEmpty()
            ? refuse(refusal, "bad_field", QStringLiteral("a cookie must be an object"))
            : false;
    cookie->name = name.toUtf8();
    cookie->value = text.toUtf8();
    cookie->domain = domain.toLower();
    cookie->path = path.isEmpty() ? QStringLiteral("/") : path;
    cookie->secure = o.value(QLatin1String("secure")).toBool();
    cookie->hostOnly = o.value(QLatin1String("hostOnly")).toBool();
    if (!Cookies::wellFormed(*cookie) || domain.isEmpty())
        return refuse(refusal, "bad_field",
            QStringLiteral("cookie \"%1\" has no domain, or a name or value no header may carry")
                .arg(QString::fromUtf8(cookie->name.left(64))));
    return true;
}

bool parseCookies(const QJsonValue &value, QList<Cookie> *cookies, BrowserMessage::Refusal *r)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return refuse(r, "bad_field", QStringLiteral("\"cookies\" must be an array"));
    const QJsonArray list = value.toArray();
    if (list.size() > BrowserMessage::MaxCookies)
        return refuse(r, "too_many",
            QStringLiteral("%1 cookies; at most %2")
                .arg(list.size())
                .arg(BrowserMessage::MaxCookies));
    for (const QJsonValue &v : list) {
        Cookie cookie;
        if (!parseCookie(v, &cookie, r))
            return false;
        cookies->append(cookie);
    }
    return true;
}

bool parseUrl(const QString &text, QUrl *url, BrowserMessage::Refusal *refusal)
{
    *url = QUrl(text, QUrl::StrictMode);
    const CallResult check = Intake::checkRemoteUrl(*url);
    if (check.code == ErrorCode::E_CredentialsInUrl)
        return refuse(refusal, "credentials_in_url",
            QStringLiteral("the URL carries a user name or password"));
    if (!check.ok())
        return refuse(refusal, "bad_url", QStringLiteral("not an http or https URL"));
    return true;
}

} // namespace

QList<QPair<QByteArray, QByteArray>> BrowserDownload::headers() const
{
    QList<QPair<QByteArray, QByteArray>> list;
    if (!referrer.isEmpty())
        list.append({ "Referer", referrer.toEncoded() });
    if (!userAgent.isEmpty())
        list.append({ "User-Agent", userAgent });
    const QByteArray cookie = Cookies::headerFor(cookies, url);
    if (!cookie.isEmpty())
        list.append({ "Cookie", cookie });
    return list;
}

QJsonObject BrowserDownload::toJson() const
{
    QJsonArray list;
    for (const Cookie &c : cookies)
        list.append(QJsonObject { { QStringLiteral("name"), QString::fromUtf8(c.name) },
            { QStringLiteral("value"), QString::fromUtf8(c.value) },
            { QStringLiteral("domain"), c.domain }, { QStringLiteral("path"), c.path },
            { QStringLiteral("secure"), c.secure }, { QStringLiteral("hostOnly"), c.hostOnly } });
    return { { QStringLiteral("url"), url.toString(QUrl::FullyEncoded) },
        { QStringLiteral("referrer"), referrer.toString(QUrl::FullyEncoded) },
        { QStringLiteral("filename"), fileName }, { QStringLiteral("size"), size },
        { QStringLiteral("mime"), mime },
        { QStringLiteral("userAgent"), QString::fromLatin1(userAgent) },
        { QStringLiteral("incognito"), incognito }, { QStringLiteral("cookies"), list },
        { QStringLiteral("source"), source } };
}

namespace BrowserMessage {

bool parseDownload(const QJsonObject &o, BrowserDownload *d, Refusal *refusal)
{
    QString url, referrer, agent;
    if (!stringField(o, "url", 8192, &url, refusal)
        || !stringField(o, "referrer", 8192, &referrer, refusal)
        || !stringField(o, "filename", 1024, &d->fileName, refusal)
        || !stringField(o, "mime", 255, &d->mime, refusal)
        || !stringField(o, "userAgent", 512, &agent, refusal)
        || !stringField(o, "source", 16, &d->source, refusal))
        return false;
    if (!parseUrl(url, &d->url, refusal))
        return false;
    // A referrer that is no web page (about:blank, a file) is not sent.
    const QUrl from(referrer, QUrl::StrictMode);
    if (Intake::checkRemoteUrl(from).ok())
        d->referrer = from.adjusted(QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    if (!printableAscii(agent))
        return refuse(
            refusal, "bad_field", QStringLiteral("\"userAgent\" must be printable ASCII"));
    d->userAgent = agent.toLatin1();
    const QJsonValue size = o.value(QLatin1String("size"));
    if (!size.isUndefined() && !size.isNull()) {
        const double n = size.toDouble(-2);
        if (!size.isDouble() || n < -1 || n > 9.0e15 || n != qint64(n))
            return refuse(refusal, "bad_field", QStringLiteral("\"size\" must be a whole number"));
        d->size = qint64(n);
    }
    const QJsonValue incognito = o.value(QLatin1String("incognito"));
    if (!incognito.isUndefined() && !incognito.isBool())
        return refuse(refusal, "bad_field", QStringLiteral("\"incognito\" must be true or false"));
    d->incognito = incognito.toBool();
    if (d->source.isEmpty())
        d->source = QStringLiteral("download");
    if (!QStringList { QStringLiteral("download"), QStringLiteral("link"), QStringLiteral("media") }
             .contains(d->source))
        return refuse(refusal, "bad_field", QStringLiteral("unknown \"source\""));
    return parseCookies(o.value(QLatin1String("cookies")), &d->cookies, refusal);
}

bool parse(const QByteArray &body, BrowserRequest *request, Refusal *refusal)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8(body);
    if (utf8.hasError())
        return refuse(refusal, "malformed", QStringLiteral("the message is not UTF-8"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(refusal, "malformed",
            error.error != QJsonParseError::NoError ? error.errorString()
                                                    : QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    request->id = o.value(QLatin1String("id"));
    if (!request->id.isUndefined() && !request->id.isDouble())
        return refuse(refusal, "bad_field", QStringLiteral("\"id\" must be a number"));
    request->typeName = o.value(QLatin1String("type")).toString();
    static const QList<QPair<QString, BrowserRequest::Type>> types {
        { QStringLiteral("hello"), BrowserRequest::Type::Hello },
        { QStringLiteral("list"), BrowserRequest::Type::List },
        { QStringLiteral("download"), BrowserRequest::Type::Download },
        { QStringLiteral("links"), BrowserRequest::Type::Links },
    };
    auto type = std::find_if(
        types.begin(), types.end(), [&](const auto &t) { return t.first == request->typeName; });
    if (type == types.end())
        return refuse(refusal, "unknown_type",
            QStringLiteral("unknown message type \"%1\"").arg(request->typeName.left(64)));
    request->type = type->second;
    if (request->type == BrowserRequest::Type::Download) {
        BrowserDownload d;
        if (!parseDownload(o, &d, refusal))
            return false;
        request->downloads.append(d);
    }
    if (request->type != BrowserRequest::Type::Links)
        return true;
    const QJsonValue items = o.value(QLatin1String("items"));
    if (!items.isArray() || items.toArray().isEmpty())
        return refuse(
            refusal, "bad_field", QStringLiteral("\"items\" must be a list of downloads"));
    if (items.toArray().size() > MaxItems)
        return refuse(
            refusal, "too_many", QStringLiteral("at most %1 links at once").arg(MaxItems));
    for (const QJsonValue &item : items.toArray()) {
        BrowserDownload d;
        if (!item.isObject())
            return refuse(refusal, "bad_field", QStringLiteral("each item must be an object"));
        if (!parseDownload(item.toObject(), &d, refusal))
            return false;
        request->downloads.append(d);
    }
    return true;
}

QJsonObject answer(const BrowserRequest &request)
{
    QJsonObject o { { QStringLiteral("type"), request.typeName }, { QStringLiteral("ok"), true } };
    if (!request.id.isUndefined())
        o[QStringLiteral("id")] = request.id;
    return o;
}

QJsonObject refusal(const QString &type, const QJsonValue &id, const Refusal &refusal)
{
    QJsonObject o { { QStringLiteral("type"), type }, { QStringLiteral("ok"), false },
        { QStringLiteral("error"),
            QJsonObject { { QStringLiteral("code"), refusal.code },
                { QStringLiteral("message"), refusal.message } } } };
    if (!id.isUndefined())
        o[QStringLiteral("id")] = id;
    return o;
}

} // namespace BrowserMessage

void NativeFrames::feed(const QByteArray &bytes)
{
    m_buffer += bytes;
}

NativeFrames::Next NativeFrames::next(QByteArray *body)
{
    if (m_skipping) {
        const qint64 dropped = qMin<qint64>(m_skip, m_buffer.size());
        m_buffer.remove(0, dropped);
        m_skip -= dropped;
        if (m_skip > 0)
            return Next::NeedMore;
        m_skipping = false;
        return Next::TooLarge;
    }
    if (m_buffer.size() < 4)
        return Next::NeedMore;
    quint32 length = 0;
    std::memcpy(&length, m_buffer.constData(), 4); // the machine's byte order
    if (length > BrowserMessage::MaxIncoming) {
        m_buffer.remove(0, 4);
        m_skip = length;
        m_skipping = true;
        return next(body);
    }
    if (quint32(m_buffer.size()) - 4 < length)
        return Next::NeedMore;
    *body = m_buffer.mid(4, length);
    m_buffer.remove(0, 4 + qsizetype(length));
    return Next::Message;
}

QByteArray NativeFrames::frame(const QJsonObject &answer)
{
    QByteArray json = QJsonDocument(answer).toJson(QJsonDocument::Compact);
    if (quint32(json.size()) > BrowserMessage::MaxOutgoing)
        json = QJsonDocument(
            BrowserMessage::refusal(answer.value(QLatin1String("type")).toString(),
                answer.value(QLatin1String("id")),
                { QStringLiteral("too_large"), QStringLiteral("the answer is too large") }))
                   .toJson(QJsonDocument::Compact);
    const quint32 length = quint32(json.size());
    QByteArray framed(4, '\0');
    std::memcpy(framed.data(), &length, 4);
    return framed + json;
}
