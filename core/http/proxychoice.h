#pragma once

#include "core/model/job.h"

#include <QList>
#include <QNetworkProxy>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

// Which proxy a job's requests take, as a pure rule: the job's own setting
// (setproxysettings), else the environment (http_proxy, https_proxy, all_proxy, no_proxy,
// upper case too), else the desktop's proxy (Qt asks libproxy: source Desktop, and
// proxiesFor answers nothing so that the caller asks QNetworkProxyFactory).
class ProxyChoice
{
public:
    enum class Source
    {
        JobSetting, // override or no_proxy from setproxysettings
        Environment,
        Desktop,
    };

    // The choice for a job with these settings in this environment.
    static ProxyChoice forJob(const ProxySettings &settings, const QProcessEnvironment &env);
    // The environment's choice; Desktop when it names no proxy.
    static ProxyChoice fromEnvironment(const QProcessEnvironment &env);

    Source source() const { return m_source; }
    // The proxies for one request, best first: NoProxy for a direct connection; empty when
    // the desktop decides.
    QList<QNetworkProxy> proxiesFor(const QUrl &url) const;
    // Equal for two choices that answer every request alike; never holds a password.
    QString key() const { return m_key; }

    // "http://host:port", "socks5://host:port" (the client resolves the target's name),
    // "socks5h://host:port" (the proxy does); no scheme means http, no port means 1080 as
    // in curl. User and password are accepted only when allowCredentials (the environment).
    static std::optional<QNetworkProxy> parseProxyUrl(
        const QString &text, bool allowCredentials, QString *problem = nullptr);
    // "scheme://host:port" of a proxy, without its credentials: what Haul stores and shows.
    static QString proxyUrl(const QNetworkProxy &proxy);
    // Bypass entries: "*", "<local>" (names without a dot, loopback addresses), a host,
    // a domain suffix ("example.org", ".example.org", "*.example.org"), host:port, an IP
    // address or a subnet ("10.0.0.0/8").
    static bool bypassed(const QStringList &bypass, const QUrl &url);
    // A list separated by spaces, semicolons or commas (bitsadmin and no_proxy alike).
    static QStringList splitList(const QString &text);
    // setproxysettings' arguments: preconfig | no_proxy | override PROXYLIST [BYPASSLIST].
    // False with a one-line problem when anything is wrong; then settings is untouched.
    static bool parseSettings(const QString &mode, const QString &proxyList,
        const QString &bypassList, ProxySettings *settings, QString *problem);
    static QString modeName(ProxySettings::Mode mode); // "preconfig", "no_proxy", "override"

private:
    Source m_source = Source::Desktop;
    QList<QNetworkProxy> m_http; // override: every scheme
    QList<QNetworkProxy> m_https;
    QList<QNetworkProxy> m_all;
    QStringList m_bypass;
    bool m_direct = false; // no_proxy
    QString m_key = QStringLiteral("desktop");
};
