#include "core/model/job.h"

#include <QFileInfo>
#include <QStringList>

void Job::forgetRetries()
{
    firstTransientErrorTime = QDateTime();
    currentRetryDelay = 0;
    retryAt = QDateTime();
}

JobProgress Job::progress() const
{
    JobProgress p;
    p.filesTotal = int(files.size());
    for (const JobFile &f : files) {
        if (p.bytesTotal >= 0)
            p.bytesTotal = f.bytesTotal < 0 ? -1 : p.bytesTotal + f.bytesTotal;
        p.bytesTransferred += f.bytesTransferred;
        if (f.transferred)
            ++p.filesTransferred;
    }
    return p;
}

int Job::currentFileIndex() const
{
    for (int i = 0; i < files.size(); ++i) {
        if (!files.at(i).transferred)
            return i;
    }
    return -1;
}

QString Job::name() const
{
    if (!displayName.isEmpty())
        return displayName;
    for (const JobFile &f : files) {
        if (!f.localPath.isEmpty())
            return QFileInfo(f.localPath).fileName();
        const QString name = nameFromUrl(f.remoteUrl);
        if (!name.isEmpty())
            return name;
    }
    return QString();
}

QString Job::nameFromUrl(const QUrl &url)
{
    const QString name = url.fileName(QUrl::FullyDecoded);
    const QString query = url.query(QUrl::FullyDecoded);
    if (name.isEmpty() || query.isEmpty())
        return name;
    // A name with an extension of its own names a file; a bare word or a script names the
    // place that serves many, and the query says which.
    static const QStringList scripts { QStringLiteral("php"), QStringLiteral("asp"),
        QStringLiteral("aspx"), QStringLiteral("jsp"), QStringLiteral("cgi"), QStringLiteral("pl"),
        QStringLiteral("py") };
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (!suffix.isEmpty() && !scripts.contains(suffix))
        return name;
    const int longest = 40; // a signed token of hundreds of characters is no name
    const QString shown = query.size() > longest ? query.left(longest - 1) + QChar(0x2026) : query;
    return QStringLiteral("%1 (%2)").arg(name, shown);
}
