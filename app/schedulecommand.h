#pragma once

#include "core/engine/schedule.h"

#include <QStringList>
#include <functional>

class Engine;
class QObject;

// `haul schedule`: shows the schedule and what applies now, and edits it (add, remove,
// clear, start, pause, resume). The schedule is the user's setting (QSettings); a change
// is saved there and sent at once to the store's owner (the window or `haul serve`), when
// one runs, over the local socket.
class ScheduleCommand
{
public:
    int run(const QStringList &arguments); // the verb's own arguments, global options included
    static QString help();
    // `haul serve`: a line in its log each time what the schedule does changes.
    static void logChanges(
        Engine *engine, QObject *context, const std::function<void(const QString &)> &log);

private:
    // Empty when done, else what is wrong (the one line of a usage error).
    static QString edit(const QStringList &words, Schedule *schedule);
    int usageError(const QString &message);
    void print(const Schedule &schedule, const Schedule::State &state, const QDateTime &now);
    bool m_json = false;
};
