#include "core/transfer/segmentplanner.h"

#include <algorithm>

namespace SegmentPlanner {

QList<FileSegment> initial(qint64 total, qint64 offset, int count)
{
    QList<FileSegment> segments;
    if (count < 1 || total <= offset)
        return segments;
    const qint64 chunk = (total - offset) / count;
    for (int i = 0; i < count; ++i) {
        FileSegment segment;
        segment.start = i == 0 ? 0 : offset + chunk * i;
        segment.end = i == count - 1 ? total : offset + chunk * (i + 1);
        segment.done = i == 0 ? offset : 0;
        segments.append(segment);
    }
    return segments;
}

qint64 nextRequestEnd(const FileSegment &s, qint64 chunk)
{
    return std::min(s.end, s.position() + std::max<qint64>(1, chunk));
}

int split(
    QList<FileSegment> &segments, const std::function<qint64(int)> &askedUpTo, qint64 minSegment)
{
    int best = -1;
    qint64 bestFree = 0;
    for (int i = 0; i < segments.size(); ++i) {
        const qint64 asked
            = std::clamp(askedUpTo(i), segments.at(i).position(), segments.at(i).end);
        const qint64 free = segments.at(i).end - asked;
        if (free > bestFree) {
            best = i;
            bestFree = free;
        }
    }
    if (best < 0)
        return -1;
    FileSegment &old = segments[best];
    const qint64 asked = std::clamp(askedUpTo(best), old.position(), old.end);
    // Half of what is left of the segment, but never a byte already asked for.
    const qint64 at = std::max(asked, old.position() + old.remaining() / 2);
    if (old.end - at < minSegment || at - old.position() < minSegment)
        return -1;
    FileSegment tail;
    tail.start = at;
    tail.end = old.end;
    old.end = at;
    segments.insert(best + 1, tail);
    return best + 1;
}

void merge(QList<FileSegment> &segments)
{
    for (int i = 0; i + 1 < segments.size();) {
        FileSegment &a = segments[i];
        const FileSegment &b = segments.at(i + 1);
        if (a.end == b.start && (a.finished() || b.done == 0)) {
            a.done = a.finished() ? (a.end - a.start) + b.done : a.done;
            a.end = b.end;
            segments.removeAt(i + 1);
            continue;
        }
        ++i;
    }
}

int segmentAt(const QList<FileSegment> &segments, qint64 offset)
{
    for (int i = 0; i < segments.size(); ++i) {
        if (offset >= segments.at(i).start && offset < segments.at(i).end)
            return i;
    }
    return -1;
}

qint64 bytesDone(const QList<FileSegment> &segments)
{
    qint64 done = 0;
    for (const FileSegment &s : segments)
        done += s.done;
    return done;
}

bool allFinished(const QList<FileSegment> &segments)
{
    return std::all_of(
        segments.cbegin(), segments.cend(), [](const FileSegment &s) { return s.finished(); });
}

} // namespace SegmentPlanner
