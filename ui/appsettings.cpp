#include "ui/appsettings.h"

#include "core/engine/engine.h"
#include "core/http/proxychoice.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    // The desktop's Downloads folder when it exists, else the home folder.
    QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (downloads.isEmpty() || !QDir(downloads).exists())
        downloads = QDir::homePath();
    a.defaultFolder = s.value(QStringLiteral("defaultFolder"), downloads).toString();
    a.parallelJobs = qBound(1, s.value(QStringLiteral("parallelJobs"), 4).toInt(), 32);
    a.retryDelay = qMax(1, s.value(QStringLiteral("retryDelay"), 10).toInt());
    a.noProgressTimeout = qMax(0, s.value(QStringLiteral("noProgressTimeout"), 86400).toInt());
    a.stallTimeout = qMax(5, s.value(QStringLiteral("stallTimeout"), 60).toInt());
    a.connections = qBound(1, s.value(QStringLiteral("connections"), 4).toInt(), 16);
    a.filesAtOnce = qBound(1, s.value(QStringLiteral("filesAtOnce"), 4).toInt(), 32);
    a.speedLimitKiB = qMax(0, s.value(QStringLiteral("speedLimitKiB"), 0).toInt());
    a.notifications = s.value(QStringLiteral("notifications"), true).toBool();
    a.closeToTray = s.value(QStringLiteral("closeToTray"), false).toBool();
    a.language = s.value(QStringLiteral("language")).toString();
    // A proxy setting edited by hand into something invalid falls back to the system's.
    ProxySettings proxy;
    if (ProxyChoice::parseSettings(s.value(QStringLiteral("proxyMode")).toString(),
            s.value(QStringLiteral("proxyList")).toString(),
            s.value(QStringLiteral("proxyBypass")).toString(), &proxy, nullptr))
        a.defaultProxy = proxy;
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("defaultFolder"), defaultFolder);
    s.setValue(QStringLiteral("parallelJobs"), parallelJobs);
    s.setValue(QStringLiteral("retryDelay"), retryDelay);
    s.setValue(QStringLiteral("noProgressTimeout"), noProgressTimeout);
    s.setValue(QStringLiteral("stallTimeout"), stallTimeout);
    s.setValue(QStringLiteral("connections"), connections);
    s.setValue(QStringLiteral("speedLimitKiB"), speedLimitKiB);
    s.setValue(QStringLiteral("filesAtOnce"), filesAtOnce);
    s.setValue(QStringLiteral("notifications"), notifications);
    s.setValue(QStringLiteral("closeToTray"), closeToTray);
    s.setValue(QStringLiteral("language"), language);
    s.setValue(QStringLiteral("proxyMode"), ProxyChoice::modeName(defaultProxy.mode));
    s.setValue(QStringLiteral("proxyList"), defaultProxy.proxies.join(QLatin1Char(' ')));
    s.setValue(QStringLiteral("proxyBypass"), defaultProxy.bypass.join(QLatin1Char(' ')));
}

void AppSettings::applyTo(Engine *engine) const
{
    engine->setMaxBackgroundJobs(parallelJobs);
    engine->setStallTimeout(stallTimeout);
    engine->setGlobalRateLimit(qint64(speedLimitKiB) * 1024);
    engine->setFilesAtOnce(filesAtOnce);
    engine->setDefaultProxy(defaultProxy);
}

QString AppSettings::lastFolder()
{
    // A remembered folder that has gone since gives way to the default one.
    const QString last = QSettings().value(QStringLiteral("lastFolder")).toString();
    return !last.isEmpty() && QDir(last).exists() ? last : load().defaultFolder;
}

void AppSettings::setLastFolder(const QString &folder)
{
    QSettings().setValue(QStringLiteral("lastFolder"), folder);
}
