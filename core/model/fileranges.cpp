#include "core/model/fileranges.h"

#include "core/l10n/format.h"

#include <QLocale>

namespace {

void addOnDisk(QList<ByteRange> &ranges, qint64 start, qint64 end)
{
    if (end <= start)
        return;
    if (!ranges.isEmpty() && ranges.last().end == start)
        ranges.last().end = end;
    else
        ranges.append(ByteRange { start, end });
}

// "0–12.0 MiB": the start alone as a bare 0, which needs no unit.
QString rangeText(const ByteRange &r)
{
    const QString start = r.start == 0 ? QLocale().toString(0) : Format::size(r.start);
    if (r.end < 0)
        return FileRanges::tr("%1 onwards").arg(start);
    return QStringLiteral("%1–%2").arg(start, Format::size(r.end));
}

} // namespace

FileRanges FileRanges::of(const JobFile &file, int connections)
{
    FileRanges result;
    result.length = file.bytesTotal;
    if (file.segments.isEmpty()) {
        // One connection from start to end: the bytes on disk run from 0.
        const qint64 done
            = file.transferred && file.bytesTotal >= 0 ? file.bytesTotal : file.bytesTransferred;
        addOnDisk(result.onDisk, 0, done);
        if (connections > 0 && !file.transferred && (file.bytesTotal < 0 || done < file.bytesTotal))
            result.fetching.append(FetchedRange { 1, ByteRange { done, file.bytesTotal } });
        return result;
    }
    int connection = 0;
    for (const FileSegment &s : file.segments) {
        addOnDisk(result.onDisk, s.start, s.position());
        // As many unfinished segments are served as there are connections, in byte order.
        if (!s.finished() && connection < connections)
            result.fetching.append(
                FetchedRange { ++connection, ByteRange { s.position(), s.end } });
    }
    return result;
}

QString FileRanges::description() const
{
    QStringList disk;
    for (const ByteRange &r : onDisk)
        disk << rangeText(r);
    QStringList parts;
    parts << (disk.isEmpty() ? tr("Nothing on disk yet")
                             : tr("On disk: %1").arg(disk.join(QStringLiteral(", "))));
    for (const FetchedRange &f : fetching)
        parts << tr("connection %1 fetches %2").arg(f.connection).arg(rangeText(f.range));
    const bool whole = onDisk.size() == 1 && onDisk.first().start == 0 && length >= 0
        && onDisk.first().end >= length;
    if (fetching.isEmpty() && !whole)
        parts << tr("no connection fetches it now");
    const QString words = parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    return length < 0 ? tr("Size not known yet.") + QLatin1Char(' ') + words : words;
}
