#pragma once

#include "core/model/job.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <optional>

// What a `haul transfer` command line asks for, once checked: one job's files and settings.
struct TransferRequest
{
    struct File
    {
        QUrl url;
        QString localPath; // absolute; a folder or a file
        QString sha256;
        bool pathGiven = false;
    };

    QString jobName;
    bool nameGiven = false; // --name, even empty
    JobPriority priority = JobPriority::Normal;
    int connections = 4;
    int retry = 10;
    int noProgressTimeout = 86400;
    qint64 rate = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QList<File> files;
    QString store; // --store as given

    // The createtransfer request that has the store's owner create and run the job.
    QJsonObject toJson() const;
    // The newest unfinished job of `jobs` with these files: running the same command again
    // continues it.
    std::optional<Job> findUnfinished(const QList<Job> &jobs) const;
};
