#pragma once

#include "core/model/job.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

class QSqlQuery;
class QVariant;

// How a job is written in the job store's rows, and read back without trusting them: times in UTC,
// segments as "start-end:done,...", proxies and headers as JSON (secret headers never).
namespace RowFormat {
QString timeText(const QDateTime &t);
QDateTime timeFrom(const QVariant &v);
QString segmentsText(const QList<FileSegment> &segments);
// Anything malformed or outside the file gives no segments, so the file continues over
// one connection from what it can trust.
QList<FileSegment> segmentsFrom(const QString &text, qint64 total);
QString proxyToJson(const ProxySettings &p);
ProxySettings proxyFromJson(const QString &text);
QString headersToJson(const QList<QPair<QByteArray, QByteArray>> &headers);
QList<QPair<QByteArray, QByteArray>> headersFromJson(const QString &text);
// A row of jobs, files or errors as the store's SELECTs read them (the columns in the
// order of JobStore::loadJobs); a job row with an impossible state gives nothing.
std::optional<Job> jobFrom(const QSqlQuery &q);
JobFile fileFrom(const QSqlQuery &q);
JobError errorFrom(const QSqlQuery &q);
// The values of JobStore::saveJob's statements, in the order of their columns.
void bindJob(QSqlQuery &q, const Job &job);
void bindError(QSqlQuery &q, const QString &id, const JobError &error);
void bindFile(QSqlQuery &q, const QString &jobId, int index, const JobFile &file);
} // namespace RowFormat
