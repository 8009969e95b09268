#pragma once

#include <QHash>
#include <QObject>
#include <QUrl>
#include <QUuid>

class QSystemTrayIcon;

// Desktop notifications: org.freedesktop.Notifications on the session bus where a
// notification server runs, the tray icon's balloon otherwise.
class Notifier : public QObject
{
    Q_OBJECT
public:
    explicit Notifier(QSystemTrayIcon *tray, QObject *parent = nullptr);

    void jobFinished(const QUuid &id, const QString &name);
    void jobFailed(const QUuid &id, const QString &name, const QString &description);
    bool usesDesktopService() const;
    // A copied link offered with an "Add" action; false where neither a notification
    // service nor a tray can show it.
    bool offerLink(const QUrl &url);

signals:
    void inspectRequested(const QUuid &id); // the notification's "Inspect error" action
    void announced(const QUuid &id, const QString &title, const QString &body); // each one sent
    void addLinkRequested(const QUrl &url); // an offered link's "Add" action

private slots:
    void onActionInvoked(uint notificationId, const QString &action);

private:
    void send(const QUuid &id, const QString &title, const QString &body, bool inspectAction);

    QSystemTrayIcon *m_tray;
    QHash<uint, QUuid> m_sent;
    QUuid m_lastTrayJob;
    QHash<uint, QUrl> m_offers;
    QUrl m_lastTrayLink;
};
