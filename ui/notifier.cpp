#include "ui/notifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QSystemTrayIcon>

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

Notifier::Notifier(QSystemTrayIcon *tray, QObject *parent)
    : QObject(parent)
    , m_tray(tray)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected())
        bus.connect(Service, Path, Service, QStringLiteral("ActionInvoked"), this,
            SLOT(onActionInvoked(uint, QString)));
    if (m_tray)
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastTrayJob.isNull())
                emit inspectRequested(m_lastTrayJob);
            else if (!m_lastTrayLink.isEmpty())
                emit addLinkRequested(m_lastTrayLink);
        });
}

bool Notifier::usesDesktopService() const
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface()
        && bus.interface()->isServiceRegistered(Service).value();
}

void Notifier::jobFinished(const QUuid &id, const QString &name)
{
    send(id, tr("Download finished"), name, false);
}

void Notifier::jobFailed(const QUuid &id, const QString &name, const QString &description)
{
    // The name in the body too: a notification server may show the title cut short.
    send(id, tr("Download failed"), tr("“%1” stopped: %2").arg(name, description), true);
}

void Notifier::send(const QUuid &id, const QString &title, const QString &body, bool inspectAction)
{
    emit announced(id, title, body);
    if (usesDesktopService()) {
        QDBusMessage call
            = QDBusMessage::createMethodCall(Service, Path, Service, QStringLiteral("Notify"));
        QStringList actions;
        if (inspectAction)
            actions << QStringLiteral("inspect") << tr("Inspect error…");
        call << QStringLiteral("Haul") << uint(0) << QStringLiteral("io.github.haul.Haul") << title
             << body << actions << QVariantMap() << int(-1);
        const QDBusReply<uint> reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 2000);
        if (reply.isValid()) {
            m_sent.insert(reply.value(), id);
            return;
        }
    }
    if (m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_lastTrayJob = inspectAction ? id : QUuid();
        m_lastTrayLink.clear();
        m_tray->showMessage(
            title, body, inspectAction ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    }
}

void Notifier::onActionInvoked(uint notificationId, const QString &action)
{
    const auto it = m_sent.constFind(notificationId);
    if (it != m_sent.constEnd() && action == QLatin1String("inspect"))
        emit inspectRequested(it.value());
    const auto offer = m_offers.constFind(notificationId);
    if (offer != m_offers.constEnd() && action == QLatin1String("add"))
        emit addLinkRequested(offer.value());
}

bool Notifier::offerLink(const QUrl &url)
{
    const QString title = tr("Add the copied link?");
    const QString body = url.fileName() + QLatin1Char('\n') + url.host();
    emit announced(QUuid(), title, body);
    if (usesDesktopService()) {
        QDBusMessage call
            = QDBusMessage::createMethodCall(Service, Path, Service, QStringLiteral("Notify"));
        call << QStringLiteral("Haul") << uint(0) << QStringLiteral("io.github.haul.Haul") << title
             << body << QStringList { QStringLiteral("add"), tr("Add…") } << QVariantMap()
             << int(-1);
        const QDBusReply<uint> reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 2000);
        if (reply.isValid()) {
            m_offers.insert(reply.value(), url);
            return true;
        }
    }
    if (!m_tray || !QSystemTrayIcon::isSystemTrayAvailable())
        return false;
    m_lastTrayJob = QUuid();
    m_lastTrayLink = url;
    m_tray->showMessage(title, body + QLatin1Char('\n') + tr("Click to add it."));
    return true;
}
