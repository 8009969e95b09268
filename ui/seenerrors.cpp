#include "ui/seenerrors.h"

#include "core/model/job.h"

#include <QSettings>
#include <QStringList>

namespace {
const QString SettingsKey = QStringLiteral("errors/seen");
} // namespace

SeenErrors::SeenErrors()
{
    const QStringList seen = QSettings().value(SettingsKey).toStringList();
    m_seen = QSet<QString>(seen.begin(), seen.end());
}

QString SeenErrors::key(const QUuid &id, const JobError &error)
{
    return QStringLiteral("%1/%2/%3")
        .arg(id.toString(QUuid::WithoutBraces))
        .arg(error.code, 8, 16, QLatin1Char('0'))
        .arg(error.time.isValid() ? error.time.toMSecsSinceEpoch() : 0);
}

bool SeenErrors::announce(const QUuid &id, const JobError &error, const QList<Job> &jobs)
{
    if (!m_pruned) {
        QSet<QUuid> existing;
        for (const Job &job : jobs)
            existing.insert(job.id);
        if (existing.contains(id)) {
            keepOnly(existing);
            m_pruned = true;
        }
    }
    if (isSeen(id, error))
        return false;
    markSeen(id, error);
    return true;
}

bool SeenErrors::isSeen(const QUuid &id, const JobError &error) const
{
    return m_seen.contains(key(id, error));
}

void SeenErrors::markSeen(const QUuid &id, const JobError &error)
{
    // Another window (another store) may have added its own since: theirs stay.
    const QStringList saved = QSettings().value(SettingsKey).toStringList();
    m_seen.unite(QSet<QString>(saved.begin(), saved.end()));
    // One error a job: the latest one replaces the ones before.
    const QString prefix = id.toString(QUuid::WithoutBraces) + QLatin1Char('/');
    for (auto it = m_seen.begin(); it != m_seen.end();)
        it = it->startsWith(prefix) ? m_seen.erase(it) : std::next(it);
    m_seen.insert(key(id, error));
    save();
}

void SeenErrors::keepOnly(const QSet<QUuid> &jobs)
{
    const qsizetype before = m_seen.size();
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        const QUuid id(QStringView(*it).left(36));
        it = jobs.contains(id) ? std::next(it) : m_seen.erase(it);
    }
    if (m_seen.size() != before)
        save();
}

void SeenErrors::save() const
{
    QStringList seen(m_seen.begin(), m_seen.end());
    seen.sort();
    QSettings().setValue(SettingsKey, seen);
}
