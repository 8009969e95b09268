#pragma once

#include "core/model/job.h"

#include <QJsonObject>
#include <QString>

// What the command line prints: human text follows the user's language, JSON never does.
namespace CliOutput {
void out(const QString &text); // standard output
void err(const QString &text); // standard error
void json(const QJsonObject &object);
// What --json prints for every verb: the answer object (CommandProcessor::answer), without
// the socket protocol's version.
void answer(const QJsonObject &answer);
QString errorBlock(const JobError &error, int errorCount);
// "[#####.....]  45 %  12.3 MiB of 27.0 MiB  5.2 MiB/s  1 min 5 s left"; a speed below 1 byte/s
// (negative: not known yet) is left out. Sizes and speeds as the window shows them (Format).
QString progressLine(const Job &job, double bytesPerSecond, int width);
// The refusal of an address with a user name or password in it (never repeated):
// `addressWithout` is the address without them.
QString credentialsInUrl(const QString &addressWithout);
// An address as typed, for a message: whatever stands before an "@" of its authority (a
// user name and password) is left out.
QString shownAddress(const QString &typed);
} // namespace CliOutput
