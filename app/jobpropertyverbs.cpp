#include "app/jobpropertyverbs.h"

#include "app/clioutput.h"
#include "core/http/httpheaders.h"
#include "core/model/errorcodes.h"
#include "core/protocol/commandprocessor.h"
#include "core/protocol/exitcodes.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>

namespace JobPropertyVerbs {
namespace {
QString quoted(const QString &word)
{
    if (!word.isEmpty() && !word.contains(QLatin1Char(' ')) && !word.contains(QLatin1Char('"')))
        return word;
    QString escaped = word;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QStringLiteral("\"%1\"").arg(escaped);
}

QString commandLine(const QJsonObject &job)
{
    const QString program = job.value(QStringLiteral("notifyProgram")).toString();
    if (program.isEmpty())
        return QCoreApplication::translate("Cli", "(none)");
    QStringList words { quoted(program) };
    for (const QJsonValue &v : job.value(QStringLiteral("notifyArguments")).toArray())
        words.append(quoted(v.toString()));
    return words.join(QLatin1Char(' '));
}

QString headerLine(const QJsonObject &header)
{
    return QStringLiteral("%1: %2").arg(header.value(QStringLiteral("name")).toString(),
        header.value(QStringLiteral("value")).toString());
}
} // namespace

QString checkRequest(const QString &verb, QJsonObject *request)
{
    if (verb != QLatin1String("setnotifycmdline"))
        return {};
    const QString program = request->value(QStringLiteral("program")).toString();
    if (program.isEmpty() || program == QLatin1String("NULL"))
        return {};
    const QString resolved = program.contains(QLatin1Char('/'))
        ? QFileInfo(program).absoluteFilePath()
        : QStandardPaths::findExecutable(program);
    // A name PATH does not find goes as it is: the engine refuses it, in its one way.
    if (!resolved.isEmpty())
        (*request)[QStringLiteral("program")] = resolved;
    return {};
}

QJsonObject refusalWithoutOwner(const QJsonObject &request)
{
    if (request.value(QStringLiteral("verb")).toString() != QLatin1String("setcustomheaders"))
        return {};
    for (const QJsonValue &v : request.value(QStringLiteral("headers")).toArray()) {
        const QString line = v.toString();
        const QByteArray name = line.left(line.indexOf(QLatin1Char(':'))).trimmed().toLatin1();
        if (HttpHeaders::isSecret(name)) {
            QJsonObject refused
                = CommandProcessor::answer(ExitCode::Usage, ErrorCode::E_InvalidState);
            refused[QStringLiteral("reason")] = QStringLiteral("noOwnerForSecretHeader");
            refused[QStringLiteral("header")] = QString::fromLatin1(name);
            return refused;
        }
    }
    return {};
}

bool printFailure(const QString &verb, const QJsonObject &answer)
{
    if (answer.value(QStringLiteral("reason")).toString()
        != QLatin1String("noOwnerForSecretHeader"))
        return false;
    CliOutput::err(QCoreApplication::translate("Cli",
        "haul %1: the %2 header is kept only in the memory of the process that runs the jobs, "
        "never in the job store; start \"haul serve\" (or the window) first\n")
                       .arg(verb, answer.value(QStringLiteral("header")).toString()));
    return true;
}

QString infoLines(const QJsonObject &job)
{
    QString t;
    t += QCoreApplication::translate("Cli", "Description:  %1\n")
             .arg(job.value(QStringLiteral("description")).toString());
    t += QCoreApplication::translate("Cli", "When done:    %1\n").arg(commandLine(job));
    QStringList names;
    for (const QJsonValue &v : job.value(QStringLiteral("headers")).toArray())
        names.append(v.toObject().value(QStringLiteral("name")).toString());
    t += QCoreApplication::translate("Cli", "Headers:      %1\n")
             .arg(names.isEmpty() ? QCoreApplication::translate("Cli", "(none)")
                                  : names.join(QStringLiteral(", ")));
    return t;
}

bool printOutcome(const QString &verb, const QJsonObject &answer)
{
    const QJsonObject job = answer.value(QStringLiteral("job")).toObject();
    const QString id = job.value(QStringLiteral("id")).toString();
    if (verb == QLatin1String("getcustomheaders")) {
        QString t;
        for (const QJsonValue &v : answer.value(QStringLiteral("headers")).toArray())
            t += headerLine(v.toObject()) + QLatin1Char('\n');
        CliOutput::out(t);
    } else if (verb == QLatin1String("setcustomheaders")) {
        const int count = int(job.value(QStringLiteral("headers")).toArray().size());
        CliOutput::out(
            QCoreApplication::translate("Cli", "Job %1: %n extra header(s)\n", nullptr, count)
                .arg(id));
    } else if (verb == QLatin1String("setnotifycmdline")) {
        CliOutput::out(QCoreApplication::translate("Cli", "Job %1: when done, runs %2\n")
                           .arg(id, commandLine(job)));
    } else {
        return false;
    }
    return true;
}
} // namespace JobPropertyVerbs
