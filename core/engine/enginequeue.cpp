// The queue's order and Restart: EnginePrivate's calls that reorder jobs or start them again
// from zero (see engineprivate.h).
#include "core/engine/engineprivate.h"
#include "core/model/errorcodes.h"
#include "core/store/jobstore.h"

#include <QFile>

using EngineDetail::checkChangeable;

CallResult EnginePrivate::moveInQueue(const QUuid &id, QueueMove move)
{
    return onEngineThread([=] {
        const Job *job = find(id);
        if (const CallResult check = checkChangeable(job); !check.ok())
            return check;
        // The job moves among the unfinished jobs of its priority only: a higher priority
        // goes first whatever its place.
        QList<int> peers;
        for (int i = 0; i < m_order.size(); ++i) {
            const Job &other = m_jobs[m_order.at(i)];
            if (other.priority == job->priority && !JobTypes::isFinal(other.state))
                peers.append(i);
        }
        const int from = int(m_order.indexOf(id));
        const int k = int(peers.indexOf(from));
        int to = from;
        switch (move) {
        case QueueMove::Up:
            to = k > 0 ? peers.at(k - 1) : from;
            break;
        case QueueMove::Down:
            to = k + 1 < peers.size() ? peers.at(k + 1) : from;
            break;
        case QueueMove::Top:
            to = peers.first();
            break;
        case QueueMove::Bottom:
            to = peers.last();
            break;
        }
        if (to == from)
            return CallResult {};
        m_order.move(from, to);
        QList<QPair<QUuid, int>> moved;
        for (int i = 0; i < m_order.size(); ++i) {
            Job &each = m_jobs[m_order.at(i)];
            if (each.queuePosition != i + 1)
                moved.append({ each.id, i + 1 });
        }
        if (!m_store->saveQueueOrder(moved))
            return CallResult { ErrorCode::E_StoreFailed, -1, m_store->lastError() };
        for (const auto &[movedId, position] : std::as_const(moved)) {
            m_jobs[movedId].queuePosition = position;
            m_changed.insert(movedId);
        }
        requestSchedule();
        return CallResult {};
    });
}

CallResult EnginePrivate::restart(const QUuid &id)
{
    return onEngineThread([=] {
        Job *job = find(id);
        if (const CallResult check = checkChangeable(job); !check.ok())
            return check;
        if (job->files.isEmpty())
            return CallResult { ErrorCode::E_Empty };
        stopTransfer(id, false);
        syncFinishedFiles(); // nothing of this job stays waiting to be recorded
        m_unrecorded.remove(id);
        for (JobFile &f : job->files) {
            // A file made final by an earlier Complete is the user's: never deleted.
            if (f.completed)
                continue;
            if (!f.tempPath().isEmpty())
                QFile::remove(f.tempPath());
            f.bytesTransferred = 0;
            f.bytesTotal = -1;
            f.transferred = false;
            f.segments.clear();
            f.etag.clear();
            f.lastModified.clear();
            f.resumable = false;
        }
        job->error.reset();
        job->errorCount = 0;
        job->forgetRetries();
        job->transferCompletionTime = QDateTime();
        if (job->state == JobState::Queued) {
            touch(*job);
            persist(*job);
            m_changed.insert(id);
            notifyModified(id);
        } else {
            setState(*job, JobState::Queued);
        }
        requestSchedule();
        return CallResult {};
    });
}
