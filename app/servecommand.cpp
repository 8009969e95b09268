#include "app/servecommand.h"

#include "app/clioutput.h"
#include "app/dbusservice.h"
#include "app/schedulecommand.h"
#include "app/signalwatcher.h"
#include "app/storelocation.h"
#include "core/engine/engine.h"
#include "core/engine/enginepreferences.h"
#include "core/model/errorcodes.h"
#include "core/protocol/browserintake.h"
#include "core/protocol/exitcodes.h"
#include "core/protocol/storeowner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

ServeCommand::ServeCommand(QObject *parent)
    : QObject(parent)
{ }

ServeCommand::~ServeCommand()
{
    delete m_owner;
    m_owner = nullptr;
    delete m_engine;
}

void ServeCommand::log(const QString &line)
{
    CliOutput::err(QStringLiteral("[%1] %2\n")
                       .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
}

int ServeCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption store(QStringLiteral("store"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption autoComplete(QStringLiteral("auto-complete"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") });
    parser.addOptions({ store, autoComplete, json, help });
    if (!parser.parse(QStringList { QStringLiteral("haul") } + arguments)
        || !parser.positionalArguments().isEmpty()) {
        CliOutput::err(tr("haul serve: %1\n")
                           .arg(parser.errorText().isEmpty() ? tr("unexpected argument")
                                                             : parser.errorText()));
        return ExitCode::Usage;
    }
    if (parser.isSet(help)) {
        CliOutput::out(tr(
            "Usage: haul serve [--store PATH] [--auto-complete]\n\n"
            "Runs the jobs of the store without a window until SIGTERM or SIGINT, and answers the\n"
            "other haul verbs on that store. Jobs that reach Transferred wait for \"haul complete\"\n"
            "unless --auto-complete is given. Nothing is suspended on exit: jobs go on next time.\n"));
        return ExitCode::Ok;
    }
    m_autoComplete = parser.isSet(autoComplete);
    const QString storePath = StoreLocation::resolve(parser.value(store));
    QDir().mkpath(QFileInfo(storePath).absolutePath());
    m_owner = new StoreOwner;
    qint64 ownerPid = 0;
    if (!m_owner->claim(storePath, &ownerPid, 5000)) {
        CliOutput::err(
            tr("haul serve: the job store %1 is already run by another Haul process (pid %2).\n")
                .arg(QDir::toNativeSeparators(storePath))
                .arg(ownerPid));
        return ExitCode::Store;
    }
    m_engine = new Engine;
    const Engine::OpenResult opened = m_engine->open(storePath);
    if (!opened.ok()) {
        CliOutput::err(QStringLiteral("haul: %1\n").arg(opened.message));
        return ExitCode::Store;
    }
    // The user's Settings (parallel jobs, files at once, the speed limit for everything,
    // the stall timeout) hold here as in the window.
    EnginePreferences::load().applyTo(m_engine);
    ScheduleCommand::logChanges(m_engine, this, [this](const QString &line) { log(line); });
    QString problem;
    if (!m_owner->listen(m_engine, &problem)) {
        CliOutput::err(QStringLiteral("haul serve: %1\n").arg(problem));
        return ExitCode::Store;
    }
    connect(m_engine, &Engine::jobError, this, [this](const QUuid &id, const JobError &error) {
        log(tr("job %1: error %2 (%3) in context %4: %5")
                .arg(id.toString(QUuid::WithoutBraces).left(8), ErrorCode::hex(error.code),
                    error.codeName(), JobTypes::contextName(error.context), error.description()));
    });
    // A download the browser handed over ends as the browser's own would: completed.
    connect(
        m_owner->browserIntake(), &BrowserIntake::added, this, [this](const QList<QUuid> &jobs) {
            m_fromBrowser.unite(QSet<QUuid>(jobs.begin(), jobs.end()));
        });
    connect(m_engine, &Engine::jobTransferred, this, &ServeCommand::onJobTransferred);
    // The D-Bus interface on the user's session bus; without it serve goes on.
    auto *dbus = new DbusService(m_engine, this);
    connect(dbus, &DbusService::exported, this,
        [this] { log(tr("D-Bus: io.github.haul.Haul on the session bus")); });
    connect(dbus, &DbusService::notExported, this, [this](const QString &why) { log(why); });
    dbus->start();
    auto *watcher = new SignalWatcher(this);
    connect(watcher, &SignalWatcher::received, this, [this](int) {
        log(tr("stopping; unfinished jobs go on the next time Haul runs"));
        delete m_owner;
        m_owner = nullptr;
        m_engine->close();
        emit finished(0);
    });
    m_poll = new QTimer(this);
    connect(m_poll, &QTimer::timeout, this, &ServeCommand::logChanges);
    m_poll->start(500);
    log(tr("serving %1").arg(QDir::toNativeSeparators(storePath)));
    logChanges();
    m_engine->replayNotifications();
    return -1;
}

void ServeCommand::onJobTransferred(const QUuid &id)
{
    if (!m_autoComplete && !m_fromBrowser.remove(id))
        return;
    // Its own program (setnotifycmdline) completes it, as in BITS.
    if (const std::optional<Job> job = m_engine->job(id); job && !job->notifyProgram.isEmpty())
        return;
    const CallResult r = m_engine->complete(id);
    log(tr("job %1: completed (%2)")
            .arg(id.toString(QUuid::WithoutBraces).left(8), ErrorCode::name(r.code)));
}

void ServeCommand::logChanges()
{
    for (const Job &job : m_engine->jobs()) {
        const auto it = m_states.constFind(job.id);
        if (it != m_states.constEnd() && it.value() == job.state)
            continue;
        log(tr("job %1 (%2): %3")
                .arg(job.id.toString(QUuid::WithoutBraces).left(8), job.displayName,
                    JobTypes::stateDisplayName(job.state)));
        m_states.insert(job.id, job.state);
    }
}
