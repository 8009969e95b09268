#include "core/store/jobstore.h"

#include "core/http/httpheaders.h"
#include "core/model/jobjson.h"

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

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// "start-end:done,..." ; anything malformed or outside the file gives no segments, so the
// file continues over one connection from what it can trust.
QString segmentsText(const QList<FileSegment> &segments)
{
    QStringList parts;
    for (const FileSegment &s : segments)
        parts << QStringLiteral("%1-%2:%3").arg(s.start).arg(s.end).arg(s.done);
    return parts.join(QLatin1Char(','));
}

QList<FileSegment> segmentsFrom(const QString &text, qint64 total)
{
    QList<FileSegment> segments;
    if (text.isEmpty() || total <= 0)
        return segments;
    qint64 expectedStart = 0; // the segments cover the whole file, in order
    for (const QString &part : text.split(QLatin1Char(','))) {
        const int dash = int(part.indexOf(QLatin1Char('-')));
        const int colon = int(part.indexOf(QLatin1Char(':')));
        bool ok1 = false, ok2 = false, ok3 = false;
        FileSegment s;
        if (dash > 0 && colon > dash) {
            s.start = part.left(dash).toLongLong(&ok1);
            s.end = part.mid(dash + 1, colon - dash - 1).toLongLong(&ok2);
            s.done = part.mid(colon + 1).toLongLong(&ok3);
        }
        if (!ok1 || !ok2 || !ok3 || s.start < 0 || s.end <= s.start || s.end > total || s.done < 0
            || s.done > s.end - s.start || s.start != expectedStart)
            return {};
        expectedStart = s.end;
        segments.append(s);
    }
    if (segments.last().end != total)
        return {};
    return segments;
}

QDateTime timeFrom(const QVariant &v)
{
    const QString s = v.toString();
    if (s.isEmpty())
        return QDateTime();
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.toLocalTime();
}

QString proxyToJson(const ProxySettings &p)
{
    QJsonObject o;
    o[QStringLiteral("mode")] = int(p.mode);
    o[QStringLiteral("proxies")] = QJsonArray::fromStringList(p.proxies);
    o[QStringLiteral("bypass")] = QJsonArray::fromStringList(p.bypass);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ProxySettings proxyFromJson(const QString &text)
{
    ProxySettings p;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const int mode = o.value(QStringLiteral("mode")).toInt();
    if (mode >= 0 && mode <= 2)
        p.mode = ProxySettings::Mode(mode);
    for (const QJsonValue &v : o.value(QStringLiteral("proxies")).toArray())
        p.proxies.append(v.toString());
    for (const QJsonValue &v : o.value(QStringLiteral("bypass")).toArray())
        p.bypass.append(v.toString());
    return p;
}

QString headersToJson(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QJsonArray a;
    for (const auto &[k, v] : headers) {
        // Credentials given as headers live in memory only, like a password without a
        // keychain: the store never holds them.
        if (HttpHeaders::isSecret(k))
            continue;
        a.append(QJsonArray { QString::fromLatin1(k), QString::fromLatin1(v) });
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<QPair<QByteArray, QByteArray>> headersFromJson(const QString &text)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            headers.append({ pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1() });
    }
    return headers;
}

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
    if (version < SchemaVersion && !migrate(version)) {
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

bool JobStore::migrate(int from)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.transaction();
    bool ok = true;
    if (from < 1) {
        ok = ok
            && exec(QStringLiteral(
                "CREATE TABLE jobs (id TEXT PRIMARY KEY, name TEXT, description TEXT, state INTEGER, "
                "priority INTEGER, created TEXT, modified TEXT, transfer_completed TEXT, "
                "notify_flags INTEGER, min_retry_delay INTEGER, no_progress_timeout INTEGER, "
                "error_count INTEGER, proxy TEXT, current_retry_delay INTEGER, retry_at TEXT, "
                "first_transient_error TEXT, position INTEGER)"))
            && exec(QStringLiteral(
                "CREATE TABLE files (job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE, "
                "idx INTEGER NOT NULL, remote_url TEXT, local_path TEXT, folder TEXT, "
                "name_from_user INTEGER, bytes_total INTEGER, bytes_transferred INTEGER, "
                "transferred INTEGER, completed INTEGER, etag TEXT, last_modified TEXT, "
                "resumable INTEGER, PRIMARY KEY (job_id, idx))"))
            && exec(QStringLiteral(
                "CREATE TABLE errors (job_id TEXT PRIMARY KEY REFERENCES jobs(id) ON DELETE CASCADE, "
                "context INTEGER, code INTEGER, file_index INTEGER, remote_url TEXT, local_path TEXT, "
                "protocol TEXT, http_status INTEGER, http_reason TEXT, details TEXT, time TEXT)"))
            && exec(QStringLiteral("PRAGMA user_version = 1"));
    }
    if (from < 2) {
        // Version 2: request headers, connections and rate limit per job; checksums per file.
        ok = ok && exec(QStringLiteral("ALTER TABLE jobs ADD COLUMN headers TEXT DEFAULT '[]'"))
            && exec(QStringLiteral("ALTER TABLE jobs ADD COLUMN connections INTEGER DEFAULT 1"))
            && exec(QStringLiteral("ALTER TABLE jobs ADD COLUMN rate_limit INTEGER DEFAULT 0"))
            && exec(QStringLiteral("ALTER TABLE files ADD COLUMN expected_sha256 TEXT DEFAULT ''"))
            && exec(QStringLiteral("PRAGMA user_version = 2"));
    }
    if (from < 3) {
        // Version 3: the history of each job (state changes and errors with their times).
        ok = ok
            && exec(QStringLiteral(
                "CREATE TABLE events (job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE, "
                "time TEXT, state INTEGER, code INTEGER, context INTEGER, file_index INTEGER)"))
            && exec(QStringLiteral("CREATE INDEX events_by_job ON events (job_id)"))
            && exec(QStringLiteral("PRAGMA user_version = 3"));
    }
    if (from < 4) {
        // Version 4: the segments of a file fetched over several connections.
        ok = ok && exec(QStringLiteral("ALTER TABLE files ADD COLUMN segments TEXT DEFAULT ''"))
            && exec(QStringLiteral("PRAGMA user_version = 4"));
    }
    if (from < 5) {
        // Version 5: the certificate of a certificate error; certificates the user trusted.
        ok = ok && exec(QStringLiteral("ALTER TABLE errors ADD COLUMN certificate TEXT DEFAULT ''"))
            && exec(QStringLiteral(
                "CREATE TABLE trusted_certificates (host TEXT NOT NULL, sha256 TEXT NOT NULL, "
                "subject TEXT, issuer TEXT, not_before TEXT, not_after TEXT, added TEXT, "
                "PRIMARY KEY (host, sha256))"))
            && exec(QStringLiteral("PRAGMA user_version = 5"));
    }
    if (from < 6) {
        // Version 6: which jobs keep credentials in the system keychain (never the secret).
        ok = ok
            && exec(QStringLiteral(
                "CREATE TABLE credential_refs (job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE "
                "CASCADE, target INTEGER NOT NULL, scheme INTEGER NOT NULL, "
                "PRIMARY KEY (job_id, target, scheme))"))
            && exec(QStringLiteral("PRAGMA user_version = 6"));
    }
    if (from < 7) {
        // Version 7: whether Haul gave up retrying (the no-progress timeout passed).
        ok = ok && exec(QStringLiteral("ALTER TABLE errors ADD COLUMN gave_up INTEGER DEFAULT 0"))
            && exec(QStringLiteral("PRAGMA user_version = 7"));
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
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
        c.notBefore = timeFrom(q.value(4));
        c.notAfter = timeFrom(q.value(5));
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
    q.addBindValue(timeText(c.notBefore));
    q.addBindValue(timeText(c.notAfter));
    q.addBindValue(timeText(QDateTime::currentDateTime()));
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
    f.addBindValue(jobId);
    f.addBindValue(index);
    f.addBindValue(file.remoteUrl.toString(QUrl::FullyEncoded));
    f.addBindValue(file.localPath);
    f.addBindValue(file.folder);
    f.addBindValue(file.nameFromUser);
    f.addBindValue(file.bytesTotal);
    f.addBindValue(file.bytesTransferred);
    f.addBindValue(file.transferred);
    f.addBindValue(file.completed);
    f.addBindValue(file.etag);
    f.addBindValue(file.lastModified);
    f.addBindValue(file.resumable);
    f.addBindValue(file.expectedSha256);
    f.addBindValue(segmentsText(file.segments));
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
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen()) {
        m_lastError = QStringLiteral("store not open");
        return false;
    }
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return false;
    }
    for (const FileRow &row : rows) {
        if (!run(bindFile(row.jobId.toString(QUuid::WithoutBraces), row.index, row.file))) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool JobStore::saveJob(const Job &job, int onlyFile)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen()) {
        m_lastError = QStringLiteral("store not open");
        return false;
    }
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return false;
    }
    const QString id = job.id.toString(QUuid::WithoutBraces);
    auto fail = [&](const QSqlQuery &q) {
        m_lastError = q.lastError().text();
        db.rollback();
        return false;
    };

    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO jobs (id, name, description, state, priority, created, modified, "
        "transfer_completed, notify_flags, min_retry_delay, no_progress_timeout, error_count, proxy, "
        "current_retry_delay, retry_at, first_transient_error, position, headers, connections, "
        "rate_limit) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
        "COALESCE((SELECT position FROM jobs WHERE id = ?), (SELECT IFNULL(MAX(position), 0) + 1 FROM jobs)),"
        "?,?,?) "
        "ON CONFLICT(id) DO UPDATE SET name=excluded.name, description=excluded.description, "
        "state=excluded.state, priority=excluded.priority, modified=excluded.modified, "
        "transfer_completed=excluded.transfer_completed, notify_flags=excluded.notify_flags, "
        "min_retry_delay=excluded.min_retry_delay, no_progress_timeout=excluded.no_progress_timeout, "
        "error_count=excluded.error_count, proxy=excluded.proxy, "
        "current_retry_delay=excluded.current_retry_delay, retry_at=excluded.retry_at, "
        "first_transient_error=excluded.first_transient_error, headers=excluded.headers, "
        "connections=excluded.connections, rate_limit=excluded.rate_limit"));
    q.addBindValue(id);
    q.addBindValue(job.displayName);
    q.addBindValue(job.description);
    q.addBindValue(int(job.state));
    q.addBindValue(int(job.priority));
    q.addBindValue(timeText(job.creationTime));
    q.addBindValue(timeText(job.modificationTime));
    q.addBindValue(timeText(job.transferCompletionTime));
    q.addBindValue(qint64(job.notifyFlags));
    q.addBindValue(job.minimumRetryDelay);
    q.addBindValue(job.noProgressTimeout);
    q.addBindValue(job.errorCount);
    q.addBindValue(proxyToJson(job.proxy));
    q.addBindValue(job.currentRetryDelay);
    q.addBindValue(timeText(job.retryAt));
    q.addBindValue(timeText(job.firstTransientErrorTime));
    q.addBindValue(id);
    q.addBindValue(headersToJson(job.headers));
    q.addBindValue(job.connections);
    q.addBindValue(job.rateLimit);
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
        const JobError &err = *job.error;
        e.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO errors (job_id, context, code, file_index, remote_url, "
            "local_path, protocol, http_status, http_reason, details, time, certificate, gave_up) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        e.addBindValue(id);
        e.addBindValue(int(err.context));
        e.addBindValue(qint64(err.code));
        e.addBindValue(err.fileIndex);
        e.addBindValue(err.remoteUrl);
        e.addBindValue(err.localPath);
        e.addBindValue(err.protocol);
        e.addBindValue(err.httpStatus);
        e.addBindValue(err.httpReason);
        e.addBindValue(err.details);
        e.addBindValue(timeText(err.time));
        const QJsonValue certificate = JobJson::fromCertificate(err.certificate);
        e.addBindValue(certificate.isObject() ? QString::fromUtf8(
                           QJsonDocument(certificate.toObject()).toJson(QJsonDocument::Compact))
                                              : QString());
        e.addBindValue(err.gaveUp ? 1 : 0);
    } else {
        e.prepare(QStringLiteral("DELETE FROM errors WHERE job_id = ?"));
        e.addBindValue(id);
    }
    if (!e.exec())
        return fail(e);

    if (!db.commit()) {
        m_lastError = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool JobStore::removeJob(const QUuid &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    return run(q);
}

bool JobStore::appendEvent(const QUuid &id, const JobEvent &event)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO events (job_id, time, state, code, context, file_index) "
                             "VALUES (?,?,?,?,?,?)"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    q.addBindValue(timeText(event.time));
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
        e.time = timeFrom(q.value(0));
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
            "current_retry_delay, retry_at, first_transient_error, headers, connections, rate_limit "
            "FROM jobs ORDER BY position"))) {
        if (problem)
            *problem = q.lastError().text();
        return jobs;
    }
    QHash<QString, int> indexOf;
    while (q.next()) {
        Job job;
        job.id = QUuid::fromString(q.value(0).toString());
        const int state = q.value(3).toInt();
        const int priority = q.value(4).toInt();
        if (job.id.isNull() || state < 0 || state > 8 || priority < 0 || priority > 3) {
            if (problem)
                *problem = QStringLiteral("invalid job row %1").arg(q.value(0).toString());
            continue;
        }
        job.displayName = q.value(1).toString();
        job.description = q.value(2).toString();
        job.state = JobState(state);
        job.priority = JobPriority(priority);
        job.creationTime = timeFrom(q.value(5));
        job.modificationTime = timeFrom(q.value(6));
        job.transferCompletionTime = timeFrom(q.value(7));
        job.notifyFlags = quint32(q.value(8).toLongLong());
        job.minimumRetryDelay = q.value(9).toInt();
        job.noProgressTimeout = q.value(10).toInt();
        job.errorCount = q.value(11).toInt();
        job.proxy = proxyFromJson(q.value(12).toString());
        job.currentRetryDelay = q.value(13).toInt();
        job.retryAt = timeFrom(q.value(14));
        job.firstTransientErrorTime = timeFrom(q.value(15));
        job.headers = headersFromJson(q.value(16).toString());
        job.connections = std::max(1, q.value(17).toInt());
        job.rateLimit = std::max<qint64>(0, q.value(18).toLongLong());
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
        JobFile file;
        file.remoteUrl = QUrl(f.value(2).toString(), QUrl::StrictMode);
        file.localPath = f.value(3).toString();
        file.folder = f.value(4).toString();
        file.nameFromUser = f.value(5).toBool();
        file.bytesTotal = f.value(6).toLongLong();
        file.bytesTransferred = std::max<qint64>(0, f.value(7).toLongLong());
        file.transferred = f.value(8).toBool();
        file.completed = f.value(9).toBool();
        file.etag = f.value(10).toString();
        file.lastModified = f.value(11).toString();
        file.resumable = f.value(12).toBool();
        file.expectedSha256 = f.value(13).toString();
        const QString segmentsText = f.value(14).toString();
        file.segments = segmentsFrom(segmentsText, file.bytesTotal);
        if (!segmentsText.isEmpty() && file.segments.isEmpty())
            file.bytesTransferred = 0; // scattered bytes we cannot place: start over, never splice
        if (!file.segments.isEmpty()) {
            qint64 done = 0;
            for (const FileSegment &s : std::as_const(file.segments))
                done += s.done;
            file.bytesTransferred = done;
        }
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
        JobError err;
        const int context = e.value(1).toInt();
        err.context = context >= 0 && context <= 8 ? ErrorContext(context) : ErrorContext::Unknown;
        err.code = quint32(e.value(2).toLongLong());
        err.fileIndex = e.value(3).toInt();
        err.remoteUrl = e.value(4).toString();
        err.localPath = e.value(5).toString();
        err.protocol = e.value(6).toString();
        err.httpStatus = e.value(7).toInt();
        err.httpReason = e.value(8).toString();
        err.details = e.value(9).toString();
        err.time = timeFrom(e.value(10));
        err.certificate
            = JobJson::toCertificate(QJsonDocument::fromJson(e.value(11).toByteArray()).object());
        err.gaveUp = e.value(12).toBool();
        jobs[*it].error = err;
    }
    return jobs;
}
