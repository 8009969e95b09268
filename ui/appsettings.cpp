#include "ui/appsettings.h"

#include <QDir>
#include <QSettings>

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    static_cast<EnginePreferences &>(a) = EnginePreferences::load();
    a.notifications = s.value(QStringLiteral("notifications"), true).toBool();
    a.closeToTray = s.value(QStringLiteral("closeToTray"), false).toBool();
    a.clipboardCapture = s.value(QStringLiteral("clipboardCapture"), false).toBool();
    a.browserAddAtOnce = s.value(QStringLiteral("browserAddAtOnce"), false).toBool();
    a.language = s.value(QStringLiteral("language")).toString();
    return a;
}

void AppSettings::save() const
{
    EnginePreferences::save();
    QSettings s;
    s.setValue(QStringLiteral("notifications"), notifications);
    s.setValue(QStringLiteral("closeToTray"), closeToTray);
    s.setValue(QStringLiteral("clipboardCapture"), clipboardCapture);
    s.setValue(QStringLiteral("browserAddAtOnce"), browserAddAtOnce);
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

bool AppSettings::oneDownloadForMany()
{
    return QSettings().value(QStringLiteral("addDialog/oneDownload"), false).toBool();
}

void AppSettings::setOneDownloadForMany(bool one)
{
    QSettings().setValue(QStringLiteral("addDialog/oneDownload"), one);
}
