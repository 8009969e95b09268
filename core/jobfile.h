#pragma once

#include <QString>
#include <QUrl>

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

    QString tempPath() const
    {
        return localPath.isEmpty() ? QString() : localPath + QStringLiteral(".haul-part");
    }
    QString validator() const { return etag.isEmpty() ? lastModified : etag; }
};
