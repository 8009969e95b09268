#include "app/clioutput.h"

#include "core/l10n/format.h"
#include "core/model/errorcodes.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
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

void answer(const QJsonObject &answer)
{
    QJsonObject shown = answer;
    shown.remove(QStringLiteral("version"));
    json(shown);
}

QString errorBlock(const JobError &error, int errorCount)
{
    QString text;
    text += QCoreApplication::translate("Cli", "Error: %1\n").arg(error.description());
    text += QCoreApplication::translate("Cli", "  Context:      %1 (%2) – %3\n")
                .arg(JobTypes::contextName(error.context))
                .arg(int(error.context))
                .arg(error.contextDescription());
    text += QCoreApplication::translate("Cli", "  Code:         %1 (%2)\n")
                .arg(ErrorCode::hex(error.code), error.codeName());
    if (error.hasFile())
        text += QCoreApplication::translate("Cli", "  File:         %1: %2 -> %3\n")
                    .arg(error.fileIndex)
                    .arg(error.remoteUrl,
                        error.localPath.isEmpty()
                            ? QCoreApplication::translate("Cli", "(name not known yet)")
                            : error.localPath);
    else
        text += QCoreApplication::translate("Cli", "  File:         not available\n");
    if (!error.protocol.isEmpty())
        text += QCoreApplication::translate("Cli", "  Protocol:     %1\n").arg(error.protocol);
    if (error.httpStatus > 0)
        text += QCoreApplication::translate("Cli", "  HTTP status:  %1 %2\n")
                    .arg(error.httpStatus)
                    .arg(error.httpReason);
    if (!error.details.isEmpty())
        text += QCoreApplication::translate("Cli", "  Details:      %1\n").arg(error.details);
    if (!error.certificate.isNull()) {
        const CertificateInfo &c = error.certificate;
        text += QCoreApplication::translate("Cli", "  Certificate:  %1 (host %2)\n")
                    .arg(c.subject, c.host);
        text += QCoreApplication::translate("Cli", "  Issuer:       %1\n").arg(c.issuer);
        text += QCoreApplication::translate("Cli", "  Valid:        %1 to %2\n")
                    .arg(Format::fullDate(c.notBefore), Format::fullDate(c.notAfter));
        text += QCoreApplication::translate("Cli", "  SHA-256:      %1\n").arg(c.fingerprint());
        text += QCoreApplication::translate("Cli",
            "  If you know this certificate is the server's, trust it for %1 with\n"
            "  \"haul trustcert JOB\", then resume the job.\n")
                    .arg(c.host);
    }
    text += QCoreApplication::translate("Cli", "  Error count:  %1\n").arg(errorCount);
    return text;
}

QString progressLine(const Job &job, double bytesPerSecond, int width)
{
    const JobProgress p = job.progress();
    QString line;
    if (p.bytesTotal > 0) {
        const double fraction = double(p.bytesTransferred) / double(p.bytesTotal);
        const int bar = std::clamp(width - 75, 10, 30);
        const int filled = int(fraction * bar);
        line += QLatin1Char('[') + QString(filled, QLatin1Char('#'))
            + QString(bar - filled, QLatin1Char('.')) + QStringLiteral("] ");
        line += QCoreApplication::translate("Cli", "%1 %").arg(int(fraction * 100), 3);
        line += QStringLiteral("  ");
        line += QCoreApplication::translate("Cli", "%1 of %2")
                    .arg(Format::size(p.bytesTransferred), Format::size(p.bytesTotal));
    } else {
        line += Format::size(p.bytesTransferred);
    }
    if (const QString rate = Format::speed(bytesPerSecond); !rate.isEmpty())
        line += QStringLiteral("  ") + rate;
    if (p.bytesTotal > 0 && bytesPerSecond > 1) {
        const qint64 left = qint64(double(p.bytesTotal - p.bytesTransferred) / bytesPerSecond);
        line += QStringLiteral("  ")
            + QCoreApplication::translate("Cli", "%1 left").arg(Format::duration(left));
    }
    line += QStringLiteral("  ") + JobTypes::stateDisplayName(job.state);
    return line;
}

QString credentialsInUrl(const QString &addressWithout)
{
    return QCoreApplication::translate("Cli",
        "the address %1 contains a user name or password, which would be kept in the job list: "
        "give the address without them, and the credentials with --header \"Authorization: "
        "Basic ...\" (kept in memory only) or, for a job that haul serve or the window runs, "
        "with haul setcredentials")
        .arg(addressWithout);
}

QString shownAddress(const QString &typed)
{
    static const QRegularExpression userInfo(
        QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@"));
    QString shown = typed;
    shown.replace(userInfo, QStringLiteral("\\1…@"));
    return shown;
}

} // namespace CliOutput
