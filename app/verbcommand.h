#pragma once

#include "core/model/errorcodes.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The job-editing verbs of cli.md (create, addfile, resume, ..., list, geterror, remove,
// clear). Each builds a request for CommandProcessor, has it carried out on the store, and
// prints the answer for people (in their language) or as JSON.
class VerbCommand
{
public:
    // `arguments` are the verb's own (after the verb), global options included.
    int run(const QString &verb, const QStringList &arguments);
    static QStringList verbs();
    // Has the store's owner carry out `request`, or, with no owner, does it on the store
    // directly. *storeExit is set (4) when the store cannot be reached.
    static QJsonObject carryOut(
        const QString &storePath, const QJsonObject &request, int *storeExit);

private:
    int usageError(
        const QString &verb, const QString &message, quint32 code = ErrorCode::E_InvalidArg);
    // Empty when the request's numbers, addresses, paths and lists are fine (and completed:
    // numbers parsed, paths absolute, the secret read); else what is wrong, in words.
    static QString checkNumbers(QJsonObject *request);
    static QString checkRequest(const QString &verb, QJsonObject *request, quint32 *code);
    int print(const QString &verb, const QJsonObject &answer);
    static bool printFailure(const QString &verb, const QJsonObject &answer, int exit);
    static void printCredentialsNote(const QString &verb, const QJsonObject &answer);
    static void printList(const QJsonObject &answer);
    static void printJobError(const QJsonObject &answer, int exit, quint32 code);
    static void printInfo(const QJsonObject &job);
    static void printOutcome(const QString &verb, const QJsonObject &answer, quint32 code);

    bool m_json = false;
};
