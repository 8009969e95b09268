#include "ui/jobtablemodel.h"

#include "core/engine/engine.h"
#include "core/l10n/format.h"
#include "ui/stateicon.h"

#include <QFileInfo>
#include <QMimeData>
#include <QTimer>

namespace {

constexpr int CoalesceMs = 250; // a few refreshes a second are plenty (KGet: 500 ms)

} // namespace

QString JobTableModel::displayName(const Job &job)
{
    const QString name = job.name();
    return name.isEmpty() ? tr("(unnamed download)") : name;
}

JobTableModel::JobTableModel(Engine *engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
    , m_coalesce(new QTimer(this))
    , m_sampler(new QTimer(this))
{
    m_clock.start();
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(CoalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, &JobTableModel::applyPending);
    m_sampler->setInterval(1000);
    connect(m_sampler, &QTimer::timeout, this, &JobTableModel::sample);
    m_sampler->start();
    connect(engine, &Engine::jobsChanged, this, &JobTableModel::onJobsChanged);
    reload();
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case SizeColumn:
        return tr("Size");
    case SpeedColumn:
        return tr("Speed");
    case TimeLeftColumn:
        return tr("Time left");
    case PriorityColumn:
        return tr("Priority");
    case FilesColumn:
        return tr("Files");
    case AddedColumn:
        return tr("Added");
    case QueueColumn:
        return tr("#");
    }
    return QVariant();
}

Qt::ItemFlags JobTableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsDragEnabled;
}

QStringList JobTableModel::mimeTypes() const
{
    return { QStringLiteral("text/uri-list"), QStringLiteral("text/plain") };
}

QMimeData *JobTableModel::mimeData(const QModelIndexList &indexes) const
{
    // Dragging a job out gives its URLs, as copying it does.
    QList<QUrl> urls;
    QSet<int> rows;
    for (const QModelIndex &index : indexes) {
        if (rows.contains(index.row()))
            continue;
        rows.insert(index.row());
        for (const JobFile &f : m_jobs.at(index.row()).files)
            urls.append(f.remoteUrl);
    }
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    return mime;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return QVariant();
    const Job &job = m_jobs.at(index.row());

    if (role == JobIdRole)
        return job.id;
    if (role == StateRole)
        return int(job.state);
    if (role == SearchTextRole) {
        QStringList parts { displayName(job) };
        for (const JobFile &f : job.files)
            parts << f.remoteUrl.toString() << f.localPath;
        return parts.join(QLatin1Char('\n'));
    }
    if (role == ProgressRole)
        return perMille(job);
    if (role == SortRole)
        return sortKey(job, index.column());
    if (role == Qt::DecorationRole && index.column() == StateColumn)
        return StateIcon::forState(job.state);
    if (role == Qt::ToolTipRole && index.column() == StateColumn && job.error)
        return QStringLiteral("%1\n%2").arg(job.error->description(), job.error->codeName());
    if (role == Qt::ToolTipRole && index.column() == AddedColumn)
        return Format::dateTime(job.creationTime);
    if (role == Qt::ToolTipRole && index.column() == NameColumn && !job.files.isEmpty())
        return job.files.first().remoteUrl.toString();
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case SizeColumn:
        case SpeedColumn:
        case TimeLeftColumn:
        case FilesColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    return displayText(job, index.column());
}

bool JobTableModel::isPartial(const Job &job)
{
    if (job.state != JobState::Acknowledged)
        return false;
    for (const JobFile &f : job.files) {
        if (!f.completed)
            return true;
    }
    return false;
}

QString JobTableModel::stateText(const Job &job)
{
    if (!isPartial(job))
        return JobTypes::stateDisplayName(job.state);
    int kept = 0;
    for (const JobFile &f : job.files)
        kept += f.completed ? 1 : 0;
    return tr("Completed partially: %1 of %n file", nullptr, int(job.files.size())).arg(kept);
}

int JobTableModel::perMille(const Job &job)
{
    if (isPartial(job)) {
        // What was kept: the kept files' bytes where every size is known, else their count.
        qint64 kept = 0, total = 0;
        int keptFiles = 0;
        for (const JobFile &f : job.files) {
            kept += f.completed ? f.bytesTotal : 0;
            total = total < 0 || f.bytesTotal < 0 ? -1 : total + f.bytesTotal;
            keptFiles += f.completed ? 1 : 0;
        }
        return total > 0 ? int(kept * 1000 / total) : int(keptFiles * 1000 / job.files.size());
    }
    const JobProgress progress = job.progress();
    if (progress.bytesTotal <= 0)
        return job.state == JobState::Acknowledged || job.state == JobState::Transferred ? 1000
                                                                                         : -1;
    return int(progress.bytesTransferred * 1000 / progress.bytesTotal);
}

QVariant JobTableModel::sortKey(const Job &job, int column) const
{
    const JobProgress progress = job.progress();
    switch (column) {
    case NameColumn:
        return displayName(job).toLower();
    case StateColumn:
        return int(job.state);
    case ProgressColumn:
        return progress.bytesTotal > 0 ? double(progress.bytesTransferred) / progress.bytesTotal
                                       : -1.0;
    case SizeColumn:
        return progress.bytesTotal;
    case SpeedColumn:
        return speed(job.id);
    case TimeLeftColumn: {
        const qint64 left = secondsLeft(job.id);
        return left < 0 ? std::numeric_limits<qint64>::max() : left;
    }
    case PriorityColumn:
        return int(job.priority);
    case FilesColumn:
        return progress.filesTotal;
    case AddedColumn:
        return job.creationTime;
    case QueueColumn: // finished downloads after the queue
        return JobTypes::isFinal(job.state) ? std::numeric_limits<int>::max() : job.queuePosition;
    }
    return QVariant();
}

QVariant JobTableModel::displayText(const Job &job, int column) const
{
    const JobProgress progress = job.progress();
    switch (column) {
    case NameColumn:
        return displayName(job);
    case StateColumn:
        return stateText(job);
    case ProgressColumn: {
        const int shown = perMille(job);
        return shown < 0 ? QString() : QLocale().toString(shown / 10.0, 'f', 1) + QLatin1Char('%');
    }
    case SizeColumn:
        if (progress.bytesTotal < 0) // the size comes with the server's first answer
            return progress.bytesTransferred > 0 ? Format::size(progress.bytesTransferred)
                                                 : QString();
        if (progress.bytesTransferred >= progress.bytesTotal)
            return Format::size(progress.bytesTotal);
        return tr("%1 of %2")
            .arg(Format::size(progress.bytesTransferred), Format::size(progress.bytesTotal));
    case SpeedColumn:
        return Format::speed(speed(job.id));
    case TimeLeftColumn:
        return Format::duration(secondsLeft(job.id));
    case PriorityColumn:
        return JobTypes::priorityDisplayName(job.priority);
    case FilesColumn:
        return tr("%1 / %2").arg(progress.filesTransferred).arg(progress.filesTotal);
    case AddedColumn:
        return Format::compactDateTime(job.creationTime);
    case QueueColumn:
        return JobTypes::isFinal(job.state) ? QString() : QLocale().toString(job.queuePosition);
    }
    return QVariant();
}

void JobTableModel::reload()
{
    m_engine->post(
        this, [](Engine &engine) { return engine.jobs(); },
        [this](const QList<Job> &jobs) {
            beginResetModel();
            m_jobs = jobs;
            m_rows.clear();
            for (int i = 0; i < m_jobs.size(); ++i)
                m_rows.insert(m_jobs.at(i).id, i);
            // Snapshots that came before the list are older than it.
            m_pending.clear();
            m_pendingRemoved.clear();
            endResetModel();
            emit countsChanged();
        });
}

void JobTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_jobs.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_jobs.size()) - 1, ColumnCount - 1));
}

std::optional<Job> JobTableModel::job(const QUuid &id) const
{
    const int row = m_rows.value(id, -1);
    if (row < 0)
        return std::nullopt;
    return m_jobs.at(row);
}

QUuid JobTableModel::idAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? m_jobs.at(row).id : QUuid();
}

int JobTableModel::rowOf(const QUuid &id) const
{
    return m_rows.value(id, -1);
}

double JobTableModel::speed(const QUuid &id) const
{
    const auto it = m_speeds.constFind(id);
    return it == m_speeds.constEnd() ? 0.0 : it->value;
}

qint64 JobTableModel::secondsLeft(const QUuid &id) const
{
    const std::optional<Job> j = job(id);
    const double s = speed(id);
    if (!j || s < 1 || j->state != JobState::Transferring)
        return -1;
    const JobProgress p = j->progress();
    if (p.bytesTotal < 0)
        return -1;
    return qint64((p.bytesTotal - p.bytesTransferred) / s);
}

QVector<float> JobTableModel::speedHistory(const QUuid &id) const
{
    return m_speeds.value(id).history;
}

double JobTableModel::totalSpeed() const
{
    double total = 0;
    for (const Speed &s : m_speeds)
        total += s.value;
    return total;
}

JobTableModel::Category JobTableModel::categoryOf(JobState state)
{
    switch (state) {
    case JobState::Queued:
    case JobState::Connecting:
    case JobState::Transferring:
    case JobState::TransientError:
        return Category::Active;
    case JobState::Suspended:
        return Category::Paused;
    case JobState::Error:
        return Category::Errors;
    case JobState::Transferred:
    case JobState::Acknowledged:
    case JobState::Cancelled:
        return Category::Finished;
    }
    return Category::All;
}

bool JobTableModel::inCategory(JobState state, Category category)
{
    return category == Category::All || categoryOf(state) == category;
}

QString JobTableModel::categoryName(Category category)
{
    switch (category) {
    case Category::All:
        return tr("All");
    case Category::Active:
        return tr("Active");
    case Category::Paused:
        return tr("Paused");
    case Category::Errors:
        return tr("Errors");
    case Category::Finished:
        return tr("Finished");
    }
    return QString();
}

int JobTableModel::count(Category category) const
{
    if (category == Category::All)
        return int(m_jobs.size());
    int n = 0;
    for (const Job &job : m_jobs)
        n += categoryOf(job.state) == category ? 1 : 0;
    return n;
}

void JobTableModel::onJobsChanged(const QList<Job> &changed, const QList<QUuid> &removed)
{
    for (const Job &job : changed)
        m_pending.insert(job.id, job);
    for (const QUuid &id : removed) {
        m_pending.remove(id);
        m_pendingRemoved.insert(id);
    }
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

void JobTableModel::applyPending()
{
    const QHash<QUuid, Job> fresh = std::exchange(m_pending, {});
    const QSet<QUuid> removed = std::exchange(m_pendingRemoved, {});
    const int countBefore = int(m_jobs.size());
    QHash<QUuid, JobState> statesBefore;
    for (const Job &job : fresh)
        if (const int row = m_rows.value(job.id, -1); row >= 0)
            statesBefore.insert(job.id, m_jobs.at(row).state);
    for (const QUuid &id : removed)
        remove(id);
    for (const Job &job : fresh)
        apply(job);
    bool countsMoved = countBefore != m_jobs.size() || !removed.isEmpty();
    for (auto it = statesBefore.constBegin(); !countsMoved && it != statesBefore.constEnd(); ++it)
        countsMoved = categoryOf(it.value()) != categoryOf(fresh.value(it.key()).state);
    if (countsMoved)
        emit countsChanged();
    QSet<QUuid> ids = removed;
    for (auto it = fresh.constBegin(); it != fresh.constEnd(); ++it)
        ids.insert(it.key());
    if (!ids.isEmpty())
        emit jobsUpdated(ids);
}

void JobTableModel::remove(const QUuid &id)
{
    const int row = m_rows.value(id, -1);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_jobs.removeAt(row);
    m_speeds.remove(id);
    m_rows.clear();
    for (int i = 0; i < m_jobs.size(); ++i)
        m_rows.insert(m_jobs.at(i).id, i);
    endRemoveRows();
}

void JobTableModel::apply(const Job &fresh)
{
    const int row = m_rows.value(fresh.id, -1);
    if (row < 0) {
        beginInsertRows(QModelIndex(), int(m_jobs.size()), int(m_jobs.size()));
        m_rows.insert(fresh.id, int(m_jobs.size()));
        m_jobs.append(fresh);
        endInsertRows();
        return;
    }
    m_jobs[row] = fresh;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void JobTableModel::sample()
{
    const qint64 now = m_clock.elapsed();
    QSet<QUuid> updated;
    for (const Job &job : std::as_const(m_jobs)) {
        const bool moving
            = job.state == JobState::Transferring || job.state == JobState::Connecting;
        auto it = m_speeds.find(job.id);
        if (!moving && it == m_speeds.end())
            continue;
        if (it == m_speeds.end())
            it = m_speeds.insert(job.id, Speed());
        Speed &s = it.value();
        const qint64 bytes = job.progress().bytesTransferred;
        if (moving && s.lastBytes >= 0 && bytes >= s.lastBytes && now > s.lastMs) {
            const double instant = (bytes - s.lastBytes) * 1000.0 / double(now - s.lastMs);
            s.value = s.value <= 0 ? instant : 0.6 * s.value + 0.4 * instant;
        } else if (!moving) {
            s.value = 0;
        }
        // A job idle for the whole graph has nothing left to show: stop sampling it, so
        // that thousands of finished jobs cost the GUI thread nothing.
        s.idleSeconds = moving ? 0 : s.idleSeconds + 1;
        if (s.idleSeconds > SpeedHistorySeconds) {
            m_speeds.erase(it);
            continue;
        }
        s.lastBytes = bytes;
        s.lastMs = now;
        s.history.append(float(s.value));
        if (s.history.size() > SpeedHistorySeconds)
            s.history.remove(0, s.history.size() - SpeedHistorySeconds);
        const int row = m_rows.value(job.id, -1);
        emit dataChanged(index(row, SpeedColumn), index(row, TimeLeftColumn));
        updated.insert(job.id);
    }
    if (!updated.isEmpty())
        emit jobsUpdated(updated);
}
