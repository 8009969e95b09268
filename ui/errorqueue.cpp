#include "ui/errorqueue.h"

#include "core/model/job.h"

#include <QCoreApplication>

// The texts keep the translation context of the pane they were written for (ErrorPane).

int ErrorQueue::indexOf(const QUuid &id) const
{
    for (int i = 0; i < m_waiting.size(); ++i) {
        if (m_waiting.at(i).id == id)
            return i;
    }
    return -1;
}

void ErrorQueue::add(const QUuid &id)
{
    if (indexOf(id) < 0)
        m_waiting.append({ id, QDateTime::currentDateTimeUtc() });
}

void ErrorQueue::putFirst(const QUuid &id)
{
    remove(id);
    m_waiting.prepend({ id, QDateTime::currentDateTimeUtc() });
}

void ErrorQueue::remove(const QUuid &id)
{
    const int i = indexOf(id);
    if (i >= 0)
        m_waiting.removeAt(i);
}

QUuid ErrorQueue::takeFirst()
{
    return m_waiting.takeFirst().id;
}

bool ErrorQueue::contains(const QUuid &id) const
{
    return indexOf(id) >= 0;
}

bool ErrorQueue::isFinal(JobState state)
{
    return state == JobState::Transferred || state == JobState::Acknowledged
        || state == JobState::Cancelled;
}

bool ErrorQueue::resolves(const Job &snapshot, const QDateTime &since)
{
    if (snapshot.state == JobState::Error)
        return false;
    if (isFinal(snapshot.state))
        return true; // no job leaves these for Error
    // Resumed, suspended or retrying: unless the snapshot was taken before the error (the
    // model is a tick behind the engine's jobError).
    return !since.isValid() || snapshot.modificationTime > since;
}

bool ErrorQueue::update(const Job &snapshot)
{
    const int i = indexOf(snapshot.id);
    if (i < 0 || !resolves(snapshot, m_waiting.at(i).since))
        return false;
    m_waiting.removeAt(i);
    return true;
}

QString ErrorQueue::waitingText() const
{
    return QCoreApplication::translate(
        "ErrorPane", "%n more error waiting after this one.", nullptr, size());
}

QString ErrorQueue::nextText() const
{
    return isEmpty() ? QCoreApplication::translate("ErrorPane", "Next")
                     : QCoreApplication::translate("ErrorPane", "Next (%1)").arg(size());
}
