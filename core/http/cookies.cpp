#include "core/http/cookies.h"

#include <QHostAddress>
#include <algorithm>

namespace Cookies {

bool wellFormed(const Cookie &cookie)
{
    if (cookie.name.isEmpty())
        return false;
    for (const char c : cookie.name) {
        const auto u = uchar(c);
        if (u <= 0x20 || u >= 0x7f || QByteArray("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    for (const char c : cookie.value) {
        const auto u = uchar(c);
        if (u < 0x20 || u == 0x7f || c == ';')
            return false;
    }
    return true;
}

bool domainMatches(const Cookie &cookie, const QString &host)
{
    QString domain = cookie.domain.toLower();
    if (domain.startsWith(QLatin1Char('.')))
        domain.remove(0, 1);
    const QString h = host.toLower();
    if (domain.isEmpty() || h.isEmpty())
        return false;
    if (h == domain)
        return true;
    if (cookie.hostOnly
        || QHostAddress(h).protocol() != QAbstractSocket::UnknownNetworkLayerProtocol)
        return false;
    return h.endsWith(QLatin1Char('.') + domain);
}

bool pathMatches(const Cookie &cookie, const QString &path)
{
    const QString requested = path.isEmpty() ? QStringLiteral("/") : path;
    const QString &own = cookie.path.isEmpty() ? QStringLiteral("/") : cookie.path;
    if (requested == own)
        return true;
    if (!requested.startsWith(own))
        return false;
    return own.endsWith(QLatin1Char('/')) || requested.at(own.size()) == QLatin1Char('/');
}

QByteArray headerFor(const QList<Cookie> &cookies, const QUrl &url)
{
    QList<const Cookie *> sent;
    const bool https = url.scheme() == QLatin1String("https");
    for (const Cookie &c : cookies) {
        if (wellFormed(c) && domainMatches(c, url.host()) && pathMatches(c, url.path())
            && (https || !c.secure))
            sent.append(&c);
    }
    std::stable_sort(sent.begin(), sent.end(),
        [](const Cookie *a, const Cookie *b) { return a->path.size() > b->path.size(); });
    QByteArray header;
    for (const Cookie *c : sent) {
        if (!header.isEmpty())
            header += "; ";
        header += c->name + '=' + c->value;
    }
    return header;
}

} // namespace Cookies
