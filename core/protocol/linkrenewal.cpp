#include "core/protocol/linkrenewal.h"

#include "core/transfer/filenamesanitizer.h"

namespace LinkRenewal {

bool matches(const AwaitedLink &awaited, const BrowserDownload &download)
{
    QString name = FileNameSanitizer::sanitize(download.fileName);
    if (name.isEmpty())
        name = FileNameSanitizer::nameFromUrl(download.url);
    if (!awaited.name.isEmpty() && name == awaited.name)
        return true;
    return awaited.size > 0 && download.size == awaited.size;
}

Entity compare(const AwaitedLink &awaited, const ResponseHead &probe)
{
    qint64 total = -1;
    if (probe.status == 206) {
        const int slash = probe.contentRange.lastIndexOf('/');
        bool ok = false;
        total = slash < 0 ? -1 : probe.contentRange.mid(slash + 1).trimmed().toLongLong(&ok);
        if (!ok)
            total = -1;
    } else if (probe.status == 200) {
        bool ok = false;
        total = probe.contentLength.trimmed().toLongLong(&ok);
        if (!ok)
            total = -1;
    } else {
        return Entity::Unusable;
    }
    if (total < 0 || awaited.size < 0)
        return Entity::Unusable;
    if (total != awaited.size)
        return Entity::Different;
    // A weak ETag says nothing about the bytes (RFC 9110 8.8.1).
    const QString etag = QString::fromLatin1(probe.etag);
    if (!awaited.etag.isEmpty())
        return !etag.startsWith(QLatin1String("W/")) && etag == awaited.etag ? Entity::Same
                                                                             : Entity::Different;
    if (!awaited.lastModified.isEmpty())
        return QString::fromLatin1(probe.lastModified) == awaited.lastModified ? Entity::Same
                                                                               : Entity::Different;
    return Entity::Different; // nothing proves these are the same bytes
}

AwaitedLink fromAnswer(const QJsonObject &answer)
{
    const QJsonObject a = answer.value(QStringLiteral("awaiting")).toObject();
    AwaitedLink awaited;
    awaited.job = QUuid::fromString(
        answer.value(QStringLiteral("job")).toObject().value(QStringLiteral("id")).toString());
    awaited.file = answer.value(QStringLiteral("fileIndex")).toInt();
    awaited.name = a.value(QStringLiteral("name")).toString();
    awaited.size = a.value(QStringLiteral("size")).toInteger(-1);
    awaited.etag = a.value(QStringLiteral("etag")).toString();
    awaited.lastModified = a.value(QStringLiteral("lastModified")).toString();
    return awaited;
}

} // namespace LinkRenewal
