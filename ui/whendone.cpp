#include "ui/whendone.h"

#include "core/engine/engine.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QUrl>

namespace {
const QString Group = QStringLiteral("whenDone");

QString key(const QUuid &id, const char *name)
{
    return QStringLiteral("%1/%2/%3")
        .arg(Group, id.toString(QUuid::WithoutBraces), QLatin1String(name));
}

QStringList finalPaths(const Job &job)
{
    QStringList paths;
    for (const JobFile &file : job.files)
        if (file.completed && !file.localPath.isEmpty())
            paths << file.localPath;
    return paths;
}
} // namespace

WhenDone::WhenDone(Engine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    connect(m_engine, &Engine::jobsChanged, this,
        [this](const QList<Job> &, const QList<QUuid> &removed) {
            for (const QUuid &id : removed)
                forget(id);
        });
    // Jobs removed while no window listened (by a verb, by another window) go too.
    m_engine->post(
        this, [](Engine &engine) { return engine.jobs(); },
        [this](const QList<Job> &jobs) { pruneTo(jobs); });
}

bool WhenDone::opens(const QUuid &id) const
{
    return QSettings().value(key(id, "open")).toBool();
}

void WhenDone::setOpens(const QUuid &id, bool open)
{
    QSettings s;
    if (open)
        s.setValue(key(id, "open"), true);
    else
        s.remove(key(id, "open"));
}

WhenDone::Run WhenDone::run(const QUuid &id) const
{
    QSettings s;
    return { s.value(key(id, "program")).toString(), s.value(key(id, "arguments")).toStringList() };
}

void WhenDone::setRun(const QUuid &id, const Run &run)
{
    QSettings s;
    if (run.program.isEmpty()) {
        s.remove(key(id, "program"));
        s.remove(key(id, "arguments"));
        return;
    }
    s.setValue(key(id, "program"), run.program);
    s.setValue(key(id, "arguments"), run.arguments);
}

void WhenDone::forget(const QUuid &id)
{
    QSettings().remove(QStringLiteral("%1/%2").arg(Group, id.toString(QUuid::WithoutBraces)));
}

void WhenDone::completed(const QUuid &id)
{
    if (!opens(id) && run(id).program.isEmpty())
        return;
    m_engine->post(
        this, [id](Engine &engine) { return engine.job(id); },
        [this, id](const std::optional<Job> &job) {
            if (!job)
                return;
            carryOut(*job);
            forget(id);
        });
}

void WhenDone::carryOut(const Job &job)
{
    const QStringList paths = finalPaths(job);
    if (paths.isEmpty())
        return;
    if (opens(job.id) && !QDesktopServices::openUrl(QUrl::fromLocalFile(paths.first())))
        emit failed(tr("No program opened “%1”.").arg(paths.first()));
    const Run r = run(job.id);
    if (r.program.isEmpty())
        return;
    // Never through a shell: the paths reach the program as they are, whatever they hold.
    const QString folder = QFileInfo(paths.first()).absolutePath();
    if (!QProcess::startDetached(r.program, r.arguments + paths, folder))
        emit failed(tr("Could not run “%1” for “%2”.").arg(r.program, paths.first()));
}

// Only when the store holds one of the saved jobs: another store (a test's, a second
// window's) sharing these settings must not erase this one's choices.
void WhenDone::pruneTo(const QList<Job> &jobs)
{
    QSet<QString> existing;
    for (const Job &job : jobs)
        existing.insert(job.id.toString(QUuid::WithoutBraces));
    QSettings s;
    s.beginGroup(Group);
    const QStringList saved = s.childGroups();
    if (std::none_of(
            saved.begin(), saved.end(), [&](const QString &id) { return existing.contains(id); }))
        return;
    for (const QString &id : saved)
        if (!existing.contains(id))
            s.remove(id);
}
