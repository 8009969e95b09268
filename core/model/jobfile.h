#pragma once

#include <QList>
#include <QString>
#include <QUrl>

// A byte range of a file fetched over its own connection: [start, end), of which the
// first `done` bytes are on disk.
struct FileSegment
{
    qint64 start = 0;
    qint64 end = 0;
    qint64 done = 0;
    qint64 position() const { return start + done; }
    qint64 remaining() const { return end - start - done; }
    bool finished() const { return done >= end - start; }
    bool operator==(const FileSegment &o) const
    {
        return start == o.start && end == o.end && done == o.done;
    }
};

// One remote URL -> local path of a job.
struct JobFile
{
    QUrl remoteUrl;
    // Absolute final path. Empty while the name is still to come from the server
    // (Content-Disposition or URL); the file then goes into `folder`.
    QString localPath;
    QString folder;
    bool nameFromUser = false;
    qint64 bytesTotal = -1;
    qint64 bytesTransferred = 0;
    bool transferred = false; // every byte received (and verified)
    bool completed = false; // the final file exists after Complete
    // What the server told us; a resume is attempted only with a validator.
    QString etag;
    QString lastModified;
    bool resumable = false;
    QString expectedSha256; // lower-case hex, empty when none
    // Set while the file is fetched over several connections; bytesTransferred is then the
    // sum of their `done`. Empty for a file fetched from start to end over one connection.
    QList<FileSegment> segments;

    QString tempPath() const
    {
        return localPath.isEmpty() ? QString() : localPath + QStringLiteral(".haul-part");
    }
    QString validator() const { return etag.isEmpty() ? lastModified : etag; }
};
