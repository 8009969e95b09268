#pragma once

#include "core/engine/engine.h"

#include <QList>
#include <QObject>
#include <QUuid>

// Records an engine's signals on the test's thread (queued, so no data race with the
// engine thread); tests wait on it with QTRY_*.
class EventRecorder : public QObject
{
public:
    explicit EventRecorder(Engine *engine)
    {
        connect(
            engine, &Engine::jobTransferred, this,
            [this](const QUuid &id) { transferred.append(id); }, Qt::QueuedConnection);
        connect(
            engine, &Engine::jobError, this,
            [this](const QUuid &id, const JobError &e) {
                errors.append(id);
                lastError = e;
            },
            Qt::QueuedConnection);
        connect(
            engine, &Engine::jobModification, this,
            [this](const QUuid &id) { modifications.append(id); }, Qt::QueuedConnection);
        connect(
            engine, &Engine::fileTransferred, this,
            [this](const QUuid &id, int index) {
                filesTransferred.append({ id, index });
            },
            Qt::QueuedConnection);
    }

    int count(const QList<QUuid> &list, const QUuid &id) const { return int(list.count(id)); }

    QList<QUuid> transferred;
    QList<QUuid> errors;
    QList<QUuid> modifications;
    QList<QPair<QUuid, int>> filesTransferred;
    JobError lastError;
};
