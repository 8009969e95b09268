#include "app/monitorcommand.h"

#include "app/clioutput.h"
#include "app/signalwatcher.h"
#include "app/storelocation.h"
#include "app/verbcommand.h"
#include "core/l10n/format.h"
#include "core/protocol/commandprocessor.h"
#include "core/protocol/exitcodes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimer>
#include <sys/ioctl.h>
#include <unistd.h>

MonitorCommand::MonitorCommand(QObject *parent)
    : QObject(parent)
{ }

int MonitorCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption store(QStringLiteral("store"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") });
    parser.addOptions({ store, json, help });
    if (!parser.parse(QStringList { QStringLiteral("haul") } + arguments)
        || !parser.positionalArguments().isEmpty()) {
        CliOutput::err(tr("haul monitor: %1\n")
                           .arg(parser.errorText().isEmpty() ? tr("unexpected argument")
                                                             : parser.errorText()));
        return ExitCode::Usage;
    }
    if (parser.isSet(help)) {
        CliOutput::out(tr(
            "Usage: haul monitor [--store PATH]\n\nShows every job with its state, progress, speed and error, refreshed every second,\nuntil Ctrl+C.\n"));
        return ExitCode::Ok;
    }
    m_storePath = StoreLocation::resolve(parser.value(store));
    m_terminal = ::isatty(STDOUT_FILENO);
    auto *watcher = new SignalWatcher(this);
    connect(watcher, &SignalWatcher::received, this, [this](int) {
        m_timer->stop();
        emit finished(0);
    });
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &MonitorCommand::refresh);
    m_timer->start(1000);
    refresh();
    return -1;
}

void MonitorCommand::refresh()
{
    int storeExit = 0;
    const QJsonObject answer = VerbCommand::carryOut(
        m_storePath, CommandProcessor::request(QStringLiteral("list")), &storeExit);
    if (storeExit != 0) {
        m_timer->stop();
        emit finished(storeExit);
        return;
    }
    int width = 100;
    winsize ws {};
    if (m_terminal && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        width = ws.ws_col;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int nameWidth = std::clamp(width - 80, 8, 40);
    QStringList lines;
    lines.append(
        tr("Haul – %1 – %2")
            .arg(m_storePath, QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    lines.append(tr("ID        %1  STATE            PROGRESS              SPEED         ERROR")
                     .arg(tr("NAME"), -nameWidth));
    for (const QJsonValue &v : answer.value(QStringLiteral("jobs")).toArray()) {
        const QJsonObject job = v.toObject();
        const QString id = job.value(QStringLiteral("id")).toString();
        const qint64 bytes = job.value(QStringLiteral("bytesTransferred")).toInteger();
        const qint64 total = job.value(QStringLiteral("bytesTotal")).toInteger();
        QString speed;
        if (m_last.contains(id) && now > m_last[id].first) {
            const double bps
                = double(bytes - m_last[id].second) * 1000.0 / double(now - m_last[id].first);
            if (bps > 0)
                speed = Format::speed(bps);
        }
        m_last[id] = { now, bytes };
        QString progress = total > 0
            ? QStringLiteral("%1 % %2").arg(int(bytes * 100 / total), 3).arg(Format::size(total))
            : Format::size(bytes);
        const QJsonObject error = job.value(QStringLiteral("error")).toObject();
        JobState state = JobState::Queued;
        JobTypes::stateFromName(job.value(QStringLiteral("state")).toString(), &state);
        lines.append(
            QStringLiteral("%1  %2  %3  %4  %5  %6")
                .arg(id.left(8))
                .arg(job.value(QStringLiteral("name")).toString().left(nameWidth), -nameWidth)
                .arg(JobTypes::stateDisplayName(state).left(15), -15)
                .arg(progress, -20)
                .arg(speed, -12)
                .arg(error.isEmpty() ? QString()
                                     : error.value(QStringLiteral("codeName")).toString()));
    }
    QString text = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (m_terminal)
        text.prepend(QStringLiteral("\x1b[H\x1b[2J"));
    else
        text.append(QLatin1Char('\n'));
    CliOutput::out(text);
}
