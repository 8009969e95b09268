#include "core/protocol/browserintake.h"

#include "core/engine/engine.h"
#include "core/engine/enginepreferences.h"
#include "core/model/errorcodes.h"
#include "core/protocol/commandprocessor.h"
#include "core/protocol/exitcodes.h"
#include "core/transfer/filenamesanitizer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace {

QJsonObject socketAnswer(int exit, const QJsonObject &browser)
{
    QJsonObject answer = CommandProcessor::answer(
        exit, exit == ExitCode::Ok ? ErrorCode::S_Ok : ErrorCode::E_InvalidArg);
    answer[QStringLiteral("browser")] = browser;
    return answer;
}

} // namespace

BrowserIntake::BrowserIntake(Engine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{ }

NewJob BrowserIntake::newJob(const BrowserDownload &download, const QString &folder)
{
    NewJob job;
    const QString name = FileNameSanitizer::sanitize(download.fileName);
    job.files.append({ download.url, name.isEmpty() ? folder : QDir(folder).filePath(name), {} });
    job.headers = download.headers();
    return job;
}

QList<NewJob> BrowserIntake::newJobs(const QList<QUrl> &urls, bool oneJob, const QString &folder,
    const QList<BrowserDownload> &fromBrowser)
{
    QList<NewJob> jobs;
    for (const QUrl &url : urls) {
        auto d = std::find_if(fromBrowser.begin(), fromBrowser.end(),
            [&](const BrowserDownload &b) { return b.url == url; });
        if (d != fromBrowser.end() && (!oneJob || urls.size() == 1)) {
            jobs.append(newJob(*d, folder));
            continue;
        }
        if (!oneJob || jobs.isEmpty())
            jobs.append(NewJob());
        jobs.last().files.append({ url, folder, {} });
    }
    return jobs;
}

void BrowserIntake::take(const QJsonObject &request, const Reply &reply)
{
    // Checked again here: the socket is the user's, but the rule has one place.
    BrowserRequest parsed;
    BrowserMessage::Refusal refusal;
    const QByteArray body
        = QJsonDocument(request.value(QStringLiteral("message")).toObject()).toJson();
    if (!BrowserMessage::parse(body, &parsed, &refusal)) {
        reply(socketAnswer(
            ExitCode::Usage, BrowserMessage::refusal(parsed.typeName, parsed.id, refusal)));
        return;
    }
    if (parsed.downloads.isEmpty()) {
        reply(socketAnswer(ExitCode::Usage,
            BrowserMessage::refusal(parsed.typeName, parsed.id,
                { QStringLiteral("unknown_type"), QStringLiteral("nothing to download") })));
        return;
    }
    if (m_dialog && m_dialog(parsed.downloads)) {
        QJsonObject browser = BrowserMessage::answer(parsed);
        browser[QStringLiteral("outcome")] = QStringLiteral("dialog");
        reply(socketAnswer(ExitCode::Ok, browser));
        return;
    }
    addAtOnce(parsed, reply);
}

void BrowserIntake::addAtOnce(const BrowserRequest &request, const Reply &reply)
{
    const EnginePreferences defaults = EnginePreferences::load();
    const QList<BrowserDownload> downloads = request.downloads;
    auto work = [downloads, defaults](Engine &engine) {
        QPair<CallResult, QList<QUuid>> made;
        for (const BrowserDownload &d : downloads) {
            const auto one = JobMaker::make(engine, newJob(d, defaults.defaultFolder), defaults);
            if (!one.first.ok()) {
                made.first = one.first;
                break;
            }
            made.second.append(one.second);
        }
        return made;
    };
    m_engine->post(this, work, [this, request, reply](const QPair<CallResult, QList<QUuid>> &made) {
        QJsonObject browser = BrowserMessage::answer(request);
        QJsonArray jobs;
        for (const QUuid &id : made.second)
            jobs.append(id.toString(QUuid::WithoutBraces));
        if (!made.first.ok() && jobs.isEmpty()) {
            browser = BrowserMessage::refusal(request.typeName, request.id,
                { QStringLiteral("refused"),
                    QStringLiteral("Haul refused the download: %1 (%2)")
                        .arg(ErrorCode::name(made.first.code), ErrorCode::hex(made.first.code)) });
            reply(socketAnswer(ExitCode::JobFailed, browser));
            return;
        }
        emit added(made.second);
        browser[QStringLiteral("outcome")] = QStringLiteral("added");
        browser[QStringLiteral("jobs")] = jobs;
        reply(socketAnswer(ExitCode::Ok, browser));
    });
}
