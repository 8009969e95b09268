#pragma once

#include "core/model/joberror.h"
#include "core/model/jobfile.h"
#include "core/model/jobtypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUuid>
#include <optional>

struct ProxySettings
{
    enum class Mode
    {
        System,
        NoProxy,
        Override
    };
    Mode mode = Mode::System;
    QStringList proxies; // "http://host:port"
    QStringList bypass;
};

struct JobProgress
{
    qint64 bytesTotal = 0; // -1 when any file's size is unknown
    qint64 bytesTransferred = 0;
    int filesTotal = 0;
    int filesTransferred = 0;
};

// A snapshot of a job: a value that the engine hands out and persists. Credentials are
// not part of it; they never leave the engine.
struct Job
{
    QUuid id;
    QString displayName;
    QString description;
    JobState state = JobState::Suspended;
    JobPriority priority = JobPriority::Normal;
    QList<JobFile> files;
    QDateTime creationTime;
    QDateTime modificationTime;
    QDateTime transferCompletionTime;
    quint32 notifyFlags = 0x3;
    int minimumRetryDelay = 10;
    int noProgressTimeout = 86400;
    int errorCount = 0;
    ProxySettings proxy;
    QList<QPair<QByteArray, QByteArray>> headers; // extra request headers
    int connections = 1; // per file; more than one comes with segmented downloads
    qint64 rateLimit = 0; // bytes per second, 0 = unlimited
    int queuePosition = 0; // its place in the queue, lower first (Engine::moveInQueue)
    // bitsadmin /SetNotifyCmdLine: run (never through a shell) when the job enters
    // Transferred or Error; empty = none. An absolute path, checked when it was set.
    QString notifyProgram;
    QStringList notifyArguments;
    std::optional<JobError> error;

    // Retry bookkeeping, persisted so that a restart keeps the back-off.
    int currentRetryDelay = 0; // 0 = use minimumRetryDelay
    QDateTime retryAt;
    QDateTime firstTransientErrorTime; // start of the current no-progress window

    JobProgress progress() const;
    // Resume and Restart start the retry back-off and the no-progress window afresh.
    void forgetRetries();
    int currentFileIndex() const; // first file not yet transferred, -1 when none
    // What to call the job: its display name, else its first file's name on disk, else a
    // name from its first address (nameFromUrl); empty when none gives one.
    QString name() const;
    // The address's last segment, with its query when that segment alone tells nothing
    // apart ("404 (a=1)" for http://h/404?a=1, as a script's "get.php (id=7)"); the name on
    // disk follows other rules (FileNameSanitizer) once the server answers.
    static QString nameFromUrl(const QUrl &url);
};
