#pragma once

// What the parts of Engine share: engine.cpp (the jobs, their store and their commands),
// engineproperties.cpp (job properties, credentials, addresses, certificates),
// enginenetwork.cpp (network managers, proxies, authentication) and enginetransfers.cpp
// (the scheduler's moves, transfers, retries, checkpoints). Not part of Engine's API.
#include "core/engine/engine.h"

#include <QMetaObject>
#include <QThread>
#include <type_traits>

namespace EngineDetail {
constexpr int TickMs = 250;
// Acknowledged and Cancelled jobs accept no state-changing call (jobs.md).
CallResult checkChangeable(const Job *job);
bool isHex64(const QString &text);
} // namespace EngineDetail

template<typename F> auto Engine::onEngineThread(F &&f) const
{
    using R = std::invoke_result_t<F>;
    if (QThread::currentThread() == m_thread)
        return f();
    if constexpr (std::is_void_v<R>) {
        QMetaObject::invokeMethod(m_context, std::forward<F>(f), Qt::BlockingQueuedConnection);
    } else {
        R result {};
        QMetaObject::invokeMethod(
            m_context, std::forward<F>(f), Qt::BlockingQueuedConnection, &result);
        return result;
    }
}

template<typename F> void Engine::queueOnEngineThread(F &&f) const
{
    if (QThread::currentThread() == m_thread)
        f();
    else
        QMetaObject::invokeMethod(m_context, std::forward<F>(f), Qt::QueuedConnection);
}
