#include "core/http/jobproxyfactory.h"

#include <QDateTime>

JobProxyFactory::JobProxyFactory(ProxyChoice choice, bool withUrlCredentials)
    : m_choice(std::move(choice))
    , m_withUrlCredentials(withUrlCredentials)
{ }

QString JobProxyFactory::key(const QString &host, quint16 port)
{
    return host.toLower() + QLatin1Char(':') + QString::number(port);
}

QList<QNetworkProxy> JobProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    QList<QNetworkProxy> proxies = m_choice.proxiesFor(query.url());
    if (m_choice.source() == ProxyChoice::Source::Desktop)
        proxies = systemProxies(query);
    QMutexLocker lock(&m_mutex);
    if (m_handedOut.size() > 256)
        m_handedOut.clear();
    for (QNetworkProxy &proxy : proxies) {
        if (!m_withUrlCredentials) {
            proxy.setUser(QString());
            proxy.setPassword(QString());
        }
        if (proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::DefaultProxy)
            m_handedOut.insert(key(proxy.hostName(), proxy.port()), proxy);
    }
    return proxies;
}

std::optional<QNetworkProxy> JobProxyFactory::handedOut(const QNetworkProxy &proxy) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_handedOut.constFind(key(proxy.hostName(), proxy.port()));
    if (it == m_handedOut.constEnd())
        return std::nullopt;
    return *it;
}

// Asking the system (libproxy, a PAC script perhaps) costs a round trip to another
// thread, so its answer is kept for a while per scheme, host and port: two thousand
// small files from one server ask once.
QList<QNetworkProxy> JobProxyFactory::systemProxies(const QNetworkProxyQuery &query)
{
    constexpr qint64 KeepMs = 30 * 1000;
    const QUrl url = query.url();
    const QString cacheKey = url.scheme() + QLatin1Char('|') + url.host() + QLatin1Char('|')
        + QString::number(url.port());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QMutexLocker lock(&m_mutex);
    auto it = m_system.constFind(cacheKey);
    if (it != m_system.constEnd() && now - it->second < KeepMs)
        return it->first;
    lock.unlock();
    QList<QNetworkProxy> proxies = systemProxyForQuery(query);
    lock.relock();
    if (m_system.size() > 256)
        m_system.clear();
    m_system.insert(cacheKey, { proxies, now });
    return proxies;
}
