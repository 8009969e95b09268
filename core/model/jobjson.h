#pragma once

#include "core/model/job.h"

#include <QJsonArray>
#include <QJsonObject>

// The JSON form of jobs and errors used by `--json` and, later, the local socket. Field
// names are a contract (../spec/cli.md) and are never translated.
namespace JobJson {
QJsonObject fromJob(const Job &job);
QJsonObject fromError(const JobError &error);
// [{"name", "value", "secret"}]: a secret header's value is masked.
QJsonArray fromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
// The inverse, for a client that received a job over the local socket.
Job toJob(const QJsonObject &object);
JobError toError(const QJsonObject &object);
// A certificate: null when there is none.
QJsonValue fromCertificate(const CertificateInfo &certificate);
CertificateInfo toCertificate(const QJsonObject &object);
} // namespace JobJson
