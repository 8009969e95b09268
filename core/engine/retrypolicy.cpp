#include "core/engine/retrypolicy.h"

#include <algorithm>

namespace RetryPolicy {

Next next(int current, int minimum, int retryAfter)
{
    const int base = current > 0 ? current : std::max(1, minimum);
    Next n;
    n.waitSeconds = retryAfter >= 0 ? std::max(1, retryAfter) : base;
    n.nextDelaySeconds = std::min(base * 2, MaxDelaySeconds);
    return n;
}

bool givesUp(const QDateTime &firstTransientError, const QDateTime &now, int noProgressTimeout)
{
    return noProgressTimeout > 0 && firstTransientError.isValid()
        && firstTransientError.secsTo(now) >= noProgressTimeout;
}

} // namespace RetryPolicy
