#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

struct Job;
struct JobError;

// The errors the user was already told of, kept across starts. The engine says again, at
// every start, that each job in Error failed (BITS re-notifies an application that attaches
// late); the window opens the pane and notifies only for an error it has not shown before. An
// error is known by its job, its code and its time, so that a later error of the same job is
// news again. Kept under "errors/seen" in the settings, pruned of jobs that are gone.
class SeenErrors
{
public:
    SeenErrors(); // reads the settings

    // True the first time the error is met, which marks it seen; the first time `jobs` (those
    // that exist) hold the job, the errors of jobs gone are forgotten.
    bool announce(const QUuid &id, const JobError &error, const QList<Job> &jobs);

private:
    bool isSeen(const QUuid &id, const JobError &error) const;
    void markSeen(const QUuid &id, const JobError &error); // and saves
    // Forgets the errors of every job but these (the jobs that still exist), and saves.
    void keepOnly(const QSet<QUuid> &jobs);
    static QString key(const QUuid &id, const JobError &error);
    void save() const;

    QSet<QString> m_seen;
    bool m_pruned = false;
};
