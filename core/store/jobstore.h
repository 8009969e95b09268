#pragma once

#include "core/store/storeschema.h"

#include "core/model/job.h"
#include "core/model/jobevent.h"
#include "core/store/storeopenresult.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>

// The SQLite job store: jobs, their files, their error objects and progress. Lives on the
// engine thread (a QSqlDatabase connection belongs to the thread that opened it).
class JobStore
{
public:
    static constexpr int SchemaVersion = StoreSchema::Current;
    static constexpr int MaxEventsPerJob = 200;

    using OpenStatus = StoreOpenStatus;
    using OpenResult = StoreOpenResult;

    JobStore();
    ~JobStore();
    JobStore(const JobStore &) = delete;
    JobStore &operator=(const JobStore &) = delete;

    OpenResult open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    QList<Job> loadJobs(QString *problem = nullptr);
    // The job, its files and its error, in one transaction. With onlyFile >= 0 only that
    // file's row is written with the job (the others are known unchanged): a job of
    // thousands of files costs one row per finished file, not thousands.
    // JobOnly: the job's own row (and error) only, its files known unchanged.
    static constexpr int JobOnly = -2;
    bool saveJob(const Job &job, int onlyFile = -1);
    // One file's row only: progress and finished files, the most frequent writes.
    bool saveFile(const QUuid &jobId, int index, const JobFile &file);
    // Only the file's local name: the claim on a name, written before its temporary file
    // exists. False when the file has no row.
    bool saveFileName(const QUuid &jobId, int index, const QString &localPath);
    // Several files' rows in one transaction (the files a batched sync made durable).
    struct FileRow
    {
        QUuid jobId;
        int index = 0;
        JobFile file;
    };
    bool saveFiles(const QList<FileRow> &rows);
    bool removeJob(const QUuid &id);
    // The jobs' places in the queue (loadJobs returns them in that order), in one
    // transaction; a job not named keeps its place.
    bool saveQueueOrder(const QList<QPair<QUuid, int>> &positions);
    bool appendEvent(const QUuid &id, const JobEvent &event);
    QList<JobEvent> loadEvents(const QUuid &id); // oldest first, the newest MaxEventsPerJob
    // Server certificates the user trusted, each for one host (pinned by SHA-256).
    QList<CertificateInfo> trustedCertificates();
    bool addTrustedCertificate(const CertificateInfo &certificate);
    bool removeTrustedCertificate(const QString &host, const QString &sha256);
    // Which jobs have credentials in the system keychain: (job, target, scheme) only; the
    // user name and the secret never enter the store.
    struct CredentialRef
    {
        QUuid jobId;
        int target = 0;
        int scheme = 0;
    };
    QList<CredentialRef> credentialRefs();
    bool addCredentialRef(const CredentialRef &ref);
    bool removeCredentialRefs(const QUuid &jobId);
    QString lastError() const { return m_lastError; }

private:
    bool exec(const QString &sql);
    bool run(QSqlQuery &query); // exec; on failure remembers why in lastError()
    // A statement prepared once per open store: saving a job runs often.
    QSqlQuery &prepared(const QString &sql);
    QSqlQuery &bindFile(const QString &jobId, int index, const JobFile &file);
    bool upgrade(); // to SchemaVersion, in one transaction under the write lock
    OpenResult moveAside(const QString &reason);

    QString m_connectionName;
    QString m_path;
    QString m_lastError;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
};
