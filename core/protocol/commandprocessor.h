#pragma once

#include "core/model/job.h"

#include <QJsonObject>

class Engine;

// Carries out one command-line verb on an engine: in the process that owns the store, for
// requests forwarded over the local socket, or in a short-lived editor when no process
// owns it. Requests and answers are the JSON of the local-socket protocol; formatting
// for people happens in the client, in the client's language.
//
// Request: { "version": 1, "verb": "resume", "job": "<id, id prefix or name>", ... }
// Answer:  { "version": 1, "exit": 0|1|2|4, "code": "0x...", "codeName": "...",
//            "message": "...", "job": {...}, "jobs": [...], "error": {...}, ... }
namespace CommandProcessor {
constexpr int ProtocolVersion = 1;
QJsonObject execute(Engine &engine, const QJsonObject &request);
// A request as every caller sends it: the protocol's version, the verb, its arguments.
QJsonObject request(const QString &verb, const QJsonObject &arguments = QJsonObject());
// An answer that carries only an exit status, a code and a message.
QJsonObject answer(int exit, quint32 code, const QString &message = QString());
// An answer about one job: the verb's exit status and code, with the job in it (`job`).
QJsonObject answer(int exit, quint32 code, const Job &job, const QString &message = QString());
// Verbs that only read or edit jobs; with no owner they work on the store directly.
bool isEditingVerb(const QString &verb);
} // namespace CommandProcessor
