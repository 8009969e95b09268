// Engine, the schedule: what core/engine/schedule.h decides, applied to the jobs. Background
// jobs it holds stay Queued (running ones go back to Queued and keep their bytes, as when
// preempted); its limit is one bucket for the background jobs together, never above the
// global limit. Foreground jobs ignore it, as BITS's ignore policy. A timer wakes the engine
// at the next edge, and at least once a minute so that a clock jump is noticed.
#include "core/engine/engineprivate.h"
#include "core/engine/scheduleclock.h"

#include <QTimer>

namespace {
constexpr qint64 LongestWaitMs = 60 * 1000;
}

void Engine::setSchedule(const Schedule &schedule)
{
    d->setSchedule(schedule);
}

Schedule Engine::schedule() const
{
    return d->currentSchedule();
}

Schedule::State Engine::scheduleState() const
{
    return d->scheduleState();
}

qint64 Engine::backgroundRateLimit() const
{
    return d->backgroundRateLimit();
}

void Engine::setClock(std::shared_ptr<ScheduleClock> clock)
{
    d->setClock(std::move(clock));
}

void Engine::recheckSchedule()
{
    d->recheckSchedule();
}

void EnginePrivate::setSchedule(const Schedule &schedule)
{
    m_scheduleSet = true; // read by Engine::open, on the caller's thread
    queueOnEngineThread([this, schedule] {
        m_schedule = schedule;
        recheckSchedule();
    });
}

Schedule EnginePrivate::currentSchedule() const
{
    return onEngineThread([this] { return m_schedule; });
}

Schedule::State EnginePrivate::scheduleState() const
{
    return onEngineThread([this] { return m_scheduleState; });
}

qint64 EnginePrivate::backgroundRateLimit() const
{
    return onEngineThread([this] {
        return m_scheduleState.rateLimit > 0 ? m_scheduleLimiter.rate()
                                             : m_settings.globalRateLimit;
    });
}

void EnginePrivate::setClock(std::shared_ptr<ScheduleClock> clock)
{
    onEngineThread([this, clock] {
        m_clock = clock;
        recheckSchedule();
    });
}

void EnginePrivate::recheckSchedule()
{
    onEngineThread([this] {
        if (!m_clock)
            m_clock = std::make_shared<ScheduleClock>();
        const QDateTime now = m_clock->now();
        const Schedule::State state = m_schedule.stateAt(now);
        const bool limitMoved = (state.rateLimit > 0) != (m_scheduleState.rateLimit > 0);
        const bool changed = state != m_scheduleState;
        m_scheduleState = state;
        applyScheduleLimit();
        if (limitMoved && m_open && m_running) {
            // Its transfers took their bucket when they started: they start again in the
            // other one, from the bytes they have.
            for (const QUuid &id : m_transfers.uniqueKeys()) {
                Job *job = find(id);
                if (job && job->priority != JobPriority::Foreground
                    && JobTypes::isActive(job->state)) {
                    stopTransfer(id);
                    setState(*job, JobState::Queued);
                }
            }
        }
        holdBySchedule();
        requestSchedule();
        if (changed)
            emit q->scheduleStateChanged(state);
        if (!m_scheduleTimer) {
            m_scheduleTimer = new QTimer(m_context);
            m_scheduleTimer->setSingleShot(true);
            QObject::connect(
                m_scheduleTimer, &QTimer::timeout, m_context, [this] { recheckSchedule(); });
        }
        if (m_schedule.isEmpty()) {
            m_scheduleTimer->stop();
            return;
        }
        const QDateTime edge = m_schedule.nextEdge(now);
        const qint64 wait = edge.isValid() ? now.msecsTo(edge) + 50 : LongestWaitMs;
        m_scheduleTimer->start(int(qBound<qint64>(0, wait, LongestWaitMs)));
    });
}

bool EnginePrivate::heldBySchedule(const Job &job) const
{
    return m_scheduleState.held && job.priority != JobPriority::Foreground;
}

void EnginePrivate::holdBySchedule()
{
    if (!m_scheduleState.held || !m_open || !m_running)
        return;
    for (const QUuid &id : std::as_const(m_order)) {
        Job &job = m_jobs[id];
        if (heldBySchedule(job) && JobTypes::isActive(job.state)) {
            stopTransfer(id); // keeps its data: it resumes at the next edge
            setState(job, JobState::Queued);
        }
    }
}

RateLimiter *EnginePrivate::globalLimiterFor(const Job &job)
{
    if (m_scheduleState.rateLimit > 0 && job.priority != JobPriority::Foreground)
        return &m_scheduleLimiter;
    return &m_globalLimiter;
}

void EnginePrivate::applyScheduleLimit()
{
    qint64 rate = m_scheduleState.rateLimit;
    if (m_settings.globalRateLimit > 0 && (rate == 0 || m_settings.globalRateLimit < rate))
        rate = m_settings.globalRateLimit;
    m_scheduleLimiter.setRate(rate);
}
