#include "core/l10n/format.h"

#include <QCoreApplication>
#include <QLocale>

namespace Format {

QString size(qint64 bytes)
{
    if (bytes < 0)
        return QCoreApplication::translate("Format", "unknown");
    // Below a KiB, a count of bytes with each language's plural forms (Qt's own "%1 bytes"
    // gives the Russian "0 байты").
    if (bytes < 1024)
        return QCoreApplication::translate("Format", "%n byte(s)", nullptr, int(bytes));
    // Binary units named as such (KiB, MiB), as the speed limit is set: the window and the
    // command line say the same.
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString speed(double bytesPerSecond)
{
    if (bytesPerSecond < 1)
        return QString();
    return QCoreApplication::translate("Format", "%1/s").arg(size(qint64(bytesPerSecond)));
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        return QString();
    if (seconds < 60)
        return QCoreApplication::translate("Format", "%1 s").arg(seconds);
    // The two largest units, the second left out when it is zero.
    if (seconds < 3600)
        return seconds % 60 == 0 ? QCoreApplication::translate("Format", "%1 min").arg(seconds / 60)
                                 : QCoreApplication::translate("Format", "%1 min %2 s")
                                       .arg(seconds / 60)
                                       .arg(seconds % 60);
    if (seconds < 86400)
        return (seconds % 3600) / 60 == 0
            ? QCoreApplication::translate("Format", "%1 h").arg(seconds / 3600)
            : QCoreApplication::translate("Format", "%1 h %2 min")
                  .arg(seconds / 3600)
                  .arg((seconds % 3600) / 60);
    return (seconds % 86400) / 3600 == 0
        ? QCoreApplication::translate("Format", "%1 d").arg(seconds / 86400)
        : QCoreApplication::translate("Format", "%1 d %2 h")
              .arg(seconds / 86400)
              .arg((seconds % 86400) / 3600);
}

QString dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString preciseDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    // The locale's short date and time, with the seconds put after the minutes in the
    // locale's own separator ("M/d/yy h:mm:ss AP", "dd.MM.yyyy HH:mm:ss").
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    const int minutes = format.indexOf(QLatin1String("mm"));
    if (!format.contains(QLatin1String("ss")) && minutes > 0) {
        const QChar separator = format.at(minutes - 1);
        format.insert(minutes + 2, QString(separator) + QStringLiteral("ss"));
    }
    return locale.toString(time.toLocalTime(), format);
}

QString fullDate(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(time.toLocalTime().date(), format);
}

QString compactDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    const QDateTime local = time.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local.date(), QLocale::ShortFormat);
}

} // namespace Format
