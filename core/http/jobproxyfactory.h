#pragma once

#include "core/http/proxychoice.h"

#include <QHash>
#include <QMutex>
#include <QNetworkProxyFactory>
#include <optional>

// The proxy factory of one network manager: it answers every request with one
// ProxyChoice (a job's own setting, the environment's or the desktop's), so that a manager
// serves only jobs that chose alike. It remembers the proxies it handed out, so that a
// password goes only to a proxy this manager really used.
class JobProxyFactory : public QNetworkProxyFactory
{
public:
    // withUrlCredentials false: user and password from a proxy URL in the environment are
    // dropped (the job has its own proxy credentials, which win).
    explicit JobProxyFactory(ProxyChoice choice, bool withUrlCredentials = true);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
    // The proxy handed out with this host and port (with any credentials of its URL).
    std::optional<QNetworkProxy> handedOut(const QNetworkProxy &proxy) const;

private:
    QList<QNetworkProxy> systemProxies(const QNetworkProxyQuery &query);
    static QString key(const QString &host, quint16 port);

    const ProxyChoice m_choice;
    const bool m_withUrlCredentials;
    mutable QMutex m_mutex; // Qt may ask from its HTTP thread as well
    QHash<QString, QPair<QList<QNetworkProxy>, qint64>> m_system;
    QHash<QString, QNetworkProxy> m_handedOut;
};
