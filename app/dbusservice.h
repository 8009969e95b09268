#pragma once

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

class Engine;

// The D-Bus interface io.github.haul.Haul1 (resources/dbus/io.github.haul.Haul1.xml) on the
// user's session bus, as KGet has one: exported by the store's owner, the window or
// `haul serve`. Every call goes through Engine::post() and answers with a delayed reply,
// so the window's GUI thread never waits for the engine thread.
class DbusService : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "io.github.haul.Haul1")
public:
    explicit DbusService(Engine *engine, QObject *parent = nullptr);
    ~DbusService() override;

    // Registers the object and asks for the service name; returns at once. exported() or
    // notExported() tells how it went.
    void start();

signals:
    void exported();
    void notExported(const QString &why); // in words, for the log

    Q_SCRIPTABLE void JobTransferred(const QString &id);
    Q_SCRIPTABLE void JobError(const QString &id, const QString &code, const QString &description);
    Q_SCRIPTABLE void JobChanged(const QString &id);

public slots:
    Q_SCRIPTABLE QStringList AddUrls(
        const QStringList &urls, const QString &folder, bool startPaused);
    Q_SCRIPTABLE QList<QVariantMap> ListJobs();
    Q_SCRIPTABLE void Resume(const QString &id);
    Q_SCRIPTABLE void Suspend(const QString &id);
    Q_SCRIPTABLE void Cancel(const QString &id);
    Q_SCRIPTABLE void Complete(const QString &id);

private:
    void onJob(const QString &verb, const QString &id);
    void replyFailure(const QDBusMessage &call, const QJsonObject &answer);

    Engine *m_engine;
    QDBusConnection m_bus;
    bool m_registered = false;
};
