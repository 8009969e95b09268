#include "core/http/proxychoice.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QRegularExpression>

namespace {

constexpr int DefaultProxyPort = 1080; // curl's default for every proxy scheme

QString problemText(const char *text)
{
    return QCoreApplication::translate("ProxyChoice", text);
}

// Lower case wins over upper case, as in curl and wget.
QString variable(const QProcessEnvironment &env, const QString &name)
{
    const QString lower = env.value(name).trimmed();
    return lower.isEmpty() ? env.value(name.toUpper()).trimmed() : lower;
}

QList<QNetworkProxy> envProxy(const QProcessEnvironment &env, const QString &name, QString *canon)
{
    const QString text = variable(env, name);
    if (text.isEmpty())
        return {};
    const std::optional<QNetworkProxy> proxy = ProxyChoice::parseProxyUrl(text, true);
    if (!proxy)
        return {};
    // The hash below keys network managers: credentials change it without being in it.
    *canon += name + QLatin1Char('=') + text + QLatin1Char('\n');
    return { *proxy };
}

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || (!address.isNull() && address.isLoopback());
}

bool matchesEntry(QString entry, const QString &host, int port)
{
    entry = entry.trimmed().toLower();
    if (entry.isEmpty())
        return false;
    if (entry == QLatin1String("*"))
        return true;
    if (entry == QLatin1String("<local>"))
        return (!host.contains(QLatin1Char('.')) && !host.contains(QLatin1Char(':')))
            || isLoopback(host);
    const QHostAddress hostAddress(host);
    if (entry.contains(QLatin1Char('/'))) {
        const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(entry);
        return !hostAddress.isNull() && subnet.second >= 0
            && hostAddress.isInSubnet(subnet.first, subnet.second);
    }
    // host:port and [v6]:port name one port; a bare IPv6 address has colons of its own.
    static const QRegularExpression withPort(QStringLiteral("^(\\[[^\\]]+\\]|[^:]+):(\\d+)$"));
    const QRegularExpressionMatch m = withPort.match(entry);
    if (m.hasMatch()) {
        if (m.captured(2).toInt() != port)
            return false;
        entry = m.captured(1);
    }
    if (entry.startsWith(QLatin1Char('[')) && entry.endsWith(QLatin1Char(']')))
        entry = entry.mid(1, entry.size() - 2);
    const QHostAddress entryAddress(entry);
    if (!entryAddress.isNull())
        return !hostAddress.isNull() && entryAddress.isEqual(hostAddress);
    if (entry.startsWith(QLatin1String("*.")))
        entry.remove(0, 1);
    if (entry.startsWith(QLatin1Char('.')))
        entry.remove(0, 1);
    return host == entry || host.endsWith(QLatin1Char('.') + entry);
}

} // namespace

ProxyChoice ProxyChoice::forJob(const ProxySettings &settings, const QProcessEnvironment &env)
{
    if (settings.mode == ProxySettings::Mode::System)
        return fromEnvironment(env);
    ProxyChoice c;
    c.m_source = Source::JobSetting;
    if (settings.mode == ProxySettings::Mode::NoProxy) {
        c.m_direct = true;
        c.m_key = QStringLiteral("none");
        return c;
    }
    for (const QString &text : settings.proxies) {
        if (const std::optional<QNetworkProxy> proxy = parseProxyUrl(text, false))
            c.m_http.append(*proxy);
    }
    c.m_direct = c.m_http.isEmpty();
    c.m_bypass = settings.bypass;
    c.m_key
        = QStringLiteral("override|%1|%2")
              .arg(settings.proxies.join(QLatin1Char(' ')), settings.bypass.join(QLatin1Char(' ')));
    return c;
}

ProxyChoice ProxyChoice::fromEnvironment(const QProcessEnvironment &env)
{
    ProxyChoice c;
    QString canon;
    c.m_http = envProxy(env, QStringLiteral("http_proxy"), &canon);
    c.m_https = envProxy(env, QStringLiteral("https_proxy"), &canon);
    c.m_all = envProxy(env, QStringLiteral("all_proxy"), &canon);
    if (canon.isEmpty())
        return c; // the desktop decides (libproxy reads no_proxy by itself)
    const QString noProxy = variable(env, QStringLiteral("no_proxy"));
    c.m_bypass = splitList(noProxy);
    canon += noProxy;
    c.m_source = Source::Environment;
    c.m_key = QStringLiteral("env|")
        + QString::fromLatin1(
            QCryptographicHash::hash(canon.toUtf8(), QCryptographicHash::Sha256).toHex());
    return c;
}

QList<QNetworkProxy> ProxyChoice::proxiesFor(const QUrl &url) const
{
    if (m_source == Source::Desktop)
        return {};
    if (m_direct)
        return { QNetworkProxy(QNetworkProxy::NoProxy) };
    if (bypassed(m_bypass, url))
        return { QNetworkProxy(QNetworkProxy::NoProxy) };
    QList<QNetworkProxy> proxies = m_http;
    if (m_source == Source::Environment) {
        // The scheme's own variable wins over all_proxy; a scheme with neither goes direct.
        const QString scheme = url.scheme().toLower();
        proxies = scheme == QLatin1String("http") ? m_http
            : scheme == QLatin1String("https")    ? m_https
                                                  : QList<QNetworkProxy>();
        if (proxies.isEmpty())
            proxies = m_all;
    }
    if (proxies.isEmpty())
        proxies.append(QNetworkProxy(QNetworkProxy::NoProxy));
    return proxies;
}

std::optional<QNetworkProxy> ProxyChoice::parseProxyUrl(
    const QString &input, bool allowCredentials, QString *problem)
{
    auto fail = [problem](const QString &why) -> std::optional<QNetworkProxy> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    QString text = input.trimmed();
    if (text.isEmpty())
        return fail(problemText(QT_TRANSLATE_NOOP("ProxyChoice", "empty proxy address")));
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("http://"));
    const QString scheme = text.left(text.indexOf(QLatin1String("://"))).toLower();
    if (scheme == QLatin1String("https"))
        return fail(problemText(QT_TRANSLATE_NOOP("ProxyChoice",
            "HTTPS proxies are not supported; use http://, socks5:// or socks5h://")));
    if (scheme != QLatin1String("http") && scheme != QLatin1String("socks5")
        && scheme != QLatin1String("socks5h"))
        return fail(problemText(QT_TRANSLATE_NOOP(
            "ProxyChoice", "unsupported proxy scheme; use http://, socks5:// or socks5h://")));
    // The port is checked by hand: QUrl only says "invalid" for "host:99999" or "host:x".
    static const QRegularExpression authority(
        QStringLiteral("^[^:/]+://(?:[^@/?#]*@)?(?:\\[[^\\]]*\\]|[^:/?#]*)(:([^/?#]*))?"));
    const QRegularExpressionMatch m = authority.match(text);
    if (m.hasMatch() && m.capturedLength(1) > 0) {
        bool ok = false;
        const int port = m.captured(2).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return fail(problemText(QT_TRANSLATE_NOOP(
                "ProxyChoice", "bad proxy port; it must be a number from 1 to 65535")));
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(problemText(QT_TRANSLATE_NOOP("ProxyChoice", "the proxy address has no host")));
    if (!allowCredentials && (!url.userName().isEmpty() || !url.password().isEmpty()))
        return fail(problemText(QT_TRANSLATE_NOOP("ProxyChoice",
            "a proxy address must not contain a user or password; give them with haul setcredentials JOB proxy basic USER")));
    const bool socks = scheme.startsWith(QLatin1String("socks5"));
    QNetworkProxy proxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(),
        quint16(url.port(DefaultProxyPort)));
    if (socks) {
        // Qt's SOCKS5 sends the target's name unless the capability is taken away; then
        // QAbstractSocket looks the name up itself and sends the address.
        QNetworkProxy::Capabilities caps = proxy.capabilities();
        if (scheme == QLatin1String("socks5h"))
            caps |= QNetworkProxy::HostNameLookupCapability;
        else
            caps &= ~QNetworkProxy::Capabilities(QNetworkProxy::HostNameLookupCapability);
        proxy.setCapabilities(caps);
    }
    proxy.setUser(url.userName(QUrl::FullyDecoded));
    proxy.setPassword(url.password(QUrl::FullyDecoded));
    return proxy;
}

QString ProxyChoice::proxyUrl(const QNetworkProxy &proxy)
{
    QString scheme = QStringLiteral("http");
    if (proxy.type() == QNetworkProxy::Socks5Proxy)
        scheme = proxy.capabilities() & QNetworkProxy::HostNameLookupCapability
            ? QStringLiteral("socks5h")
            : QStringLiteral("socks5");
    const QString host = proxy.hostName().contains(QLatin1Char(':'))
        ? QLatin1Char('[') + proxy.hostName() + QLatin1Char(']')
        : proxy.hostName();
    return QStringLiteral("%1://%2:%3").arg(scheme, host).arg(proxy.port());
}

bool ProxyChoice::bypassed(const QStringList &bypass, const QUrl &url)
{
    QString host = url.host().toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    const int port = url.port(
        url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
    return std::any_of(bypass.cbegin(), bypass.cend(),
        [&](const QString &entry) { return matchesEntry(entry, host, port); });
}

QStringList ProxyChoice::splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s;,]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool ProxyChoice::parseSettings(const QString &modeText, const QString &proxyList,
    const QString &bypassList, ProxySettings *settings, QString *problem)
{
    QString ignored;
    if (!problem)
        problem = &ignored;
    const QString mode = modeText.trimmed().toLower();
    ProxySettings parsed;
    if (mode == QLatin1String("preconfig") || mode == QLatin1String("no_proxy")) {
        if (!proxyList.trimmed().isEmpty() || !bypassList.trimmed().isEmpty()) {
            *problem = problemText(
                QT_TRANSLATE_NOOP("ProxyChoice", "preconfig and no_proxy take no proxy list"));
            return false;
        }
        parsed.mode = mode == QLatin1String("preconfig") ? ProxySettings::Mode::System
                                                         : ProxySettings::Mode::NoProxy;
        *settings = parsed;
        return true;
    }
    if (mode != QLatin1String("override")) {
        *problem = problemText(QT_TRANSLATE_NOOP(
            "ProxyChoice", "unknown proxy mode; use preconfig, no_proxy or override"));
        return false;
    }
    parsed.mode = ProxySettings::Mode::Override;
    for (const QString &entry : splitList(proxyList)) {
        QString why;
        const std::optional<QNetworkProxy> proxy = parseProxyUrl(entry, false, &why);
        if (!proxy) {
            // The entry is named, but never with a password the user put in it.
            static const QRegularExpression userInfo(QStringLiteral("^([^:/]*://)?[^@/]*@"));
            QString shown = entry;
            shown.replace(userInfo, QStringLiteral("\\1…@"));
            *problem = QStringLiteral("%1: %2").arg(shown, why);
            return false;
        }
        parsed.proxies.append(proxyUrl(*proxy));
    }
    if (parsed.proxies.isEmpty()) {
        *problem = problemText(QT_TRANSLATE_NOOP(
            "ProxyChoice", "override needs a proxy list, such as http://proxy:3128"));
        return false;
    }
    // bitsadmin writes NULL for "no bypass list".
    if (bypassList.trimmed().compare(QLatin1String("NULL"), Qt::CaseInsensitive) != 0)
        parsed.bypass = splitList(bypassList);
    *settings = parsed;
    return true;
}

QString ProxyChoice::modeName(ProxySettings::Mode mode)
{
    switch (mode) {
    case ProxySettings::Mode::NoProxy:
        return QStringLiteral("no_proxy");
    case ProxySettings::Mode::Override:
        return QStringLiteral("override");
    case ProxySettings::Mode::System:
        break;
    }
    return QStringLiteral("preconfig");
}
