#include "core/store/jobstore.h"

#include "core/model/jobjson.h"
#include "core/store/rowformat.h"
#include "core/store/storeschema.h"
#include "core/store/storetransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>

namespace {

std::atomic<int> connectionCounter { 0 };

} // namespace

JobStore::JobStore()
    : m_connectionName(QStringLiteral("haul-store-%1").arg(++connectionCounter))
{ }

JobStore::~JobStore()
{
    close();
}

bool JobStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

void JobStore::close()
{
    m_prepared.clear();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlQuery &JobStore::prepared(const QString &sql)
{
    std::shared_ptr<QSqlQuery> &q = m_prepared[sql];
    if (!q) {
        q = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        q->prepare(sql);
    }
    return *q;
}

bool JobStore::run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

bool JobStore::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

int JobStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

JobStore::OpenResult JobStore::moveAside(const QString &reason)
{
    close();
    OpenResult r;
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 1; QFileInfo::exists(target); ++n)
        target = m_path + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(m_path, target)) {
        r.status = OpenStatus::Unavailable;
        r.message = QCoreApplication::translate(
            "JobStore", "The job store %1 is damaged (%2) and could not be moved aside.")
                        .arg(QDir::toNativeSeparators(m_path), reason);
        return r;
    }
    for (const char *suffix : { "-wal", "-shm" }) {
        const QString side = m_path + QLatin1String(suffix);
        if (QFileInfo::exists(side))
            QFile::rename(side, target + QLatin1String(suffix));
    }
    r.status = OpenStatus::Corrupt;
    r.movedTo = target;
    r.message = QCoreApplication::translate("JobStore",
        "The job store %1 is damaged (%2). It was moved aside to %3; a new, empty store will be "
        "created the next time Haul starts.")
                    .arg(
                        QDir::toNativeSeparators(m_path), reason, QDir::toNativeSeparators(target));
    return r;
}

JobStore::OpenResult JobStore::open(const QString &path)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    OpenResult r;
    const QFileInfo info(m_path);
    const QFileInfo dir(info.absolutePath());
    if (!dir.exists() && !QDir().mkpath(info.absolutePath())) {
        r.message = QCoreApplication::translate(
            "JobStore", "The folder of the job store %1 cannot be created.")
                        .arg(QDir::toNativeSeparators(info.absolutePath()));
        return r;
    }
    if ((info.exists() && (!info.isFile() || !info.isReadable() || !info.isWritable()))
        || (!info.exists() && !QFileInfo(info.absolutePath()).isWritable())) {
        r.message = QCoreApplication::translate(
            "JobStore", "The job store %1 cannot be opened: permission denied or not a file.")
                        .arg(QDir::toNativeSeparators(m_path));
        return r;
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            r.message
                = QCoreApplication::translate("JobStore", "The job store %1 cannot be opened: %2")
                      .arg(QDir::toNativeSeparators(m_path), db.lastError().text());
            close();
            return r;
        }
    }

    QSqlQuery check(QSqlDatabase::database(m_connectionName, false));
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()) {
        return moveAside(check.lastError().text());
    }
    if (check.value(0).toString() != QLatin1String("ok"))
        return moveAside(check.value(0).toString());
    check.finish();

    const int version = schemaVersion();
    if (version > SchemaVersion) {
        close();
        r.message = QCoreApplication::translate("JobStore",
            "The job store %1 was written by a newer version of Haul (schema %2); this version "
            "understands schema %3.")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(version)
                        .arg(SchemaVersion);
        return r;
    }
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        || !exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        || !exec(QStringLiteral("PRAGMA foreign_keys=ON"))) {
        return moveAside(m_lastError);
    }
    if (version < SchemaVersion && !upgrade()) {
        const QString problem = m_lastError;
        close();
        r.message
            = QCoreApplication::translate("JobStore", "The job store %1 could not be upgraded: %2")
                  .arg(QDir::toNativeSeparators(m_path), problem);
        return r;
    }
    r.status = OpenStatus::Opened;
    return r;
}

bool JobStore::upgrade()
{
    // Under the write lock, and from the version read under it: another process opening
    // the same new store at the same moment (a verb, an owner starting) upgrades it first
    // or waits, never half.
    StoreTransaction transaction(
        QSqlDatabase::database(m_connectionName, false), StoreTransaction::Lock::Immediate);
    if (!transaction.begun()) {
        m_lastError = transaction.error();
        return false;
    }
    const int from = schemaVersion();
    if (from < SchemaVersion && !StoreSchema::migrate(transaction.database(), from, &m_lastError))
        return false;
    if (transaction.commit())
        return true;
    m_lastError = transaction.error();
    return false;
}

QList<JobStore::CredentialRef> JobStore::credentialRefs()
{
    QList<CredentialRef> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.exec(QStringLiteral("SELECT job_id, target, scheme FROM credential_refs"));
    while (q.next())
        list.append(
            { QUuid::fromString(q.value(0).toString()), q.value(1).toInt(), q.value(2).toInt() });
    return list;
}

bool JobStore::addCredentialRef(const CredentialRef &ref)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO credential_refs (job_id, target, scheme) VALUES (?,?,?)"));
    q.addBindValue(ref.jobId.toString(QUuid::WithoutBraces));
    q.addBindValue(ref.target);
    q.addBindValue(ref.scheme);
    return run(q);
}

bool JobStore::removeCredentialRefs(const QUuid &jobId)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM credential_refs WHERE job_id = ?"));
    q.addBindValue(jobId.toString(QUuid::WithoutBraces));
    return run(q);
}

QList<CertificateInfo> JobStore::trustedCertificates()
{
    QList<CertificateInfo> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.exec(QStringLiteral("SELECT host, sha256, subject, issuer, not_before, not_after FROM "
                          "trusted_certificates ORDER BY host, added"));
    while (q.next()) {
        CertificateInfo c;
        c.host = q.value(0).toString();
        c.sha256 = q.value(1).toString();
        c.subject = q.value(2).toString();
        c.issuer = q.value(3).toString();
        c.notBefore = RowFormat::timeFrom(q.value(4));
        c.notAfter = RowFormat::timeFrom(q.value(5));
        list.append(c);
    }
    return list;
}

bool JobStore::addTrustedCertificate(const CertificateInfo &c)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO trusted_certificates (host, sha256, subject, "
                             "issuer, not_before, not_after, added) VALUES (?,?,?,?,?,?,?)"));
    q.addBindValue(c.host);
    q.addBindValue(c.sha256);
    q.addBindValue(c.subject);
    q.addBindValue(c.issuer);
    q.addBindValue(RowFormat::timeText(c.notBefore));
    q.addBindValue(RowFormat::timeText(c.notAfter));
    q.addBindValue(RowFormat::timeText(QDateTime::currentDateTime()));
    return run(q);
}

bool JobStore::removeTrustedCertificate(const QString &host, const QString &sha256)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM trusted_certificates WHERE host = ? AND sha256 = ?"));
    q.addBindValue(host);
    q.addBindValue(sha256);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() > 0;
}

QSqlQuery &JobStore::bindFile(const QString &jobId, int index, const JobFile &file)
{
    QSqlQuery &f = prepared(QStringLiteral(
        "INSERT INTO files (job_id, idx, remote_url, local_path, folder, name_from_user, "
        "bytes_total, bytes_transferred, transferred, completed, etag, last_modified, resumable, "
        "expected_sha256, segments) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
        // Updated in place: REPLACE would delete the row and insert it again under a new rowid,
        // rewriting the key index too (three pages where one suffices).
        "ON CONFLICT(job_id, idx) DO UPDATE SET remote_url=excluded.remote_url, "
        "local_path=excluded.local_path, folder=excluded.folder, "
        "name_from_user=excluded.name_from_user, bytes_total=excluded.bytes_total, "
        "bytes_transferred=excluded.bytes_transferred, transferred=excluded.transferred, "
        "completed=excluded.completed, etag=excluded.etag, last_modified=excluded.last_modified, "
        "resumable=excluded.resumable, expected_sha256=excluded.expected_sha256, "
        "segments=excluded.segments"));
    RowFormat::bindFile(f, jobId, index, file);
    return f;
}

bool JobStore::saveFile(const QUuid &jobId, int index, const JobFile &file)
{
    return run(bindFile(jobId.toString(QUuid::WithoutBraces), index, file));
}

bool JobStore::saveFileName(const QUuid &jobId, int index, const QString &localPath)
{
    QSqlQuery &q
        = prepared(QStringLiteral("UPDATE files SET local_path = ? WHERE job_id = ? AND idx = ?"));
    q.addBindValue(localPath);
    q.addBindValue(jobId.toString(QUuid::WithoutBraces));
    q.addBindValue(index);
    if (!run(q))
        return false;
    if (q.numRowsAffected() > 0)
        return true;
    m_lastError = QStringLiteral("no such file");
    return false;
}

bool JobStore::saveFiles(const QList<FileRow> &rows)
{
    StoreTransaction transaction(QSqlDatabase::database(m_connectionName, false));
    if (!transaction.begun()) {
        m_lastError = transaction.error();
        return false;
    }
    for (const FileRow &row : rows) {
        if (!run(bindFile(row.jobId.toString(QUuid::WithoutBraces), row.index, row.file)))
            return false;
    }
    if (transaction.commit())
        return true;
    m_lastError = transaction.error();
    return false;
}

bool JobStore::saveJob(const Job &job, int onlyFile)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    StoreTransaction transaction(db);
    if (!transaction.begun()) {
        m_lastError = transaction.error();
        return false;
    }
    const QString id = job.id.toString(QUuid::WithoutBraces);
    auto fail = [&](const QSqlQuery &q) {
        m_lastError = q.lastError().text();
        return false; // the transaction rolls back
    };

    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO jobs (id, name, description, state, priority, created, modified, "
        "transfer_completed, notify_flags, min_retry_delay, no_progress_timeout, error_count, proxy, "
        "current_retry_delay, retry_at, first_transient_error, position, headers, connections, "
        "rate_limit, notify_program, notify_arguments) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
        "COALESCE((SELECT position FROM jobs WHERE id = ?), (SELECT IFNULL(MAX(position), 0) + 1 FROM jobs)),"
        "?,?,?,?,?) "
        "ON CONFLICT(id) DO UPDATE SET name=excluded.name, description=excluded.description, "
        "state=excluded.state, priority=excluded.priority, modified=excluded.modified, "
        "transfer_completed=excluded.transfer_completed, notify_flags=excluded.notify_flags, "
        "min_retry_delay=excluded.min_retry_delay, no_progress_timeout=excluded.no_progress_timeout, "
        "error_count=excluded.error_count, proxy=excluded.proxy, "
        "current_retry_delay=excluded.current_retry_delay, retry_at=excluded.retry_at, "
        "first_transient_error=excluded.first_transient_error, headers=excluded.headers, "
        "connections=excluded.connections, rate_limit=excluded.rate_limit, "
        "notify_program=excluded.notify_program, notify_arguments=excluded.notify_arguments"));
    RowFormat::bindJob(q, job);
    if (!q.exec())
        return fail(q);

    const bool jobOnly = onlyFile == JobOnly;
    if (!jobOnly && (onlyFile < 0 || onlyFile >= job.files.size())) {
        onlyFile = -1;
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM files WHERE job_id = ? AND idx >= ?"));
        del.addBindValue(id);
        del.addBindValue(int(job.files.size()));
        if (!del.exec())
            return fail(del);
    }

    const qsizetype first = jobOnly ? 0 : (onlyFile < 0 ? 0 : onlyFile);
    const qsizetype end = jobOnly ? 0 : (onlyFile < 0 ? job.files.size() : onlyFile + 1);
    for (qsizetype i = first; i < end; ++i) {
        QSqlQuery &f = bindFile(id, int(i), job.files.at(i));
        if (!f.exec())
            return fail(f);
    }

    QSqlQuery e(db);
    if (job.error) {
        e.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO errors (job_id, context, code, file_index, remote_url, "
            "local_path, protocol, http_status, http_reason, details, time, certificate, gave_up) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        RowFormat::bindError(e, id, *job.error);
    } else {
        e.prepare(QStringLiteral("DELETE FROM errors WHERE job_id = ?"));
        e.addBindValue(id);
    }
    if (!e.exec())
        return fail(e);

    if (transaction.commit())
        return true;
    m_lastError = transaction.error();
    return false;
}

bool JobStore::removeJob(const QUuid &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    return run(q);
}

bool JobStore::saveQueueOrder(const QList<QPair<QUuid, int>> &positions)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    StoreTransaction transaction(db);
    if (!transaction.begun()) {
        m_lastError = transaction.error();
        return false;
    }
    QSqlQuery &q = prepared(QStringLiteral("UPDATE jobs SET position = ? WHERE id = ?"));
    for (const auto &[id, position] : positions) {
        q.addBindValue(position);
        q.addBindValue(id.toString(QUuid::WithoutBraces));
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return false; // the transaction rolls back
        }
    }
    if (transaction.commit())
        return true;
    m_lastError = transaction.error();
    return false;
}

bool JobStore::appendEvent(const QUuid &id, const JobEvent &event)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO events (job_id, time, state, code, context, file_index) "
                             "VALUES (?,?,?,?,?,?)"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    q.addBindValue(RowFormat::timeText(event.time));
    q.addBindValue(int(event.state));
    q.addBindValue(qint64(event.code));
    q.addBindValue(int(event.context));
    q.addBindValue(event.fileIndex);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    // A job that keeps retrying for days must not grow the store without end.
    QSqlQuery prune(db);
    prune.prepare(QStringLiteral(
        "DELETE FROM events WHERE job_id = ?1 AND rowid <= "
        "(SELECT rowid FROM events WHERE job_id = ?1 ORDER BY rowid DESC LIMIT 1 OFFSET ?2)"));
    prune.addBindValue(id.toString(QUuid::WithoutBraces));
    prune.addBindValue(MaxEventsPerJob);
    prune.exec();
    return true;
}

QList<JobEvent> JobStore::loadEvents(const QUuid &id)
{
    QList<JobEvent> events;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT time, state, code, context, file_index FROM events "
                             "WHERE job_id = ? ORDER BY rowid DESC LIMIT ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    q.addBindValue(MaxEventsPerJob);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return events;
    }
    while (q.next()) {
        const int state = q.value(1).toInt();
        const int context = q.value(3).toInt();
        if (state < 0 || state > 8 || context < 0 || context > 8)
            continue;
        JobEvent e;
        e.time = RowFormat::timeFrom(q.value(0));
        e.state = JobState(state);
        e.code = quint32(q.value(2).toLongLong());
        e.context = ErrorContext(context);
        e.fileIndex = q.value(4).toInt();
        events.prepend(e);
    }
    return events;
}

QList<Job> JobStore::loadJobs(QString *problem)
{
    QList<Job> jobs;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT id, name, description, state, priority, created, modified, transfer_completed, "
            "notify_flags, min_retry_delay, no_progress_timeout, error_count, proxy, "
            "current_retry_delay, retry_at, first_transient_error, headers, connections, rate_limit, "
            "position, notify_program, notify_arguments FROM jobs ORDER BY position"))) {
        if (problem)
            *problem = q.lastError().text();
        return jobs;
    }
    QHash<QString, int> indexOf;
    while (q.next()) {
        const std::optional<Job> row = RowFormat::jobFrom(q);
        if (!row) {
            if (problem)
                *problem = QStringLiteral("invalid job row %1").arg(q.value(0).toString());
            continue;
        }
        Job job = *row;
        job.queuePosition = q.value(19).toInt();
        indexOf.insert(job.id.toString(QUuid::WithoutBraces), int(jobs.size()));
        jobs.append(job);
    }

    QSqlQuery f(db);
    f.exec(QStringLiteral(
        "SELECT job_id, idx, remote_url, local_path, folder, name_from_user, bytes_total, "
        "bytes_transferred, transferred, completed, etag, last_modified, resumable, expected_sha256, "
        "segments FROM files ORDER BY job_id, idx"));
    while (f.next()) {
        const auto it = indexOf.constFind(f.value(0).toString());
        if (it == indexOf.constEnd())
            continue;
        const JobFile file = RowFormat::fileFrom(f);
        jobs[*it].files.append(file);
    }

    QSqlQuery e(db);
    e.exec(QStringLiteral(
        "SELECT job_id, context, code, file_index, remote_url, local_path, protocol, http_status, "
        "http_reason, details, time, certificate, gave_up FROM errors"));
    while (e.next()) {
        const auto it = indexOf.constFind(e.value(0).toString());
        if (it == indexOf.constEnd())
            continue;
        const JobError err = RowFormat::errorFrom(e);
        jobs[*it].error = err;
    }
    return jobs;
}
