#include "app/dbusservice.h"

#include "core/engine/engine.h"
#include "core/engine/enginepreferences.h"
#include "core/engine/intake.h"
#include "core/engine/jobmaker.h"
#include "core/model/errorcodes.h"
#include "core/model/jobjson.h"
#include "core/protocol/browserintake.h"
#include "core/protocol/commandprocessor.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QFileInfo>
#include <QJsonArray>

namespace {

const QString serviceName = QStringLiteral("io.github.haul.Haul");
const QString objectPath = QStringLiteral("/io/github/haul/Haul");
const QString errorPrefix = QStringLiteral("io.github.haul.Haul1.Error.");

// A code's name (E_INVALIDARG, BG_E_HTTP_ERROR_404) as the last element of an error name.
QString errorName(const QString &codeName)
{
    QString element = codeName;
    for (QChar &c : element) {
        if (!c.isLetterOrNumber() || c.unicode() > 127)
            c = QLatin1Char('_');
    }
    if (element.isEmpty() || element.front().isDigit())
        element.prepend(QStringLiteral("E_"));
    return errorPrefix + element;
}

QString words(const CallResult &r)
{
    const QString description = ErrorCode::description(r.code);
    return r.details.isEmpty() ? description
                               : description + QStringLiteral(" (") + r.details + QLatin1Char(')');
}

// One job as ListJobs gives it: the fields of the CLI's JSON, under the JSON's names.
QVariantMap jobMap(const Job &job)
{
    static const QStringList texts { QStringLiteral("id"), QStringLiteral("name"),
        QStringLiteral("state"), QStringLiteral("priority") };
    static const QStringList sizes { QStringLiteral("bytesTotal"),
        QStringLiteral("bytesTransferred") };
    static const QStringList counts { QStringLiteral("filesTotal"),
        QStringLiteral("filesTransferred"), QStringLiteral("errorCount") };
    const QJsonObject json = JobJson::fromJob(job);
    QVariantMap map;
    for (const QString &key : texts)
        map.insert(key, json.value(key).toString());
    for (const QString &key : sizes)
        map.insert(key, qlonglong(json.value(key).toInteger()));
    for (const QString &key : counts)
        map.insert(key, int(json.value(key).toInteger()));
    return map;
}

// On the engine thread: every address and the folder pass Intake before any job is made;
// a job that cannot be made takes the ones made before it away with it.
QPair<CallResult, QList<QUuid>> addUrls(Engine &engine, const QStringList &urls,
    const QString &folder, bool startPaused, const EnginePreferences &defaults)
{
    if (urls.isEmpty())
        return { CallResult(ErrorCode::E_InvalidArg, -1, QStringLiteral("no URL")), {} };
    QList<QUrl> parsed;
    for (int i = 0; i < urls.size(); ++i) {
        parsed.append(QUrl(urls.at(i), QUrl::StrictMode));
        CallResult r = Intake::checkRemoteUrl(parsed.last());
        if (!r.ok()) {
            r.fileIndex = i;
            return { r, {} };
        }
    }
    CallResult r = Intake::checkLocalPath(folder);
    if (r.ok() && !QFileInfo(folder).isDir())
        r = CallResult(ErrorCode::E_LocalPathInvalid, -1, folder);
    if (!r.ok())
        return { r, {} };
    QList<QUuid> made;
    for (NewJob job : BrowserIntake::newJobs(parsed, false, folder)) {
        job.startPaused = startPaused;
        const QPair<CallResult, QUuid> one = JobMaker::make(engine, job, defaults);
        if (!one.first.ok()) {
            for (const QUuid &id : std::as_const(made)) {
                engine.cancel(id);
                engine.removeJob(id);
            }
            return { one.first, {} };
        }
        made.append(one.second);
    }
    return { CallResult(), made };
}

} // namespace

DbusService::DbusService(Engine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_bus(QDBusConnection::sessionBus()) // the user's session bus, never the system bus
{
    qDBusRegisterMetaType<QList<QVariantMap>>();
    connect(m_engine, &Engine::jobTransferred, this,
        [this](const QUuid &id) { emit JobTransferred(id.toString(QUuid::WithoutBraces)); });
    connect(m_engine, &Engine::jobError, this, [this](const QUuid &id, const ::JobError &error) {
        emit JobError(
            id.toString(QUuid::WithoutBraces), ErrorCode::hex(error.code), error.description());
    });
    connect(m_engine, &Engine::jobsChanged, this,
        [this](const QList<Job> &changed, const QList<QUuid> &removed) {
            for (const Job &job : changed)
                emit JobChanged(job.id.toString(QUuid::WithoutBraces));
            for (const QUuid &id : removed)
                emit JobChanged(id.toString(QUuid::WithoutBraces));
        });
}

DbusService::~DbusService()
{
    if (m_registered)
        m_bus.unregisterObject(objectPath);
}

void DbusService::start()
{
    if (!m_bus.isConnected()) {
        emit notExported(tr("D-Bus: no session bus (%1); the D-Bus interface is off")
                             .arg(m_bus.lastError().message()));
        return;
    }
    m_registered = m_bus.registerObject(objectPath, this,
        QDBusConnection::ExportScriptableSlots | QDBusConnection::ExportScriptableSignals);
    // Asked without waiting: the window's GUI thread does not stop for the bus either.
    QDBusMessage request = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
        QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("org.freedesktop.DBus"),
        QStringLiteral("RequestName"));
    request << serviceName << uint(4); // DBUS_NAME_FLAG_DO_NOT_QUEUE
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(request), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        // 1: the primary owner now, 4: already.
        if (reply.isValid() && (reply.value() == 1 || reply.value() == 4)) {
            emit exported();
            return;
        }
        emit notExported(
            tr("D-Bus: %1 belongs to another Haul on this session bus; this one goes on without it")
                .arg(serviceName));
    });
}

QStringList DbusService::AddUrls(const QStringList &urls, const QString &folder, bool startPaused)
{
    setDelayedReply(true);
    const QDBusMessage call = message();
    const EnginePreferences defaults = EnginePreferences::load();
    const QString into = folder.isEmpty() ? defaults.defaultFolder : folder;
    auto work = [urls, into, startPaused, defaults](
                    Engine &engine) { return addUrls(engine, urls, into, startPaused, defaults); };
    m_engine->post(this, work, [this, call](const QPair<CallResult, QList<QUuid>> &made) {
        if (!made.first.ok()) {
            QString text = words(made.first);
            if (made.first.fileIndex >= 0)
                text = tr("URL %1: %2").arg(made.first.fileIndex + 1).arg(text);
            m_bus.send(call.createErrorReply(errorName(ErrorCode::name(made.first.code)), text));
            return;
        }
        QStringList ids;
        for (const QUuid &id : made.second)
            ids.append(id.toString(QUuid::WithoutBraces));
        m_bus.send(call.createReply(ids));
    });
    return {};
}

QList<QVariantMap> DbusService::ListJobs()
{
    setDelayedReply(true);
    const QDBusMessage call = message();
    m_engine->post(
        this,
        [](Engine &engine) {
            QList<QVariantMap> list;
            for (const Job &job : engine.jobs())
                list.append(jobMap(job));
            return list;
        },
        [this, call](const QList<QVariantMap> &list) {
            m_bus.send(call.createReply(QVariant::fromValue(list)));
        });
    return {};
}

void DbusService::Resume(const QString &id)
{
    onJob(QStringLiteral("resume"), id);
}

void DbusService::Suspend(const QString &id)
{
    onJob(QStringLiteral("suspend"), id);
}

void DbusService::Cancel(const QString &id)
{
    onJob(QStringLiteral("cancel"), id);
}

void DbusService::Complete(const QString &id)
{
    onJob(QStringLiteral("complete"), id);
}

// The CLI's verb and its rule for JOB (an id, a unique id prefix or a unique name).
void DbusService::onJob(const QString &verb, const QString &id)
{
    setDelayedReply(true);
    const QDBusMessage call = message();
    const QJsonObject request
        = CommandProcessor::request(verb, { { QStringLiteral("job"), id.trimmed() } });
    m_engine->post(
        this, [request](Engine &engine) { return CommandProcessor::execute(engine, request); },
        [this, call](const QJsonObject &answer) {
            if (ErrorCode::succeeded(
                    ErrorCode::fromHex(answer.value(QStringLiteral("code")).toString())))
                m_bus.send(call.createReply());
            else
                replyFailure(call, answer);
        });
}

void DbusService::replyFailure(const QDBusMessage &call, const QJsonObject &answer)
{
    const quint32 code = ErrorCode::fromHex(answer.value(QStringLiteral("code")).toString());
    const QString job = answer.value(QStringLiteral("jobText")).toString();
    const QString reason = answer.value(QStringLiteral("reason")).toString();
    QString text;
    if (reason == QLatin1String("unknown"))
        text = tr("No job matches \"%1\".").arg(job);
    else if (reason == QLatin1String("ambiguous"))
        text = tr("\"%1\" matches %n job(s); give more of the id.", "",
            int(answer.value(QStringLiteral("matches")).toArray().size()))
                   .arg(job);
    else
        text = words(CallResult(code, -1, answer.value(QStringLiteral("message")).toString()));
    m_bus.send(call.createErrorReply(errorName(ErrorCode::name(code)), text));
}
