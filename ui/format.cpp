#include "format.h"

#include <QCoreApplication>
#include <QLocale>

namespace Format {

QString size(qint64 bytes)
{
    if (bytes < 0)
        return QCoreApplication::translate("Format", "unknown");
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString speed(double bytesPerSecond)
{
    if (bytesPerSecond < 1)
        return QString();
    return QCoreApplication::translate("Format", "%1/s")
        .arg(QLocale().formattedDataSize(qint64(bytesPerSecond), 1,
            QLocale::DataSizeTraditionalFormat));
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        return QString();
    if (seconds < 60)
        return QCoreApplication::translate("Format", "%1 s").arg(seconds);
    if (seconds < 3600)
        return QCoreApplication::translate("Format", "%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60);
    if (seconds < 86400)
        return QCoreApplication::translate("Format", "%1 h %2 min")
            .arg(seconds / 3600)
            .arg((seconds % 3600) / 60);
    return QCoreApplication::translate("Format", "%1 d %2 h")
        .arg(seconds / 86400)
        .arg((seconds % 86400) / 3600);
}

QString dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace Format
