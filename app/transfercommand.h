#pragma once

#include "core/engine/engine.h"
#include "core/model/errorcodes.h"
#include "core/protocol/exitcodes.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUuid>

class StoreOwner;
class QTimer;

// `haul transfer`: one job, created, resumed and waited for; Complete on Transferred.
class TransferCommand : public QObject
{
    Q_OBJECT
public:
    explicit TransferCommand(QObject *parent = nullptr);
    ~TransferCommand() override;

    // Returns an exit status at once for bad input, or -1 when the transfer runs and
    // finished() will tell the status.
    int start(const QStringList &arguments);
    static QString helpText();

signals:
    void finished(int exitCode);

private:
    struct FileRequest
    {
        QUrl url;
        QString localPath; // absolute; a folder or a file
        QString sha256;
        bool pathGiven = false;
    };

    int usageError(const QString &message, quint32 code = ErrorCode::E_InvalidArg);
    // With --json, the answer object every verb prints, with the job when there is one.
    void printAnswer(int exit, quint32 code, const QString &message = QString());
    std::optional<Job> findUnfinishedJob(const QList<FileRequest> &files) const;
    void startWatching();
    // The job as the engine sees it: in this process, or in the store's owner.
    QJsonObject askOwner(const QString &verb) const;
    std::optional<Job> currentJob() const;
    CallResult completeJob();
    void onTransferred(const QUuid &id);
    void onError(const QUuid &id, const JobError &error);
    void onSignal(int number);
    void showProgress(bool final = false);
    void finish(int exitCode);

    Engine *m_engine = nullptr;
    StoreOwner *m_owner = nullptr;
    QTimer *m_progressTimer = nullptr;
    QUuid m_id;
    bool m_json = false;
    bool m_reused = false;
    bool m_remote = false; // another process owns the store and runs the job
    QString m_storePath;
    bool m_terminal = false;
    bool m_done = false;
    QElapsedTimer m_clock;
    QList<QPair<qint64, qint64>> m_samples; // (ms, bytes) for the speed
    qint64 m_lastLine = 0;
};
