#include "core/store/storeschema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}
} // namespace

namespace StoreSchema {

bool migrate(QSqlDatabase &db, int from, QString *error)
{
    auto exec = [&](const QString &sql) { return ::exec(db, sql, error); };
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
    if (from < 8) {
        // Version 8: the program to run when the job is done (bitsadmin /SetNotifyCmdLine).
        ok = ok
            && exec(QStringLiteral("ALTER TABLE jobs ADD COLUMN notify_program TEXT DEFAULT ''"))
            && exec(
                QStringLiteral("ALTER TABLE jobs ADD COLUMN notify_arguments TEXT DEFAULT '[]'"))
            && exec(QStringLiteral("PRAGMA user_version = 8"));
    }
    return ok;
}

} // namespace StoreSchema
