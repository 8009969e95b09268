#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

// A cookie as the browser keeps it (cookies.getAll): the extension hands these over with a
// download, and Haul sends each only where the browser would (RFC 6265, 5.1.3-5.1.4, 5.4).
struct Cookie
{
    QByteArray name;
    QByteArray value;
    QString domain; // "example.org" or ".example.org"; lower case
    QString path = QStringLiteral("/");
    bool secure = false;
    bool hostOnly = false;
};

namespace Cookies {

// The name and value may go into a Cookie header: no control characters, no ';', a token
// for the name (RFC 6265 4.1.1, as browsers accept it).
bool wellFormed(const Cookie &cookie);
// RFC 6265 5.1.3: host-only cookies match their host exactly; others the domain and its
// subdomains, never an IP address by suffix.
bool domainMatches(const Cookie &cookie, const QString &host);
// RFC 6265 5.1.4.
bool pathMatches(const Cookie &cookie, const QString &path);
// The value of the Cookie header a request to `url` carries, empty when no cookie matches
// (longer paths first, as 5.4 asks).
QByteArray headerFor(const QList<Cookie> &cookies, const QUrl &url);

} // namespace Cookies
