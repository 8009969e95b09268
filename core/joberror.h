#pragma once

#include "jobtypes.h"

#include <QDateTime>
#include <QString>

// The error object of a job (IBackgroundCopyError). It exists only while the job is in
// Error or TransientError, until the job next enters Transferring.
struct JobError
{
    ErrorContext context = ErrorContext::None;
    quint32 code = 0;
    int fileIndex = -1; // -1: not tied to a file (BG_E_FILE_NOT_AVAILABLE)
    QString remoteUrl;
    QString localPath;
    QString protocol; // "http", "https" or empty when not a protocol error
    int httpStatus = 0;
    QString httpReason;
    QString details; // the underlying Qt/OS message
    QDateTime time;

    bool hasFile() const { return fileIndex >= 0; }
    QString codeName() const;
    QString description() const;
    QString contextDescription() const;
    bool isTransient() const;
};
