#include "app/schedulecommand.h"

#include "app/clioutput.h"
#include "app/storelocation.h"
#include "core/engine/engine.h"
#include "core/model/errorcodes.h"
#include "core/protocol/commandprocessor.h"
#include "core/protocol/exitcodes.h"
#include "core/protocol/storeowner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

QString ScheduleCommand::help()
{
    return QCoreApplication::translate("Cli",
        "Usage: haul schedule [--store PATH] [--json] [ACTION]\n"
        "\n"
        "When background downloads pause or share a speed limit. Foreground jobs ignore it.\n"
        "  (nothing)                       show the rules, the times and what applies now\n"
        "  add DAYS HH:MM-HH:MM pause      hold downloads then\n"
        "  add DAYS HH:MM-HH:MM limit RATE limit them together to RATE bytes/s (500k, 2M)\n"
        "                                  DAYS: mon-fri, sat,sun, daily; a rule may cross\n"
        "                                  midnight (22:00-06:00); 24:00 ends a day\n"
        "  remove N                        remove rule N (as shown)\n"
        "  clear                           remove every rule and both times\n"
        "  start HH:MM|off                 start queued downloads at that time\n"
        "  pause HH:MM|off                 pause downloads at that time\n"
        "  resume                          run held downloads now (until the next pause)\n"
        "With both times, downloads are held every day from the pause time to the start\n"
        "time. A start time alone holds them once, until it comes. A pause time alone holds\n"
        "them from then until you resume them. A pause wins over a limit; the lower limit\n"
        "wins.\n");
}

void ScheduleCommand::logChanges(
    Engine *engine, QObject *context, const std::function<void(const QString &)> &log)
{
    auto say = [log](const Schedule::State &state) {
        const QString words = Schedule::describe(state, QDateTime::currentDateTime(), QLocale());
        log(words.isEmpty() ? QCoreApplication::translate("Cli", "schedule: downloads run as usual")
                            : QCoreApplication::translate("Cli", "schedule: %1").arg(words));
    };
    QObject::connect(engine, &Engine::scheduleStateChanged, context, say);
    // What holds from the start (the engine read it when it opened the store).
    if (const Schedule::State now = engine->scheduleState(); now.applies())
        say(now);
}

int ScheduleCommand::usageError(const QString &message)
{
    CliOutput::err(QStringLiteral("haul schedule: %1\n").arg(message));
    if (m_json)
        CliOutput::answer(
            CommandProcessor::answer(ExitCode::Usage, ErrorCode::E_InvalidArg, message));
    return ExitCode::Usage;
}

QString ScheduleCommand::edit(const QStringList &words, Schedule *schedule)
{
    const QString action = words.value(0);
    const QDateTime now = QDateTime::currentDateTime();
    if (action == QLatin1String("add")) {
        ScheduleRule rule;
        const QString problem = ScheduleRule::parse(words.mid(1), &rule);
        if (!problem.isEmpty())
            return QCoreApplication::translate("Cli", "add: %1").arg(problem);
        schedule->rules.append(rule);
    } else if (action == QLatin1String("remove") && words.size() == 2) {
        bool ok = false;
        const int n = words.at(1).toInt(&ok);
        if (!ok || n < 1 || n > schedule->rules.size())
            return QCoreApplication::translate("Cli", "remove: no rule %1 (see haul schedule)")
                .arg(words.at(1));
        schedule->rules.removeAt(n - 1);
    } else if (action == QLatin1String("clear") && words.size() == 1) {
        *schedule = Schedule();
    } else if ((action == QLatin1String("start") || action == QLatin1String("pause"))
        && words.size() == 2) {
        int minutes = -1;
        if (words.at(1) != QLatin1String("off") && !Schedule::parseTime(words.at(1), &minutes))
            return QCoreApplication::translate("Cli", "%1: expected a time such as 02:00, or off")
                .arg(action);
        if (action == QLatin1String("start")) {
            schedule->startAt = minutes;
            schedule->startSince = now;
        } else {
            schedule->pauseAt = minutes;
            schedule->pauseSince = now;
        }
    } else if (action == QLatin1String("resume") && words.size() == 1) {
        schedule->resume(now);
    } else {
        return QCoreApplication::translate("Cli",
            "expected add, remove N, clear, start HH:MM|off, pause HH:MM|off or resume; "
            "see haul schedule --help");
    }
    return QString();
}

int ScheduleCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption store(QStringLiteral("store"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") });
    parser.addOptions({ store, json, help });
    m_json = arguments.contains(QStringLiteral("--json"));
    if (!parser.parse(QStringList { QStringLiteral("haul") } + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        CliOutput::out(ScheduleCommand::help());
        return ExitCode::Ok;
    }
    const QStringList words = parser.positionalArguments();
    Schedule schedule = Schedule::load();
    if (!words.isEmpty()) {
        const QString problem = edit(words, &schedule);
        if (!problem.isEmpty())
            return usageError(problem);
        schedule.save();
    }
    // The owner hears of it at once, and says what applies now by its clock.
    const QDateTime now = QDateTime::currentDateTime();
    Schedule::State state = schedule.stateAt(now);
    QJsonObject reply;
    const bool owner = StoreOwner::forward(StoreLocation::resolve(parser.value(store)),
                           CommandProcessor::request(QStringLiteral("schedule"),
                               { { QStringLiteral("schedule"), schedule.toJson() } }),
                           &reply, 5000)
        && reply.value(QStringLiteral("exit")).toInt() == 0;
    QJsonObject member = schedule.toJson();
    member[QStringLiteral("now")] = owner
        ? reply.value(QStringLiteral("schedule")).toObject().value(QStringLiteral("now"))
        : QJsonValue(Schedule::stateJson(state));
    if (m_json) {
        QJsonObject answer = CommandProcessor::answer(ExitCode::Ok, 0);
        answer[QStringLiteral("schedule")] = member;
        answer[QStringLiteral("owner")] = owner;
        CliOutput::answer(answer);
    } else {
        print(schedule, state, now);
    }
    return ExitCode::Ok;
}

void ScheduleCommand::print(
    const Schedule &schedule, const Schedule::State &state, const QDateTime &now)
{
    QString t;
    if (schedule.rules.isEmpty())
        t += QCoreApplication::translate("Cli", "No rules.\n");
    for (int i = 0; i < schedule.rules.size(); ++i)
        t += QStringLiteral("%1  %2\n").arg(i + 1).arg(schedule.rules.at(i).text());
    const QString off = QCoreApplication::translate("Cli", "off");
    t += QCoreApplication::translate("Cli", "Start queued downloads at: %1\n")
             .arg(schedule.startAt < 0 ? off : Schedule::timeText(schedule.startAt));
    t += QCoreApplication::translate("Cli", "Pause downloads at:        %1\n")
             .arg(schedule.pauseAt < 0 ? off : Schedule::timeText(schedule.pauseAt));
    const QString words = Schedule::describe(state, now, QLocale());
    t += QCoreApplication::translate("Cli", "Now: %1\n")
             .arg(words.isEmpty() ? QCoreApplication::translate("Cli", "downloads run as usual")
                                  : words);
    CliOutput::out(t);
}
