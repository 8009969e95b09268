#include "app/browserhostcommand.h"

#include "app/clioutput.h"
#include "app/storelocation.h"
#include "core/protocol/commandprocessor.h"
#include "core/protocol/exitcodes.h"
#include "core/protocol/storeowner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>
#include <QUrl>
#include <algorithm>
#include <cerrno>
#include <unistd.h>

namespace {

constexpr int ProtocolVersion = 1;
constexpr int StartWaitMs = 20000;
constexpr int ListedJobs = 50;

bool writeAll(const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

QJsonObject refusal(const BrowserRequest &request, const char *code, const QString &message)
{
    return BrowserMessage::refusal(
        request.typeName, request.id, { QString::fromLatin1(code), message });
}

} // namespace

bool BrowserHostCommand::isBrowserLaunch(const QStringList &arguments)
{
    if (arguments.size() >= 2 && arguments.at(1).startsWith(QLatin1String("chrome-extension://")))
        return true;
    return arguments.size() == 3 && arguments.at(1).endsWith(QLatin1String(".json"))
        && arguments.at(1).contains(QLatin1String("native-messaging-hosts"), Qt::CaseInsensitive);
}

int BrowserHostCommand::run(const QStringList &arguments)
{
    const int store = int(arguments.indexOf(QStringLiteral("--store")));
    if (store >= 0 && store + 1 < arguments.size())
        m_storeOption = arguments.at(store + 1);
    m_storePath = StoreLocation::resolve(m_storeOption);
    NativeFrames frames;
    char chunk[65536];
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return ExitCode::Ok; // the browser closed the port
        frames.feed(QByteArray(chunk, n));
        QByteArray body;
        for (NativeFrames::Next next;
             (next = frames.next(&body)) != NativeFrames::Next::NeedMore;) {
            const QJsonObject reply = next == NativeFrames::Next::TooLarge
                ? BrowserMessage::refusal(QString(), QJsonValue(),
                    { QStringLiteral("too_large"),
                        QStringLiteral("messages to Haul are at most 1 MiB") })
                : answer(body);
            if (!writeAll(NativeFrames::frame(reply)))
                return ExitCode::Ok;
        }
    }
}

QJsonObject BrowserHostCommand::answer(const QByteArray &body)
{
    BrowserRequest request;
    BrowserMessage::Refusal refused;
    if (!BrowserMessage::parse(body, &request, &refused)) {
        CliOutput::err(
            QStringLiteral("haul browser-host: refused a message: %1\n").arg(refused.message));
        return BrowserMessage::refusal(request.typeName, request.id, refused);
    }
    switch (request.type) {
    case BrowserRequest::Type::Hello:
        return hello(request);
    case BrowserRequest::Type::List:
        return list(request);
    case BrowserRequest::Type::Download:
    case BrowserRequest::Type::Links:
        break;
    }
    return handOver(request, QJsonDocument::fromJson(body).object());
}

QJsonObject BrowserHostCommand::hello(const BrowserRequest &request)
{
    QJsonObject answer;
    const bool running = StoreOwner::forward(
        m_storePath, CommandProcessor::request(QStringLiteral("list")), &answer, 5000);
    QJsonObject o = BrowserMessage::answer(request);
    o[QStringLiteral("protocol")] = ProtocolVersion;
    o[QStringLiteral("version")] = QCoreApplication::applicationVersion();
    o[QStringLiteral("running")] = running;
    return o;
}

QJsonObject BrowserHostCommand::list(const BrowserRequest &request)
{
    QJsonObject request2 = CommandProcessor::request(QStringLiteral("list"));
    request2[QStringLiteral("active")] = true;
    QJsonObject answer;
    const bool running = StoreOwner::forward(m_storePath, request2, &answer, 5000);
    QJsonArray all = answer.value(QStringLiteral("jobs")).toArray();
    QList<QJsonObject> jobs;
    for (const QJsonValue &v : all)
        jobs.append(v.toObject());
    std::stable_sort(jobs.begin(), jobs.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("creationTime")).toString()
            > b.value(QStringLiteral("creationTime")).toString();
    });
    QJsonArray shown;
    for (const QJsonObject &job : jobs.mid(0, ListedJobs)) {
        QJsonObject item;
        for (const char *key : { "id", "name", "state", "bytesTransferred", "bytesTotal" })
            item[QLatin1String(key)] = job.value(QLatin1String(key));
        // A job without a name (as the browser's are) shows its first file's.
        const QJsonObject file = job.value(QStringLiteral("files")).toArray().first().toObject();
        const QString path = file.value(QStringLiteral("localPath")).toString();
        if (item.value(QStringLiteral("name")).toString().isEmpty())
            item[QStringLiteral("name")] = !path.isEmpty()
                ? QFileInfo(path).fileName()
                : QUrl(file.value(QStringLiteral("remoteUrl")).toString()).fileName();
        shown.append(item);
    }
    QJsonObject o = BrowserMessage::answer(request);
    o[QStringLiteral("running")] = running;
    o[QStringLiteral("jobs")] = shown;
    return o;
}

QJsonObject BrowserHostCommand::handOver(const BrowserRequest &request, const QJsonObject &message)
{
    QJsonObject forwarded = CommandProcessor::request(QStringLiteral("browser"));
    forwarded[QStringLiteral("message")] = message;
    QJsonObject answer;
    bool reached = StoreOwner::forward(m_storePath, forwarded, &answer);
    if (!reached && startWindow()) {
        const QDeadlineTimer deadline(StartWaitMs);
        while (!reached && !deadline.hasExpired()) {
            QThread::msleep(250);
            reached = StoreOwner::forward(m_storePath, forwarded, &answer);
        }
    }
    if (!reached)
        return refusal(
            request, "unreachable", QStringLiteral("Haul could not be started or did not answer"));
    const QJsonObject browser = answer.value(QStringLiteral("browser")).toObject();
    if (browser.isEmpty())
        return refusal(request, "refused",
            answer.value(QStringLiteral("message"))
                .toString(QStringLiteral("Haul refused the download")));
    return browser;
}

bool BrowserHostCommand::startWindow()
{
    QProcess window;
    window.setProgram(QCoreApplication::applicationFilePath());
    if (!m_storeOption.isEmpty())
        window.setArguments({ QStringLiteral("--store"), m_storeOption });
    // The browser's pipes stay the host's: the window gets none of them.
    window.setStandardInputFile(QProcess::nullDevice());
    window.setStandardOutputFile(QProcess::nullDevice());
    window.setStandardErrorFile(QProcess::nullDevice());
    qint64 pid = 0;
    if (!window.startDetached(&pid)) {
        CliOutput::err(QStringLiteral("haul browser-host: could not start the window\n"));
        return false;
    }
    return true;
}
