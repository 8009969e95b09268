#pragma once

#include "job.h"

#include <QJsonObject>

// The JSON form of jobs and errors used by `--json` and, later, the local socket. Field
// names are a contract (../spec/cli.md) and are never translated.
namespace JobJson {
QJsonObject fromJob(const Job &job);
QJsonObject fromError(const JobError &error);
} // namespace JobJson
