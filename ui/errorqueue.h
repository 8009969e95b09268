#pragma once

#include <QDateTime>
#include <QList>
#include <QUuid>

#include "core/model/jobtypes.h"

struct Job;

// The errors that wait behind the one the error pane shows, first come first shown, so that
// the pane opens once and not once per error; a job waits once, however often it fails. An
// error resolved meanwhile (the job completed, cancelled, resumed or removed, from the pane
// or elsewhere) leaves the queue: update() hears every snapshot of a waiting job.
class ErrorQueue
{
public:
    void add(const QUuid &id); // last, unless it waits already
    void putFirst(const QUuid &id); // the one on show, set aside for another: it comes next
    void remove(const QUuid &id);
    QUuid takeFirst();
    bool contains(const QUuid &id) const;
    bool isEmpty() const { return m_waiting.isEmpty(); }
    int size() const { return int(m_waiting.size()); }
    // A new snapshot of a job: true when it showed the job's error resolved and dropped it.
    bool update(const Job &snapshot);
    static bool resolves(const Job &snapshot, const QDateTime &since);
    static bool isFinal(JobState state); // completed or cancelled: no error to fix any more
    QString waitingText() const; // "2 more errors waiting after this one."
    QString nextText() const; // the Next button's, with how many wait

private:
    struct Waiting
    {
        QUuid id;
        QDateTime since; // when it joined: an older snapshot still shows the job before its error
    };
    int indexOf(const QUuid &id) const;

    QList<Waiting> m_waiting;
};
