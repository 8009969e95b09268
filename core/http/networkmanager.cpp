#include "core/http/networkmanager.h"

#include "core/http/connectionpool.h"
#include "core/http/http1reply.h"

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

static QString serverOf(const QUrl &url)
{
    return url.scheme().toLower() + QLatin1String("://") + url.host().toLower() + QLatin1Char(':')
        + QString::number(url.port(443));
}

bool NetworkManager::directFor(const QNetworkRequest &request) const
{
    if (!directPathAllowed())
        return false;
    const QUrl url = request.url();
    if (!request.attribute(DirectAttribute).toBool() || url.host().isEmpty()
        || !url.userInfo().isEmpty())
        return false;
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        if (request.attribute(QNetworkRequest::Http2AllowedAttribute, true).toBool()
            && !m_http1Servers.contains(serverOf(url)))
            return false;
    } else if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0) {
        return false;
    }
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
        return new Http1Reply(m_pool, request, this);
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    if (op == GetOperation && request.attribute(DirectAttribute).toBool())
        learnProtocol(reply);
    return reply;
}

void NetworkManager::learnProtocol(QNetworkReply *reply)
{
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (!reply->attribute(QNetworkRequest::ConnectionEncryptedAttribute).toBool()
            || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0)
            return;
        const QString server = serverOf(reply->url());
        if (reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool())
            m_http1Servers.remove(server);
        else
            m_http1Servers.insert(server);
    });
}

int NetworkManager::idleConnectionCount() const
{
    return m_pool->idleConnectionCount();
}

void NetworkManager::dropIdleConnections()
{
    m_pool->dropIdleConnections();
}
