#include "core/engine/enginepreferences.h"

#include "core/engine/engine.h"
#include "core/http/proxychoice.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

EnginePreferences EnginePreferences::load()
{
    QSettings s;
    EnginePreferences e;
    e.parallelJobs = qBound(1, s.value(QStringLiteral("parallelJobs"), 4).toInt(), 32);
    e.stallTimeout = qMax(5, s.value(QStringLiteral("stallTimeout"), 60).toInt());
    e.filesAtOnce = qBound(1, s.value(QStringLiteral("filesAtOnce"), 4).toInt(), 32);
    e.speedLimitKiB = qMax(0, s.value(QStringLiteral("speedLimitKiB"), 0).toInt());
    e.connectionsPerHost = qBound(1, s.value(QStringLiteral("connectionsPerHost"), 8).toInt(), 64);
    // A proxy setting edited by hand into something invalid falls back to the system's.
    ProxySettings proxy;
    if (ProxyChoice::parseSettings(s.value(QStringLiteral("proxyMode")).toString(),
            s.value(QStringLiteral("proxyList")).toString(),
            s.value(QStringLiteral("proxyBypass")).toString(), &proxy, nullptr))
        e.defaultProxy = proxy;
    QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (downloads.isEmpty() || !QDir(downloads).exists())
        downloads = QDir::homePath();
    e.defaultFolder = s.value(QStringLiteral("defaultFolder"), downloads).toString();
    e.retryDelay = qMax(1, s.value(QStringLiteral("retryDelay"), 10).toInt());
    e.noProgressTimeout = qMax(0, s.value(QStringLiteral("noProgressTimeout"), 86400).toInt());
    e.connections = qBound(1, s.value(QStringLiteral("connections"), 4).toInt(), 16);
    return e;
}

void EnginePreferences::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("parallelJobs"), parallelJobs);
    s.setValue(QStringLiteral("stallTimeout"), stallTimeout);
    s.setValue(QStringLiteral("speedLimitKiB"), speedLimitKiB);
    s.setValue(QStringLiteral("filesAtOnce"), filesAtOnce);
    s.setValue(QStringLiteral("connectionsPerHost"), connectionsPerHost);
    s.setValue(QStringLiteral("proxyMode"), ProxyChoice::modeName(defaultProxy.mode));
    s.setValue(QStringLiteral("proxyList"), defaultProxy.proxies.join(QLatin1Char(' ')));
    s.setValue(QStringLiteral("proxyBypass"), defaultProxy.bypass.join(QLatin1Char(' ')));
    s.setValue(QStringLiteral("defaultFolder"), defaultFolder);
    s.setValue(QStringLiteral("retryDelay"), retryDelay);
    s.setValue(QStringLiteral("noProgressTimeout"), noProgressTimeout);
    s.setValue(QStringLiteral("connections"), connections);
}

void EnginePreferences::applyTo(Engine *engine) const
{
    engine->setMaxBackgroundJobs(parallelJobs);
    engine->setStallTimeout(stallTimeout);
    engine->setGlobalRateLimit(qint64(speedLimitKiB) * 1024);
    engine->setFilesAtOnce(filesAtOnce);
    engine->setConnectionsPerHost(connectionsPerHost);
    engine->setDefaultProxy(defaultProxy);
    engine->setSchedule(Schedule::load()); // its own group: `haul schedule` edits it
}
