#pragma once

#include "core/model/jobfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Which bytes of one file are on disk and which connection fetches what: what the details
// draw as a bar (like qBittorrent's pieces bar) and say in words. Pure, tested alone.
struct ByteRange
{
    qint64 start = 0;
    qint64 end = 0; // exclusive; -1 when it runs to an end not known yet
    bool operator==(const ByteRange &o) const { return start == o.start && end == o.end; }
};

struct FetchedRange
{
    int connection = 1; // numbered from 1, in the order of the file's bytes
    ByteRange range; // from the next byte to come to the end of its segment
    bool operator==(const FetchedRange &o) const
    {
        return connection == o.connection && range == o.range;
    }
};

struct FileRanges
{
    qint64 length = -1; // the file's size, -1 while the server has not said it
    QList<ByteRange> onDisk; // sorted, adjacent ranges joined
    QList<FetchedRange> fetching;

    // `connections` is how many connections fetch this file now: 0 when it is not being
    // transferred (paused, queued, waiting for an earlier file, finished).
    static FileRanges of(const JobFile &file, int connections);
    // "On disk: 0–12.0 MiB, 40.0–52.0 MiB; connection 1 fetches 12.0–20.0 MiB."
    QString description() const;

    Q_DECLARE_TR_FUNCTIONS(FileRanges)
};
