#include "core/http/networkmanager.h"

#include "core/http/connectionpool.h"
#include "core/http/plainhttpreply.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>

NetworkManager::NetworkManager(QObject *parent)
    : QNetworkAccessManager(parent)
    , m_pool(new ConnectionPool(this))
{ }

NetworkManager::~NetworkManager()
{
    dropIdleConnections();
}

// HAUL_HTTP_CLIENT=qt turns the direct path off, so that every request takes Qt's stack:
// the fault matrix runs over both paths (ctest's *_qtstack rows), and a user can rule Haul's
// own client out when a server misbehaves with it.
// Read at each request (one getenv), so that a test can turn it on and off.
static bool directPathAllowed()
{
    return qEnvironmentVariable("HAUL_HTTP_CLIENT") != QLatin1String("qt");
}

bool NetworkManager::directFor(const QNetworkRequest &request) const
{
    if (!directPathAllowed())
        return false;
    const QUrl url = request.url();
    if (!request.attribute(DirectAttribute).toBool()
        || url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0
        || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    QList<QNetworkProxy> proxies;
    if (QNetworkProxyFactory *factory = proxyFactory())
        proxies = factory->queryProxy(QNetworkProxyQuery(url));
    else
        proxies.append(proxy());
    if (proxies.isEmpty())
        return true;
    const QNetworkProxy &first = proxies.constFirst();
    if (first.type() == QNetworkProxy::DefaultProxy)
        return QNetworkProxy::applicationProxy().type() == QNetworkProxy::NoProxy;
    return first.type() == QNetworkProxy::NoProxy;
}

QNetworkReply *NetworkManager::createRequest(
    Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    if (op == GetOperation && !outgoingData && directFor(request))
        return new PlainHttpReply(m_pool, request, this);
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

int NetworkManager::idleConnectionCount() const
{
    return m_pool->idleConnectionCount();
}

void NetworkManager::dropIdleConnections()
{
    m_pool->dropIdleConnections();
}
