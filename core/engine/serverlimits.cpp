#include "core/engine/serverlimits.h"

#include <algorithm>

QString ServerLimits::key(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme + QLatin1Char('|') + url.host().toLower() + QLatin1Char('|')
        + QString::number(url.port(scheme == QLatin1String("https") ? 443 : 80));
}

bool ServerLimits::sameServer(const QUrl &a, const QUrl &b)
{
    return a.port() == b.port() && a.scheme() == b.scheme()
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0;
}

int ServerLimits::connections(const QUrl &url, int wanted) const
{
    const auto it = m_limits.constFind(key(url));
    if (it == m_limits.constEnd() || (it->untilMs > 0 && it->untilMs <= now()))
        return wanted;
    return std::min(wanted, it->connections);
}

void ServerLimits::limit(const QUrl &url, int connections, int forSeconds)
{
    const qint64 until = forSeconds > 0 ? now() + qint64(forSeconds) * 1000 : 0;
    const int count = std::max(1, connections);
    Limit &l = m_limits[key(url)];
    const bool expired = l.untilMs > 0 && l.untilMs <= now();
    const bool lastsLonger = l.untilMs > 0 && (until == 0 || until > l.untilMs);
    if (l.connections == 0 || expired || count < l.connections
        || (count == l.connections && lastsLonger))
        l = Limit { count, until };
}

void ServerLimits::setConnectionsPerHost(int count)
{
    m_perHost = std::max(1, count);
    if (m_waiting && onConnectionsFreed)
        onConnectionsFreed(); // a higher cap may let waiting files start
}

void ServerLimits::attach(const void *file, std::function<Usage()> usage)
{
    m_files.insert(file, std::move(usage));
}

void ServerLimits::detach(const void *file)
{
    if (m_files.remove(file) > 0 && m_waiting && onConnectionsFreed)
        onConnectionsFreed();
}

int ServerLimits::held(const QString &serverKey) const
{
    int n = 0;
    for (const std::function<Usage()> &usage : m_files) {
        const Usage u = usage();
        if (key(u.url) == serverKey)
            n += std::max(1, u.connections);
    }
    return n;
}

bool ServerLimits::waitsNow(const QString &serverKey) const
{
    return m_waitUntilMs.value(serverKey) > now();
}

bool ServerLimits::mayStart(const QUrl &url) const
{
    const QString serverKey = key(url);
    const bool may = !waitsNow(serverKey) && held(serverKey) < m_perHost;
    if (!may)
        m_waiting = true;
    return may;
}

int ServerLimits::connectionsFor(const void *file, int wanted) const
{
    const auto it = m_files.constFind(file);
    if (it == m_files.constEnd())
        return wanted;
    const Usage own = (*it)();
    const int mine = std::max(1, own.connections);
    const QString serverKey = key(own.url);
    if (waitsNow(serverKey))
        return std::min(wanted, mine); // nothing new until the server's time
    const int free = std::max(0, m_perHost - held(serverKey));
    return std::max(1, std::min(wanted, mine + free));
}

void ServerLimits::waitFor(const QUrl &url, int seconds)
{
    if (seconds <= 0)
        return;
    qint64 &until = m_waitUntilMs[key(url)];
    until = std::max(until, now() + qint64(seconds) * 1000);
}

QDateTime ServerLimits::waitingUntil(const QUrl &url) const
{
    const qint64 until = m_waitUntilMs.value(key(url));
    return until > now() ? QDateTime::fromMSecsSinceEpoch(until) : QDateTime();
}
