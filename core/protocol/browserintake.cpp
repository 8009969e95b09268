#include "core/protocol/browserintake.h"

#include "core/engine/engine.h"
#include "core/engine/enginepreferences.h"
#include "core/engine/folderrules.h"
#include "core/model/errorcodes.h"
#include "core/protocol/commandprocessor.h"
#include "core/protocol/exitcodes.h"
#include "core/transfer/filenamesanitizer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
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
    if (parsed.type == BrowserRequest::Type::Download) {
        const BrowserDownload &d = parsed.downloads.first();
        for (const AwaitedLink &awaited : std::as_const(m_awaited)) {
            if (LinkRenewal::matches(awaited, d)) {
                probe(awaited, parsed, reply);
                return;
            }
        }
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
    const FolderRules rules = FolderRules::load(); // the hand-over names no folder
    const QList<BrowserDownload> downloads = request.downloads;
    auto work = [downloads, defaults, rules](Engine &engine) {
        QPair<CallResult, QList<QUuid>> made;
        for (const BrowserDownload &d : downloads) {
            const QString folder = rules.folderFor(d.url, d.fileName, defaults.defaultFolder);
            // A rule's folder is made the first time a download goes there.
            auto one
                = qMakePair(folder == defaults.defaultFolder ? CallResult()
                                                             : FolderRules::prepareFolder(folder),
                    QUuid());
            if (one.first.ok())
                one = JobMaker::make(engine, newJob(d, folder), defaults);
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

void BrowserIntake::awaitNewLink(const AwaitedLink &awaited)
{
    m_awaited.removeIf(
        [&](const AwaitedLink &a) { return a.job == awaited.job && a.file == awaited.file; });
    m_awaited.append(awaited);
}

// Asks the fresh link for its first byte, with the browser's headers, to learn whether it
// gives the bytes on disk.
void BrowserIntake::probe(
    const AwaitedLink &awaited, const BrowserRequest &request, const Reply &reply)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    const BrowserDownload &d = request.downloads.first();
    QNetworkRequest probe(d.url);
    probe.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : d.headers())
        probe.setRawHeader(name, value);
    probe.setRawHeader("Accept-Encoding", "identity");
    probe.setRawHeader("Range", "bytes=0-0");
    QNetworkReply *answer = m_network->get(probe);
    auto settled = std::make_shared<bool>(false);
    auto decide = [this, answer, awaited, request, reply, settled] {
        if (*settled)
            return;
        *settled = true;
        const ResponseHead head = ResponseHead::of(*answer);
        answer->abort();
        answer->deleteLater();
        settle(awaited,
            head.status ? LinkRenewal::compare(awaited, head) : LinkRenewal::Entity::Unusable,
            head.status, request, reply);
    };
    connect(answer, &QNetworkReply::metaDataChanged, this, decide);
    connect(answer, &QNetworkReply::finished, this, decide);
    QTimer::singleShot(15000, answer, decide);
}

void BrowserIntake::settle(const AwaitedLink &awaited, LinkRenewal::Entity entity, int status,
    const BrowserRequest &request, const Reply &reply)
{
    const BrowserDownload d = request.downloads.first();
    auto refuse = [&](const QString &message) {
        reply(socketAnswer(ExitCode::JobFailed,
            BrowserMessage::refusal(
                request.typeName, request.id, { QStringLiteral("refused"), message })));
    };
    QJsonObject browser = BrowserMessage::answer(request);
    browser[QStringLiteral("outcome")] = QStringLiteral("renewed");
    browser[QStringLiteral("jobs")] = QJsonArray { awaited.job.toString(QUuid::WithoutBraces) };
    if (entity == LinkRenewal::Entity::Unusable) {
        refuse(QStringLiteral("the new link does not give the file (HTTP %1)").arg(status));
        return;
    }
    if (entity == LinkRenewal::Entity::Different) {
        if (!m_dialog) {
            refuse(QStringLiteral("the new link gives a different file (another size or version)"));
            return;
        }
        m_awaited.removeIf(
            [&](const AwaitedLink &a) { return a.job == awaited.job && a.file == awaited.file; });
        emit newLinkDiffers(awaited, d);
        browser[QStringLiteral("sameFile")] = false;
        reply(socketAnswer(ExitCode::Ok, browser));
        return;
    }
    m_awaited.removeIf(
        [&](const AwaitedLink &a) { return a.job == awaited.job && a.file == awaited.file; });
    auto work = [awaited, d](Engine &engine) {
        CallResult r = engine.setRemoteUrl(awaited.job, awaited.file, d.url);
        if (r.ok())
            r = engine.setHeaders(awaited.job, d.headers());
        if (r.ok())
            r = engine.resume(awaited.job);
        return r;
    };
    m_engine->post(this, work, [this, awaited, browser, reply](const CallResult &r) mutable {
        if (!r.ok()) {
            reply(socketAnswer(ExitCode::JobFailed,
                BrowserMessage::refusal(browser.value(QStringLiteral("type")).toString(),
                    browser.value(QStringLiteral("id")),
                    { QStringLiteral("refused"),
                        QStringLiteral("Haul refused the new link: %1")
                            .arg(ErrorCode::name(r.code)) })));
            return;
        }
        emit linkRenewed(awaited.job, awaited.file);
        browser[QStringLiteral("sameFile")] = true;
        reply(socketAnswer(ExitCode::Ok, browser));
    });
}
