#include "clioutput.h"

#include "errorcodes.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <cstdio>

namespace CliOutput {

void out(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void json(const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString size(qint64 bytes)
{
    if (bytes < 0)
        return QCoreApplication::translate("Cli", "unknown size");
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString speed(double bytesPerSecond)
{
    return QCoreApplication::translate("Cli", "%1/s").arg(size(qint64(bytesPerSecond)));
}

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return QCoreApplication::translate("Cli", "%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return QCoreApplication::translate("Cli", "%n min", nullptr, int(seconds / 60));
    return QCoreApplication::translate("Cli", "%n h", nullptr, int(seconds / 3600));
}

QString errorBlock(const JobError &error, int errorCount)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Cli", text); };
    QString text;
    text += tr("Error: %1\n").arg(error.description());
    text += tr("  Context:      %1 (%2) – %3\n")
                .arg(JobTypes::contextName(error.context))
                .arg(int(error.context))
                .arg(error.contextDescription());
    text += tr("  Code:         %1 (%2)\n").arg(ErrorCode::hex(error.code), error.codeName());
    if (error.hasFile())
        text += tr("  File:         %1: %2 -> %3\n")
                    .arg(error.fileIndex)
                    .arg(error.remoteUrl, error.localPath.isEmpty() ? tr("(name not known yet)") : error.localPath);
    else
        text += tr("  File:         not available\n");
    if (!error.protocol.isEmpty())
        text += tr("  Protocol:     %1\n").arg(error.protocol);
    if (error.httpStatus > 0)
        text += tr("  HTTP status:  %1 %2\n").arg(error.httpStatus).arg(error.httpReason);
    if (!error.details.isEmpty())
        text += tr("  Details:      %1\n").arg(error.details);
    text += tr("  Errors so far: %1\n").arg(errorCount);
    return text;
}

QString progressLine(const Job &job, double bytesPerSecond, int width)
{
    const JobProgress p = job.progress();
    QString line;
    if (p.bytesTotal > 0) {
        const double fraction = double(p.bytesTransferred) / double(p.bytesTotal);
        const int bar = std::clamp(width - 60, 10, 40);
        const int filled = int(fraction * bar);
        line += QLatin1Char('[') + QString(filled, QLatin1Char('#')) + QString(bar - filled, QLatin1Char('.'))
            + QStringLiteral("] ");
        line += QCoreApplication::translate("Cli", "%1 %").arg(int(fraction * 100), 3);
        line += QStringLiteral("  ");
        line += QCoreApplication::translate("Cli", "%1 of %2").arg(size(p.bytesTransferred), size(p.bytesTotal));
    } else {
        line += size(p.bytesTransferred);
    }
    line += QStringLiteral("  ") + speed(bytesPerSecond);
    if (p.bytesTotal > 0 && bytesPerSecond > 1) {
        const qint64 left = qint64(double(p.bytesTotal - p.bytesTransferred) / bytesPerSecond);
        line += QStringLiteral("  ") + QCoreApplication::translate("Cli", "%1 left").arg(duration(left));
    }
    line += QStringLiteral("  ") + JobTypes::stateDisplayName(job.state);
    return line;
}

} // namespace CliOutput
