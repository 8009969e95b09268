#pragma once

#include <QJsonObject>
#include <QString>

// The verbs of bitsadmin's job properties (setnotifycmdline, setcustomheaders,
// getcustomheaders; setdisplayname and setdescription need nothing of their own): what
// VerbCommand checks before a request leaves, and how their answers read for people.
namespace JobPropertyVerbs {
// Completes the request where the user's folder and PATH are (the owner may have others):
// a relative PROGRAM becomes absolute, a bare name the file PATH finds. Empty, or why not.
QString checkRequest(const QString &verb, QJsonObject *request);
// Secret headers live only in the memory of the process that runs the jobs: with no owner,
// setting one would be lost at once. The refusal to answer then, else an empty object.
QJsonObject refusalWithoutOwner(const QJsonObject &request);
// The answer's failure that only these verbs give (printed); false for the others.
bool printFailure(const QString &verb, const QJsonObject &answer);
// Lines of `haul info`: description, notify command line, header names.
QString infoLines(const QJsonObject &job);
// The verb's outcome; false when it is not one of these verbs.
bool printOutcome(const QString &verb, const QJsonObject &answer);
} // namespace JobPropertyVerbs
