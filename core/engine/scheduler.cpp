#include "core/engine/scheduler.h"

#include <algorithm>

namespace Scheduler {

Plan plan(const QList<Candidate> &inQueueOrder, int maxBackground,
    const std::function<bool(const QUuid &)> &mayStart)
{
    QList<Candidate> order = inQueueOrder;
    std::stable_sort(order.begin(), order.end(), [](const Candidate &a, const Candidate &b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return a.active && !b.active;
    });
    Plan plan;
    int background = 0;
    for (const Candidate &c : std::as_const(order)) {
        const bool run
            = c.priority == JobPriority::Foreground || background < maxBackground || c.hashing;
        if (run && !c.active && mayStart && !mayStart(c.id))
            continue; // waits for its server, in nobody's way
        if (run && c.priority != JobPriority::Foreground)
            ++background;
        if (run && !c.active)
            plan.start.append(c.id);
        else if (!run && c.active)
            plan.preempt.append(c.id);
    }
    return plan;
}

} // namespace Scheduler
