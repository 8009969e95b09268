#pragma once

#include "core/model/job.h"

#include <QList>
#include <QString>

// How many downloads run and how far they are together, in the words of the status bar,
// the tray icon's tooltip and the notifications: "3 downloads running — 45 % of 1.2 GB,
// 2.3 MB/s".
struct DownloadTotals
{
    int running = 0; // Queued, Connecting or Transferring
    qint64 bytesDone = 0; // of the running downloads whose size is known
    qint64 bytesTotal = 0;
    double speed = 0; // bytes per second, of every download

    static DownloadTotals of(const QList<Job> &jobs, double speed);
    QString text() const; // "No downloads running" when none runs
    // For a notification once a download finished: what still runs, or that all are done.
    QString afterFinishing() const;
};
