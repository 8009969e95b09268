// Engine, part three: the network managers, one per way out (proxy choice) and per job
// with proxy credentials, and the answers to servers and proxies that ask for a password.
#include "core/engine/engine.h"

#include "core/engine/credentialstore.h"
#include "core/engine/engineprivate.h"
#include "core/engine/retrypolicy.h"
#include "core/engine/scheduler.h"
#include "core/http/httpheaders.h"
#include "core/http/jobproxyfactory.h"
#include "core/http/networkmanager.h"
#include "core/http/proxychoice.h"
#include "core/model/errorcodes.h"
#include "core/store/durability.h"
#include "core/store/jobstore.h"
#include "core/transfer/filenamesanitizer.h"
#include "core/transfer/filetransfer.h"

#include <QAuthenticator>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>
#include <QtConcurrent>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <type_traits>
#include <unistd.h>

using namespace EngineDetail;

QNetworkAccessManager *EnginePrivate::createNetwork(const ProxyChoice &choice, const QUuid &owner)
{
    auto *network = new NetworkManager(m_context);
    // A job's own proxy credentials beat a user:password in the environment's proxy URL.
    auto *factory = new JobProxyFactory(choice, owner.isNull());
    network->setProxyFactory(factory);
    QObject::connect(network, &QNetworkAccessManager::authenticationRequired, m_context,
        [this](QNetworkReply *reply, QAuthenticator *auth) {
            if (m_authTried.contains(reply))
                return; // those credentials were refused: let the 401 through
            for (auto it = m_transfers.constBegin(); it != m_transfers.constEnd(); ++it) {
                if (!it.value()->ownsReply(reply))
                    continue;
                // Credentials are for the server the user gave them for: a redirect to
                // another host (or scheme, or port) gets none.
                if (!HttpHeaders::sameOrigin(it.value()->file().remoteUrl, reply->url()))
                    return;
                const std::optional<Credential> c
                    = m_credentials->find(it.key(), CredentialTarget::Server);
                if (!c)
                    continue;
                auth->setUser(c->user);
                auth->setPassword(c->secret);
                m_authTried.insert(reply);
                QObject::connect(reply, &QObject::destroyed, m_context,
                    [this, reply] { m_authTried.remove(reply); });
                return;
            }
        });
    QObject::connect(network, &QNetworkAccessManager::proxyAuthenticationRequired, m_context,
        [this, factory, owner](const QNetworkProxy &proxy, QAuthenticator *auth) {
            // Only a proxy this manager chose for its jobs hears a password: the owner's
            // own proxy credentials, else those of the proxy's URL in the environment.
            const std::optional<QNetworkProxy> used = factory->handedOut(proxy);
            if (!used)
                return;
            QString user = used->user();
            QString secret = used->password();
            if (const std::optional<Credential> c
                = m_credentials->find(owner, CredentialTarget::Proxy)) {
                user = c->user;
                secret = c->secret;
            }
            // The same pair again means the proxy refused it: let the 407 through.
            if (user.isEmpty() || (auth->user() == user && auth->password() == secret))
                return;
            auth->setUser(user);
            auth->setPassword(secret);
        });
    m_networks.append(network);
    return network;
}

// Qt opens at most 6 HTTP/1.1 connections per host and QNetworkAccessManager: connection k
// of a segmented file uses manager k / 6 of the job's way out, all of them set up alike.
QNetworkAccessManager *EnginePrivate::networkFor(
    const QString &key, const ProxyChoice &choice, const QUuid &owner, int connection)
{
    const int index = std::max(0, connection) / 6;
    QList<QNetworkAccessManager *> &networks = m_networksByKey[key];
    while (networks.size() <= index)
        networks.append(createNetwork(choice, owner));
    return networks.at(index);
}

void EnginePrivate::dropNetworksOf(const QUuid &id)
{
    const QString suffix = QStringLiteral("|job:") + id.toString(QUuid::WithoutBraces);
    for (auto it = m_networksByKey.begin(); it != m_networksByKey.end();) {
        if (!it.key().endsWith(suffix)) {
            ++it;
            continue;
        }
        for (QNetworkAccessManager *network : std::as_const(*it)) {
            m_networks.removeAll(network);
            network->deleteLater();
        }
        it = m_networksByKey.erase(it);
    }
}
