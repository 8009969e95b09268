#include "core/engine/jobmaker.h"

namespace JobMaker {

QPair<CallResult, QUuid> make(Engine &engine, const NewJob &job, const EnginePreferences &defaults)
{
    QUuid id;
    CallResult r = engine.createJob(job.name, job.priority, &id);
    if (r.ok())
        r = engine.addFiles(id, job.files);
    if (r.ok() && !job.headers.isEmpty())
        r = engine.setHeaders(id, job.headers);
    if (r.ok())
        r = engine.setMinimumRetryDelay(id, defaults.retryDelay);
    if (r.ok())
        r = engine.setNoProgressTimeout(id, defaults.noProgressTimeout);
    if (r.ok())
        r = engine.setConnections(id, job.connections > 0 ? job.connections : defaults.connections);
    if (r.ok() && job.rateLimit > 0)
        r = engine.setRateLimit(id, job.rateLimit);
    if (r.ok())
        r = engine.setProxy(id, defaults.defaultProxy);
    if (r.ok() && !job.startPaused)
        r = engine.resume(id);
    if (!r.ok()) {
        if (!id.isNull()) {
            engine.cancel(id);
            engine.removeJob(id);
        }
        return qMakePair(r, QUuid());
    }
    return qMakePair(CallResult(), id);
}

} // namespace JobMaker
