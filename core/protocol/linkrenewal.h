#pragma once

#include "core/protocol/browsermessage.h"
#include "core/transfer/responsecheck.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>

// A file whose link expired (403, 404, 410, a page where the file was) waits for the
// browser to hand over a fresh link to the same bytes (PROTOCOL.md, "Renewing an expired
// link"). Pure rules: which download is the awaited one, and whether the fresh link's
// answer is the same entity, so that the bytes on disk are kept.
struct AwaitedLink
{
    QUuid job;
    int file = 0;
    QString name; // the file's name on disk, when known
    qint64 size = -1;
    QString etag;
    QString lastModified;
};

namespace LinkRenewal {

// The download is a new link for the awaited file: the same name (as Haul would save it),
// or the same known size.
bool matches(const AwaitedLink &awaited, const BrowserDownload &download);

enum class Entity
{
    Same, // size and validator agree: go on from the bytes on disk
    Different, // another size or version: only starting over would do
    Unusable // the link does not give the file (an error, a redirect, no size)
};
// The answer to `Range: bytes=0-0` on the fresh link.
Entity compare(const AwaitedLink &awaited, const ResponseHead &probe);

// What the answer to `renewlink` (CommandProcessor) says the fresh link must match.
AwaitedLink fromAnswer(const QJsonObject &answer);

} // namespace LinkRenewal
