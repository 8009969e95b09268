#pragma once

#include "core/model/jobfile.h"

#include <QList>
#include <functional>

// Where the connections of a segmented file ask for bytes: pure rules over a file's
// segments, tested alone. A segment's bytes are on disk from its start, `done` of them.
namespace SegmentPlanner {

// The first layout of a file whose open response has written [0, offset): segment 0 holds
// those bytes and is served on by that response; the rest is cut into count - 1 parts.
QList<FileSegment> initial(qint64 total, qint64 offset, int count);

// The end (exclusive) of the next request for segment s: a piece of at most `chunk` bytes,
// so a later split only ever takes bytes that no connection has asked for yet.
qint64 nextRequestEnd(const FileSegment &s, qint64 chunk);

// Splits, from the segment with most bytes nobody asked for, the second half of those
// bytes into a new segment after it, if both halves keep at least minSegment bytes.
// askedUpTo(i) says how far segment i's bytes are asked for (its position when no
// connection serves it). Returns the new segment's index, or -1.
int split(
    QList<FileSegment> &segments, const std::function<qint64(int)> &askedUpTo, qint64 minSegment);

// For one connection reading forward: joins a segment with the next one when the bytes on
// disk still run unbroken from the first's start (the first finished, or the next empty).
// The bytes counted stay the same.
void merge(QList<FileSegment> &segments);

// The index of the segment that holds byte `offset`, or -1.
int segmentAt(const QList<FileSegment> &segments, qint64 offset);

qint64 bytesDone(const QList<FileSegment> &segments);
bool allFinished(const QList<FileSegment> &segments);

} // namespace SegmentPlanner
