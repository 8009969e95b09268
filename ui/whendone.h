#pragma once

#include "core/model/job.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUuid>

class Engine;

// What the window does with a download once Complete has made its files final: opens its
// first file in the desktop's program ("Open when done"), or runs a program the user chose
// with the final paths as its last arguments ("Run…"), never through a shell. Kept per job
// under "whenDone/<id>" in the settings so that a restart of the window keeps it; forgotten
// when the job is removed, and once done (a replayed Transferred never runs it twice).
class WhenDone : public QObject
{
    Q_OBJECT
public:
    struct Run
    {
        QString program; // empty: nothing runs
        QStringList arguments; // before the final paths
    };

    explicit WhenDone(Engine *engine, QObject *parent = nullptr);

    bool opens(const QUuid &id) const;
    void setOpens(const QUuid &id, bool open);
    Run run(const QUuid &id) const;
    void setRun(const QUuid &id, const Run &run);
    void forget(const QUuid &id);

    // Complete made `id`'s files final: does what was chosen for it, then forgets it.
    void completed(const QUuid &id);
    // What it does for `job` (whose files are final), without forgetting.
    void carryOut(const Job &job);

signals:
    // A file no program opened, a program that did not start: said to the user.
    void failed(const QString &problem);

private:
    void pruneTo(const QList<Job> &jobs);

    Engine *m_engine;
};
