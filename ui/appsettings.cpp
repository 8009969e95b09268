#include "ui/appsettings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    static_cast<EnginePreferences &>(a) = EnginePreferences::load();
    // The desktop's Downloads folder when it exists, else the home folder.
    QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (downloads.isEmpty() || !QDir(downloads).exists())
        downloads = QDir::homePath();
    a.defaultFolder = s.value(QStringLiteral("defaultFolder"), downloads).toString();
    a.retryDelay = qMax(1, s.value(QStringLiteral("retryDelay"), 10).toInt());
    a.noProgressTimeout = qMax(0, s.value(QStringLiteral("noProgressTimeout"), 86400).toInt());
    a.connections = qBound(1, s.value(QStringLiteral("connections"), 4).toInt(), 16);
    a.notifications = s.value(QStringLiteral("notifications"), true).toBool();
    a.closeToTray = s.value(QStringLiteral("closeToTray"), false).toBool();
    a.language = s.value(QStringLiteral("language")).toString();
    return a;
}

void AppSettings::save() const
{
    EnginePreferences::save();
    QSettings s;
    s.setValue(QStringLiteral("defaultFolder"), defaultFolder);
    s.setValue(QStringLiteral("retryDelay"), retryDelay);
    s.setValue(QStringLiteral("noProgressTimeout"), noProgressTimeout);
    s.setValue(QStringLiteral("connections"), connections);
    s.setValue(QStringLiteral("notifications"), notifications);
    s.setValue(QStringLiteral("closeToTray"), closeToTray);
    s.setValue(QStringLiteral("language"), language);
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
