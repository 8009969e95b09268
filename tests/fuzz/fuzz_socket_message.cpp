// libFuzzer target: a message on the store owner's local socket (4-byte big-endian length,
// then JSON), from a buggy or hostile local client. It goes through the real framing and,
// when it is a JSON object, through the real CommandProcessor on an engine whose store is
// a temporary file (EditOnly: no transfer runs). Verbs that would touch files in places the
// input names (addfile, createtransfer) are left out. Invariant: every answer is an object
// with an exit status and a code; nothing crashes.
#include "core/engine/engine.h"
#include "core/protocol/commandprocessor.h"
#include "core/protocol/storeowner.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdlib>

namespace {
Engine *engine = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    static QTemporaryDir dir;
    engine = new Engine;
    if (!dir.isValid()
        || !engine->open(dir.filePath(QStringLiteral("jobs.sqlite")), Engine::OpenMode::EditOnly)
                .ok())
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray buffer(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonObject request;
    QJsonObject refusal;
    const StoreOwner::Parse parsed = StoreOwner::parseMessage(buffer, &request, &refusal);
    if (parsed == StoreOwner::Parse::Refused
        && (refusal.value(QStringLiteral("exit")).toInt() != 2
            || !refusal.contains(QStringLiteral("code"))))
        std::abort();
    if (parsed != StoreOwner::Parse::Request)
        return 0;
    const QString verb = request.value(QStringLiteral("verb")).toString();
    if (verb == QLatin1String("addfile") || verb == QLatin1String("createtransfer"))
        return 0;
    const QJsonObject answer = CommandProcessor::execute(*engine, request);
    if (!answer.contains(QStringLiteral("exit")) || !answer.contains(QStringLiteral("code")))
        std::abort();
    return 0;
}
