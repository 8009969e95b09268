#pragma once

#include <QHash>
#include <QString>
#include <QUrl>
#include <algorithm>

// What the engine learnt about servers while it runs: how many connections one file may
// open to a server that answered closed ranges wrongly (one) or turned extra connections
// away (as many as it served). Later files from that server do not try again. Lives on the
// engine thread; no locking.
class ServerLimits
{
public:
    int connections(const QUrl &url, int wanted) const
    {
        const auto it = m_limits.constFind(key(url));
        return it == m_limits.constEnd() ? wanted : std::min(wanted, it.value());
    }
    void limit(const QUrl &url, int connections)
    {
        int &limit = m_limits[key(url)];
        limit = limit > 0 ? std::min(limit, connections) : std::max(1, connections);
    }

private:
    static QString key(const QUrl &url)
    {
        return url.scheme().toLower() + QLatin1Char('|') + url.host().toLower() + QLatin1Char('|')
            + QString::number(
                url.port(url.scheme().toLower() == QLatin1String("https") ? 443 : 80));
    }
    QHash<QString, int> m_limits;
};
