#include "ui/jobactions.h"

#include "core/model/errorcodes.h"
#include "core/model/jobtypes.h"
#include "ui/jobtablemodel.h"
#include "ui/limitsdialog.h"
#include "ui/mainwindow.h"
#include "ui/runwhendonedialog.h"
#include "ui/whendone.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <algorithm>

namespace {
constexpr int NamesShown = 3;
constexpr int FilesShown = 5;

QString listOf(const QStringList &items, int shown)
{
    if (items.size() <= shown)
        return QLocale().createSeparatedList(items);
    return JobActions::tr("%1 and %n more", nullptr, int(items.size() - shown))
        .arg(items.mid(0, shown).join(JobActions::tr(", ")));
}
} // namespace

JobActions::JobActions(MainWindow *window, Engine *engine, JobTableModel *model)
    : QObject(window)
    , m_window(window)
    , m_engine(engine)
    , m_model(model)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_whenDone(new WhenDone(engine, this))
{
    connect(m_whenDone, &WhenDone::failed, this, [this](const QString &problem) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("When done"), problem, QMessageBox::Close, m_window);
        box->setObjectName(QStringLiteral("whenDoneFailed"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

QString JobActions::namesOf(const QStringList &names)
{
    return listOf(names, NamesShown);
}

QStringList JobActions::namesFor(const QList<QUuid> &ids) const
{
    QStringList names;
    for (const QUuid &id : ids)
        if (const std::optional<Job> job = m_model->job(id))
            names << tr(
                "“%1”", "a download's name quoted in a sentence: the quotes of the language")
                         .arg(JobTableModel::displayName(*job));
    return names;
}

bool JobActions::confirm(const QString &title, const QString &text)
{
    if (m_confirm)
        return m_confirm(title, text);
    return QMessageBox::question(
               m_window, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void JobActions::warnRefused(const QString &title, const QList<QPair<QUuid, CallResult>> &refused)
{
    QStringList problems;
    for (const auto &[id, r] : refused)
        problems << QCoreApplication::translate("MainWindow", "%1: %2 (%3)")
                        .arg(namesFor({ id }).value(0), ErrorCode::description(r.code),
                            ErrorCode::hex(r.code));
    if (!problems.isEmpty())
        QMessageBox::warning(m_window, title, problems.join(QLatin1Char('\n')));
}

void JobActions::resume()
{
    const QList<QUuid> ids = m_window->selectedJobs();
    m_engine->post([ids](Engine &engine) {
        for (const QUuid &id : ids)
            engine.resume(id);
    });
}

void JobActions::suspend()
{
    const QList<QUuid> ids = m_window->selectedJobs();
    m_engine->post([ids](Engine &engine) {
        for (const QUuid &id : ids)
            engine.suspend(id);
    });
}

void JobActions::toggle()
{
    QList<QUuid> toResume, toSuspend;
    for (const QUuid &id : m_window->selectedJobs()) {
        const std::optional<Job> job = m_model->job(id);
        if (!job || JobTypes::isFinal(job->state))
            continue;
        (JobTypes::canResume(job->state) ? toResume : toSuspend).append(id);
    }
    m_engine->post([toResume, toSuspend](Engine &engine) {
        for (const QUuid &id : toResume)
            engine.resume(id);
        for (const QUuid &id : toSuspend)
            engine.suspend(id);
    });
}

void JobActions::cancel(bool ask)
{
    QList<QUuid> toCancel, toRemove;
    for (const QUuid &id : m_window->selectedJobs()) {
        if (const std::optional<Job> job = m_model->job(id))
            (JobTypes::isFinal(job->state) ? toRemove : toCancel).append(id);
    }
    if (toCancel.isEmpty() && toRemove.isEmpty())
        return;
    if (ask) {
        QString text;
        if (!toCancel.isEmpty())
            text += tr("Cancel %n download(s): %1? What they received is deleted; files already "
                       "saved are kept.",
                nullptr, int(toCancel.size()))
                        .arg(namesOf(namesFor(toCancel)));
        if (!toRemove.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral("\n\n"))
                + tr("Remove %n finished download(s) from the list: %1? Their files are not "
                     "touched.",
                    nullptr, int(toRemove.size()))
                      .arg(namesOf(namesFor(toRemove)));
        if (!confirm(QCoreApplication::translate("MainWindow", "Cancel or remove"), text))
            return;
    }
    m_engine->post([toCancel, toRemove](Engine &engine) {
        for (const QUuid &id : toCancel)
            engine.cancel(id);
        for (const QUuid &id : toRemove)
            engine.removeJob(id);
    });
}

void JobActions::complete()
{
    const QList<QUuid> ids = m_window->selectedJobs();
    auto work = [ids](Engine &engine) {
        QList<QPair<QUuid, CallResult>> refused;
        for (const QUuid &id : ids)
            if (const CallResult r = engine.complete(id); !r.ok())
                refused.append({ id, r });
        return refused;
    };
    m_engine->post(this, work, [this](const QList<QPair<QUuid, CallResult>> &refused) {
        warnRefused(QCoreApplication::translate("MainWindow", "Could not complete"), refused);
    });
}

void JobActions::remove()
{
    const QList<QUuid> ids = m_window->selectedJobs();
    m_engine->post([ids](Engine &engine) {
        for (const QUuid &id : ids)
            engine.removeJob(id);
    });
}

QStringList JobActions::filesToDelete(const QList<QUuid> &ids) const
{
    QStringList files;
    for (const QUuid &id : ids) {
        const std::optional<Job> job = m_model->job(id);
        if (!job || job->state == JobState::Cancelled)
            continue; // a cancelled download has nothing left on disk
        for (const JobFile &f : job->files) {
            if (job->state == JobState::Acknowledged && f.completed && !f.localPath.isEmpty())
                files << f.localPath;
            else if (job->state != JobState::Acknowledged && !f.completed && !f.tempPath().isEmpty()
                && (f.bytesTransferred > 0 || f.transferred))
                files << f.tempPath();
        }
    }
    return files;
}

void JobActions::removeWithFiles(bool ask)
{
    const QList<QUuid> ids = m_window->selectedJobs();
    if (ids.isEmpty())
        return;
    const QStringList files = filesToDelete(ids);
    if (ask) {
        QString text = tr("Remove %n download(s) from the list and delete their files: %1?",
            nullptr, int(ids.size()))
                           .arg(namesOf(namesFor(ids)));
        QStringList shown;
        for (const QString &path : files)
            shown << QFileInfo(path).fileName();
        text += QStringLiteral("\n\n")
            + (files.isEmpty() ? tr("No file of theirs is on disk.")
                               : tr("These %n file(s) are deleted: %1", nullptr, int(files.size()))
                                     .arg(listOf(shown, FilesShown)));
        if (!confirm(tr("Remove with files"), text))
            return;
    }
    // Exactly the files named: unfinished downloads are cancelled first (which deletes
    // their .haul-part), the final files of completed ones are deleted, then all go.
    auto work = [ids, files](Engine &engine) {
        QList<QPair<QUuid, CallResult>> refused;
        for (const QUuid &id : ids) {
            const std::optional<Job> job = engine.job(id);
            if (!job)
                continue;
            if (!JobTypes::isFinal(job->state))
                engine.cancel(id);
            for (const JobFile &f : job->files)
                if (f.completed && files.contains(f.localPath))
                    QFile::remove(f.localPath);
            if (const CallResult r = engine.removeJob(id); !r.ok())
                refused.append({ id, r });
        }
        return refused;
    };
    m_engine->post(this, work, [this](const QList<QPair<QUuid, CallResult>> &refused) {
        warnRefused(tr("Could not remove"), refused);
    });
}

void JobActions::restart(bool ask)
{
    QList<QUuid> ids, again;
    for (const QUuid &id : m_window->selectedJobs())
        if (const std::optional<Job> job = m_model->job(id))
            (JobTypes::isFinal(job->state) ? again : ids).append(id);
    if (ids.isEmpty() && again.isEmpty())
        return;
    QStringList text;
    if (!ids.isEmpty())
        text << tr("Restart %n download(s) from zero: %1? What they received so far is deleted; "
                   "files already saved are kept.",
            nullptr, int(ids.size()))
                    .arg(namesOf(namesFor(ids)));
    if (!again.isEmpty())
        text << tr("Download %n finished download(s) again, as new downloads: %1?", nullptr,
            int(again.size()))
                    .arg(namesOf(namesFor(again)));
    if (ask && !confirm(tr("Restart"), text.join(QStringLiteral("\n\n"))))
        return;
    downloadAgain(again);
    auto work = [ids](Engine &engine) {
        QList<QPair<QUuid, CallResult>> refused;
        for (const QUuid &id : ids)
            if (const CallResult r = engine.restart(id); !r.ok())
                refused.append({ id, r });
        return refused;
    };
    m_engine->post(this, work, [this](const QList<QPair<QUuid, CallResult>> &refused) {
        warnRefused(tr("Could not restart"), refused);
    });
}

// A finished download (Acknowledged or Cancelled) accepts no change: a new one with its
// addresses, name and folder takes its place; the old one and its files stay.
void JobActions::downloadAgain(const QList<QUuid> &ids)
{
    for (const QUuid &id : ids) {
        const std::optional<Job> job = m_model->job(id);
        if (!job || job->files.isEmpty())
            continue;
        QList<QUrl> urls;
        for (const JobFile &f : job->files)
            urls << f.remoteUrl;
        const JobFile &first = job->files.first();
        const QString folder
            = first.localPath.isEmpty() ? first.folder : QFileInfo(first.localPath).absolutePath();
        m_window->addJobs(urls, folder, job->displayName, job->priority, false, true, QString(), {},
            {}, job->connections, job->rateLimit);
    }
}

void JobActions::move(QueueMove move)
{
    QList<Job> jobs;
    for (const QUuid &id : m_window->selectedJobs())
        if (const std::optional<Job> job = m_model->job(id))
            jobs.append(*job);
    std::sort(jobs.begin(), jobs.end(),
        [](const Job &a, const Job &b) { return a.queuePosition < b.queuePosition; });
    // The selection keeps its own order: the first goes up (or to the top) last.
    if (move == QueueMove::Top || move == QueueMove::Down)
        std::reverse(jobs.begin(), jobs.end());
    QList<QUuid> ids;
    for (const Job &job : std::as_const(jobs))
        ids.append(job.id);
    m_engine->post([ids, move](Engine &engine) {
        for (const QUuid &id : ids)
            engine.moveInQueue(id, move);
    });
}

void JobActions::setPriority(JobPriority priority)
{
    const QList<QUuid> ids = m_window->selectedJobs();
    m_engine->post([ids, priority](Engine &engine) {
        for (const QUuid &id : ids)
            engine.setPriority(id, priority);
    });
}

void JobActions::openLimitsDialog()
{
    const QList<QUuid> ids = m_window->selectedJobs();
    const std::optional<Job> first = ids.isEmpty() ? std::nullopt : m_model->job(ids.first());
    if (!first)
        return;
    auto *dialog = new LimitsDialog(namesOf(namesFor(ids)), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRateLimit(first->rateLimit);
    dialog->setConnections(first->connections);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { setLimits(dialog->rateLimit(), dialog->connections()); });
    dialog->open();
}

void JobActions::setLimits(qint64 bytesPerSecond, int connections)
{
    const QList<QUuid> ids = m_window->selectedJobs();
    m_engine->post([ids, bytesPerSecond, connections](Engine &engine) {
        for (const QUuid &id : ids) {
            engine.setRateLimit(id, bytesPerSecond);
            engine.setConnections(id, connections);
        }
    });
}

void JobActions::copyUrls()
{
    QStringList urls;
    for (const QUuid &id : m_window->selectedJobs()) {
        if (const std::optional<Job> job = m_model->job(id))
            for (const JobFile &f : job->files)
                urls << f.remoteUrl.toString();
    }
    if (!urls.isEmpty())
        QApplication::clipboard()->setText(urls.join(QLatin1Char('\n')));
}

void JobActions::openFiles(bool folder)
{
    for (const QUuid &id : m_window->selectedJobs()) {
        const std::optional<Job> job = m_model->job(id);
        if (!job || job->files.isEmpty())
            continue;
        const JobFile &f = job->files.first();
        QString path = f.completed ? f.localPath : QString();
        if (folder || path.isEmpty())
            path = f.localPath.isEmpty() ? f.folder : QFileInfo(f.localPath).absolutePath();
        if (!m_openUrl(QUrl::fromLocalFile(path))) {
            folderNotOpened(path);
            return; // one message, not one per download
        }
    }
}

// No file manager (or no program for the file) answered: the user still learns where it is.
void JobActions::folderNotOpened(const QString &path)
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Could not open"),
        tr("No program opened “%1”. Open it yourself, or copy its path.").arg(path),
        QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("notOpened"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *copy = box->addButton(tr("Copy path"), QMessageBox::ActionRole);
    connect(copy, &QPushButton::clicked, box, [path] { QApplication::clipboard()->setText(path); });
    box->open();
}

namespace {
QList<QUuid> unfinished(const QList<QUuid> &ids, const JobTableModel *model)
{
    QList<QUuid> left;
    for (const QUuid &id : ids)
        if (const std::optional<Job> job = model->job(id); job && !JobTypes::isFinal(job->state))
            left << id;
    return left;
}
} // namespace

bool JobActions::opensWhenDone(const QList<QUuid> &ids) const
{
    const QList<QUuid> left = unfinished(ids, m_model);
    return !left.isEmpty() && std::all_of(left.begin(), left.end(), [this](const QUuid &id) {
        return m_whenDone->opens(id);
    });
}

void JobActions::filesSaved(const QUuid &id)
{
    m_whenDone->completed(id);
}

void JobActions::setOpenWhenDone(bool open)
{
    for (const QUuid &id : unfinished(m_window->selectedJobs(), m_model))
        m_whenDone->setOpens(id, open);
}

void JobActions::chooseRunWhenDone()
{
    const QList<QUuid> ids = unfinished(m_window->selectedJobs(), m_model);
    if (ids.isEmpty())
        return;
    auto *dialog = new RunWhenDoneDialog(namesOf(namesFor(ids)), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRun(m_whenDone->run(ids.first()));
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        for (const QUuid &id : ids)
            m_whenDone->setRun(id, dialog->run());
    });
    dialog->open();
}
