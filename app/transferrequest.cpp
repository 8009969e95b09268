#include "app/transferrequest.h"

#include "core/protocol/commandprocessor.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

QJsonObject TransferRequest::toJson() const
{
    QJsonArray list;
    for (const File &f : files)
        list.append(QJsonObject { { QStringLiteral("url"), f.url.toString(QUrl::FullyEncoded) },
            { QStringLiteral("localPath"), f.localPath }, { QStringLiteral("sha256"), f.sha256 } });
    QJsonArray headerList;
    for (const auto &[k, v] : headers)
        headerList.append(QJsonArray { QString::fromLatin1(k), QString::fromUtf8(v) });
    return CommandProcessor::request(QStringLiteral("createtransfer"),
        { { QStringLiteral("name"), jobName },
            { QStringLiteral("priority"), JobTypes::priorityName(priority) },
            { QStringLiteral("files"), list }, { QStringLiteral("retryDelay"), retry },
            { QStringLiteral("noProgressTimeout"), noProgressTimeout },
            { QStringLiteral("headers"), headerList },
            { QStringLiteral("connections"), connections },
            { QStringLiteral("rateLimit"), rate } });
}

std::optional<Job> TransferRequest::findUnfinished(const QList<Job> &jobs) const
{
    for (auto it = jobs.crbegin(); it != jobs.crend(); ++it) {
        const Job &job = *it;
        if (JobTypes::isFinal(job.state) || job.files.size() != files.size())
            continue;
        bool same = true;
        for (int i = 0; same && i < files.size(); ++i) {
            const JobFile &f = job.files.at(i);
            const File &want = files.at(i);
            const QFileInfo path(want.localPath);
            const bool namesFile = want.pathGiven && !path.isDir();
            same = f.remoteUrl == want.url && f.expectedSha256 == want.sha256.toLower()
                && f.nameFromUser == namesFile;
            if (same && namesFile) {
                // "name.ext" may have become "name (1).ext" when the name was taken.
                const QString chosen = QFileInfo(f.localPath).completeBaseName();
                same = f.folder == QDir::cleanPath(path.absolutePath())
                    && (chosen == path.completeBaseName()
                        || chosen.startsWith(path.completeBaseName() + QStringLiteral(" (")));
            } else if (same) {
                same = f.folder == QDir::cleanPath(want.localPath);
            }
        }
        if (same)
            return job;
    }
    return std::nullopt;
}
