#pragma once

#include "app/transferprogress.h"
#include "app/transferrequest.h"
#include "core/engine/engine.h"
#include "core/model/errorcodes.h"
#include "core/protocol/exitcodes.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUuid>

class StoreOwner;
class QCommandLineParser;
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
    // Each returns -1 when the arguments are good, else the exit status, told the user.
    int parseArguments(const QStringList &arguments, TransferRequest *options);
    int parseNumbers(const QCommandLineParser &parser, TransferRequest *options);
    int parseHeaders(const QStringList &values, TransferRequest *options);
    int parseFiles(const QCommandLineParser &parser, TransferRequest *options);
    int parseSums(const QStringList &sums, TransferRequest *options);
    int startRemote(const TransferRequest &options, const QString &storePath, qint64 ownerPid);
    void pollRemoteJob();
    int startLocal(const TransferRequest &options, const QString &storePath);
    CallResult prepareJob(const TransferRequest &options);
    CallResult continueJob(const Job &unfinished, const TransferRequest &options);
    CallResult createJob(const TransferRequest &options);

    int usageError(const QString &message, quint32 code = ErrorCode::E_InvalidArg);
    // With --json, the answer object every verb prints, with the job when there is one.
    void printAnswer(int exit, quint32 code, const QString &message = QString());
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
    bool m_done = false;
    TransferProgress m_progress;
};
