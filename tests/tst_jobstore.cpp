#include "core/model/errorcodes.h"
#include "core/store/jobstore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestJobStore : public QObject
{
    Q_OBJECT
private:
    static Job sampleJob()
    {
        Job job;
        job.id = QUuid::createUuid();
        job.displayName = QStringLiteral("Отчёт & co");
        job.description = QStringLiteral("desc");
        job.state = JobState::TransientError;
        job.priority = JobPriority::High;
        job.creationTime = QDateTime::currentDateTime().addSecs(-60);
        job.modificationTime = QDateTime::currentDateTime();
        job.notifyFlags = 0x1B;
        job.minimumRetryDelay = 7;
        job.noProgressTimeout = 300;
        job.errorCount = 3;
        job.currentRetryDelay = 28;
        job.retryAt = QDateTime::currentDateTime().addSecs(28);
        job.firstTransientErrorTime = QDateTime::currentDateTime().addSecs(-30);
        job.proxy.mode = ProxySettings::Mode::Override;
        job.proxy.proxies = { QStringLiteral("http://proxy:3128") };
        job.headers = { { "X-Token", "abc" } };
        job.connections = 4;
        job.rateLimit = 1000;
        JobFile f;
        f.remoteUrl = QUrl(QStringLiteral("https://example.org/a%20b.iso"));
        f.localPath = QStringLiteral("/tmp/a b.iso");
        f.folder = QStringLiteral("/tmp");
        f.nameFromUser = true;
        f.bytesTotal = 1000;
        f.bytesTransferred = 500;
        f.etag = QStringLiteral("\"abc\"");
        f.lastModified = QStringLiteral("Tue, 01 Sep 2026 10:00:00 GMT");
        f.resumable = true;
        f.expectedSha256 = QString(64, QLatin1Char('a'));
        job.files.append(f);
        JobFile g;
        g.remoteUrl = QUrl(QStringLiteral("http://example.org/b"));
        g.folder = QStringLiteral("/tmp");
        job.files.append(g);
        JobError e;
        e.context = ErrorContext::RemoteFile;
        e.code = ErrorCode::fromHttpStatus(503);
        e.fileIndex = 0;
        e.remoteUrl = f.remoteUrl.toString();
        e.localPath = f.localPath;
        e.protocol = QStringLiteral("https");
        e.httpStatus = 503;
        e.httpReason = QStringLiteral("Service Unavailable");
        e.details = QStringLiteral("details");
        e.time = QDateTime::currentDateTime();
        job.error = e;
        return job;
    }

private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
        const Job job = sampleJob();
        {
            JobStore store;
            QVERIFY(store.open(path).ok());
            QCOMPARE(store.schemaVersion(), JobStore::SchemaVersion);
            QVERIFY(store.saveJob(job));
        }
        JobStore store;
        QVERIFY(store.open(path).ok());
        const QList<Job> loaded = store.loadJobs();
        QCOMPARE(loaded.size(), 1);
        const Job &j = loaded.first();
        QCOMPARE(j.id, job.id);
        QCOMPARE(j.displayName, job.displayName);
        QCOMPARE(j.state, JobState::TransientError);
        QCOMPARE(j.priority, JobPriority::High);
        QCOMPARE(j.notifyFlags, 0x1Bu);
        QCOMPARE(j.minimumRetryDelay, 7);
        QCOMPARE(j.noProgressTimeout, 300);
        QCOMPARE(j.errorCount, 3);
        QCOMPARE(j.currentRetryDelay, 28);
        QCOMPARE(j.retryAt.toMSecsSinceEpoch(), job.retryAt.toMSecsSinceEpoch());
        QCOMPARE(j.creationTime.toMSecsSinceEpoch(), job.creationTime.toMSecsSinceEpoch());
        QCOMPARE(j.proxy.mode, ProxySettings::Mode::Override);
        QCOMPARE(j.proxy.proxies, job.proxy.proxies);
        QCOMPARE(j.headers, job.headers);
        QCOMPARE(j.connections, 4);
        QCOMPARE(j.rateLimit, 1000);
        QCOMPARE(j.files.size(), 2);
        QCOMPARE(j.files[0].remoteUrl, job.files[0].remoteUrl);
        QCOMPARE(j.files[0].localPath, job.files[0].localPath);
        QCOMPARE(j.files[0].bytesTransferred, 500);
        QCOMPARE(j.files[0].etag, job.files[0].etag);
        QCOMPARE(j.files[0].expectedSha256, job.files[0].expectedSha256);
        QVERIFY(j.files[0].resumable);
        QVERIFY(j.files[0].nameFromUser);
        QCOMPARE(j.files[1].localPath, QString());
        QCOMPARE(j.files[1].bytesTotal, -1);
        QVERIFY(j.error.has_value());
        QCOMPARE(j.error->code, 0x801901F7u);
        QCOMPARE(j.error->context, ErrorContext::RemoteFile);
        QCOMPARE(j.error->httpStatus, 503);
        QCOMPARE(j.error->fileIndex, 0);
    }

    void updatesReplaceFilesAndClearTheError()
    {
        QTemporaryDir dir;
        JobStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite"))).ok());
        Job job = sampleJob();
        QVERIFY(store.saveJob(job));
        job.files.removeLast();
        job.error.reset();
        job.state = JobState::Queued;
        QVERIFY(store.saveJob(job));
        Job other = sampleJob();
        QVERIFY(store.saveJob(other));
        const QList<Job> loaded = store.loadJobs();
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded[0].id, job.id); // creation order is kept
        QCOMPARE(loaded[0].files.size(), 1);
        QVERIFY(!loaded[0].error.has_value());
        QVERIFY(store.removeJob(job.id));
        QCOMPARE(store.loadJobs().size(), 1);
    }

    void jobOnlyLeavesTheFilesAlone()
    {
        QTemporaryDir dir;
        JobStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite"))).ok());
        Job job = sampleJob();
        QVERIFY(store.saveJob(job));
        // The job's own fields change; the files in memory too, but JobOnly writes the
        // job's row (and its error) and nothing of the files.
        job.displayName = QStringLiteral("renamed");
        job.state = JobState::Transferring;
        job.error.reset();
        job.files[0].bytesTransferred = 999;
        job.files.removeLast();
        QVERIFY(store.saveJob(job, JobStore::JobOnly));
        const QList<Job> loaded = store.loadJobs();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded[0].displayName, QStringLiteral("renamed"));
        QCOMPARE(loaded[0].state, JobState::Transferring);
        QVERIFY(!loaded[0].error.has_value());
        QCOMPARE(loaded[0].files.size(), 2);
        QCOMPARE(loaded[0].files[0].bytesTransferred, 500);
    }

    void aClaimedNameChangesOnlyTheName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("claim.sqlite"));
        const Job job = sampleJob();
        {
            JobStore store;
            QVERIFY(store.open(path).ok());
            QVERIFY(store.saveJob(job));
            QVERIFY(store.saveFileName(job.id, 1, QStringLiteral("/tmp/claimed.bin")));
            // No row, no claim: the caller learns it and writes the whole row instead.
            QVERIFY(!store.saveFileName(job.id, 7, QStringLiteral("/tmp/x.bin")));
            QVERIFY(!store.saveFileName(QUuid::createUuid(), 0, QStringLiteral("/tmp/x.bin")));
        }
        JobStore store;
        QVERIFY(store.open(path).ok());
        const QList<Job> loaded = store.loadJobs();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded[0].files.size(), job.files.size());
        QCOMPARE(loaded[0].files[1].localPath, QStringLiteral("/tmp/claimed.bin"));
        QCOMPARE(loaded[0].files[1].bytesTransferred, job.files[1].bytesTransferred);
        QCOMPARE(loaded[0].files[1].etag, job.files[1].etag);
        QCOMPARE(loaded[0].files[0].localPath, job.files[0].localPath);
    }

    void credentialHeadersAreNeverStored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("headers.sqlite"));
        Job job = sampleJob();
        job.headers = { { "X-Token", "abc" }, { "Authorization", "Bearer TOPSECRET" },
            { "cookie", "session=COOKIESECRET" }, { "Proxy-Authorization", "Basic PROXYSECRET" } };
        {
            JobStore store;
            QVERIFY(store.open(path).ok());
            QVERIFY(store.saveJob(job));
        }
        {
            JobStore store;
            QVERIFY(store.open(path).ok());
            const QList<Job> loaded = store.loadJobs();
            QCOMPARE(loaded.size(), 1);
            const QList<QPair<QByteArray, QByteArray>> kept { { "X-Token", "abc" } };
            QCOMPARE(loaded[0].headers, kept);
        }
        for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
            QFile f(path + suffix);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains("TOPSECRET"));
            QVERIFY(!bytes.contains("COOKIESECRET"));
            QVERIFY(!bytes.contains("PROXYSECRET"));
        }
    }

    void segmentsRoundTripAndBadOnesAreDropped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("segments.sqlite"));
        JobStore store;
        QVERIFY(store.open(path).ok());
        Job job;
        job.id = QUuid::createUuid();
        JobFile f;
        f.remoteUrl = QUrl(QStringLiteral("http://example.org/big.iso"));
        f.localPath = dir.filePath(QStringLiteral("big.iso"));
        f.bytesTotal = 3000;
        f.segments = { { 0, 1000, 1000 }, { 1000, 2200, 300 }, { 2200, 3000, 0 } };
        f.bytesTransferred = 1300;
        job.files = { f };
        QVERIFY(store.saveJob(job));
        const JobFile back = store.loadJobs().at(0).files.at(0);
        QCOMPARE(back.segments, f.segments);
        QCOMPARE(back.bytesTransferred, 1300); // the sum of the segments' bytes

        // Segments that do not tile the file are not trusted: the file continues over one
        // connection from what it can trust.
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poke"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const char *bad : { "0-1000:1000,1200-3000:0", "0-1000:2000,1000-3000:0", "garbage",
                 "0-1000:10,1000-2000:0" }) {
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("UPDATE files SET segments = '%1'").arg(QLatin1String(bad))));
            QVERIFY2(store.loadJobs().at(0).files.at(0).segments.isEmpty(), bad);
            // Their bytes lie scattered in the temporary file: the file starts over.
            QCOMPARE(store.loadJobs().at(0).files.at(0).bytesTransferred, 0);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("poke"));
    }

    void walMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.sqlite"));
        JobStore store;
        QVERIFY(store.open(path).ok());
        QVERIFY(store.saveJob(sampleJob()));
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    }

    void jobsKeepTheirCreationOrderUntilTheQueueIsReordered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("order.sqlite"));
        QList<QUuid> ids;
        {
            JobStore store;
            QVERIFY(store.open(path).ok());
            for (int i = 0; i < 3; ++i) {
                Job job = sampleJob();
                job.id = QUuid::createUuid();
                job.displayName = QString::number(i);
                QVERIFY(store.saveJob(job));
                ids << job.id;
            }
            const QList<Job> loaded = store.loadJobs();
            QCOMPARE(loaded.size(), 3);
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(loaded[i].id, ids[i]);
                QCOMPARE(loaded[i].queuePosition, i + 1);
            }
            QVERIFY(store.saveQueueOrder({ { ids[2], 1 }, { ids[0], 2 }, { ids[1], 3 } }));
            // Saving a job again leaves its place alone.
            QVERIFY(store.saveJob(loaded[0]));
        }
        JobStore reopened;
        QVERIFY(reopened.open(path).ok());
        const QList<Job> loaded = reopened.loadJobs();
        QCOMPARE(loaded.size(), 3);
        QCOMPARE(loaded[0].id, ids[2]);
        QCOMPARE(loaded[1].id, ids[0]);
        QCOMPARE(loaded[1].queuePosition, 2);
        QCOMPARE(loaded[2].id, ids[1]);
    }

    // Version 8 added the program a job runs when done: a version-7 store (the columns
    // dropped again, the version set back) opens, keeps its jobs, and then keeps programs.
    void migratesFromVersion7KeepingJobs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
        Job job = sampleJob();
        {
            JobStore store;
            QVERIFY(store.open(path).ok());
            QVERIFY(store.saveJob(job));
            store.close();
        }
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v7"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE jobs DROP COLUMN notify_program")),
                "needs SQLite 3.35 or later (package libsqlite3-0)");
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE jobs DROP COLUMN notify_arguments")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 7")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v7"));

        JobStore store;
        QVERIFY(store.open(path).ok());
        QCOMPARE(store.schemaVersion(), 8);
        QList<Job> jobs = store.loadJobs();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs[0].id, job.id);
        QCOMPARE(jobs[0].displayName, job.displayName);
        QCOMPARE(jobs[0].files.size(), job.files.size());
        QVERIFY(jobs[0].notifyProgram.isEmpty());
        QVERIFY(jobs[0].notifyArguments.isEmpty());
        job = jobs[0];
        job.notifyProgram = QStringLiteral("/usr/bin/notify-send");
        job.notifyArguments = { QStringLiteral("done"), QStringLiteral("a \"b\" c") };
        QVERIFY(store.saveJob(job));
        jobs = store.loadJobs();
        QCOMPARE(jobs[0].notifyProgram, job.notifyProgram);
        QCOMPARE(jobs[0].notifyArguments, job.notifyArguments);
    }

    void migratesFromVersion1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE jobs (id TEXT PRIMARY KEY, name TEXT, description TEXT, state INTEGER, "
                "priority INTEGER, created TEXT, modified TEXT, transfer_completed TEXT, notify_flags INTEGER, "
                "min_retry_delay INTEGER, no_progress_timeout INTEGER, error_count INTEGER, proxy TEXT, "
                "current_retry_delay INTEGER, retry_at TEXT, first_transient_error TEXT, position INTEGER)")));
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE files (job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE, idx INTEGER NOT NULL, "
                "remote_url TEXT, local_path TEXT, folder TEXT, name_from_user INTEGER, bytes_total INTEGER, "
                "bytes_transferred INTEGER, transferred INTEGER, completed INTEGER, etag TEXT, last_modified TEXT, "
                "resumable INTEGER, PRIMARY KEY (job_id, idx))")));
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE errors (job_id TEXT PRIMARY KEY REFERENCES jobs(id) ON DELETE CASCADE, context INTEGER, "
                "code INTEGER, file_index INTEGER, remote_url TEXT, local_path TEXT, protocol TEXT, http_status INTEGER, "
                "http_reason TEXT, details TEXT, time TEXT)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO jobs VALUES ('6f1c2a7e-0000-4000-8000-000000000001', 'old job', '', 3, 2, "
                "'2026-01-01T10:00:00.000Z', '2026-01-01T10:00:00.000Z', '', 3, 10, 86400, 0, '{}', 0, '', '', 1)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO files VALUES ('6f1c2a7e-0000-4000-8000-000000000001', 0, 'http://example.org/x', "
                "'/tmp/x', '/tmp', 1, 100, 40, 0, 0, '\"e\"', '', 1)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        JobStore store;
        QVERIFY(store.open(path).ok());
        QCOMPARE(store.schemaVersion(), JobStore::SchemaVersion);
        const QList<Job> jobs = store.loadJobs();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs[0].displayName, QStringLiteral("old job"));
        QCOMPARE(jobs[0].state, JobState::Suspended);
        QCOMPARE(jobs[0].connections, 1);
        QCOMPARE(jobs[0].queuePosition, 1); // its place in the queue, from version 1 on
        QCOMPARE(jobs[0].files.size(), 1);
        QCOMPARE(jobs[0].files[0].bytesTransferred, 40);
        QCOMPARE(jobs[0].files[0].expectedSha256, QString());
        // The new columns work.
        Job job = jobs[0];
        job.connections = 8;
        job.files[0].expectedSha256 = QString(64, QLatin1Char('b'));
        QVERIFY(store.saveJob(job));
        QCOMPARE(store.loadJobs()[0].connections, 8);
        // Version 3: the history of a job, kept to the newest MaxEventsPerJob.
        QVERIFY(store.loadEvents(job.id).isEmpty());
        for (int i = 0; i < JobStore::MaxEventsPerJob + 5; ++i) {
            JobEvent e;
            e.time = QDateTime::currentDateTimeUtc();
            e.state = i % 2 ? JobState::TransientError : JobState::Queued;
            e.code = i % 2 ? 0x80AC0010 : 0;
            e.context = i % 2 ? ErrorContext::GeneralTransport : ErrorContext::None;
            e.fileIndex = i % 2 ? 0 : -1;
            QVERIFY(store.appendEvent(job.id, e));
        }
        const QList<JobEvent> events = store.loadEvents(job.id);
        QCOMPARE(events.size(), JobStore::MaxEventsPerJob);
        QCOMPARE(events.last().state, JobState::Queued); // event 204, the newest, comes last
        QCOMPARE(events.first().state, JobState::TransientError);
        QCOMPARE(events.first().code, quint32(0x80AC0010));
        QCOMPARE(events.first().context, ErrorContext::GeneralTransport);
        // Removing the job removes its history.
        QVERIFY(store.removeJob(job.id));
        QVERIFY(store.loadEvents(job.id).isEmpty());
    }

    void corruptStoreIsMovedAsideNotDeleted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray garbage = QByteArray("this is not a database ").repeated(500);
        f.write(garbage);
        f.close();
        JobStore store;
        const JobStore::OpenResult r = store.open(path);
        QCOMPARE(r.status, JobStore::OpenStatus::Corrupt);
        QVERIFY(!r.message.isEmpty());
        QVERIFY(r.message.contains(QStringLiteral("bad.sqlite")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QFile::exists(r.movedTo));
        QFile moved(r.movedTo);
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), garbage);
        // A new store can be made in its place afterwards.
        JobStore fresh;
        QVERIFY(fresh.open(path).ok());
    }

    void damagedPagesAreDetected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pages.sqlite"));
        {
            JobStore store;
            QVERIFY(store.open(path).ok());
            for (int i = 0; i < 50; ++i)
                QVERIFY(store.saveJob(sampleJob()));
            store.close();
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ckpt"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ckpt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        f.seek(4096);
        f.write(QByteArray(3000, '\xAB'));
        f.close();
        JobStore store;
        const JobStore::OpenResult r = store.open(path);
        QCOMPARE(r.status, JobStore::OpenStatus::Corrupt);
        QVERIFY(QFile::exists(r.movedTo));
    }

    void unopenableStoreIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a-folder"));
        QVERIFY(QDir().mkpath(path));
        JobStore store;
        const JobStore::OpenResult r = store.open(path);
        QCOMPARE(r.status, JobStore::OpenStatus::Unavailable);
        QVERIFY(!r.message.isEmpty());
        QVERIFY(QFileInfo(path).isDir());
    }

    void newerSchemaIsRefusedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE x (a)"));
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        JobStore store;
        const JobStore::OpenResult r = store.open(path);
        QCOMPARE(r.status, JobStore::OpenStatus::Unavailable);
        QVERIFY(r.message.contains(QStringLiteral("99")));
        QVERIFY(QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
