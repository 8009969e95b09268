#pragma once

#include <QDateTime>
#include <QString>

// Sizes, speeds, durations and times for people, in the user's language: the window and
// the command line both say them so.
namespace Format {
QString size(qint64 bytes); // "12.5 MiB", "1 byte", "unknown" when negative
QString speed(double bytesPerSecond); // "1.2 MiB/s", empty when below 1 byte/s
QString duration(qint64 seconds); // "2 h 5 min", "45 s"
QString dateTime(const QDateTime &time); // short date and time, empty when invalid
// Short date and time with seconds, for a history where several events share a minute.
QString preciseDateTime(const QDateTime &time);
QString compactDateTime(const QDateTime &time); // the time for today, else the date
// The date alone, in the locale's short order but always with four digits for the year:
// a certificate valid until "10/30/26" could be 2026 or 2126.
QString fullDate(const QDateTime &time);
} // namespace Format
