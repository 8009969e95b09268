#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUuid>

#include "core/model/jobtypes.h"

class Engine;
class StoreOwner;
class QTimer;

// `haul serve`: runs the store's engine without a window until SIGTERM/SIGINT, answers the
// verbs other haul processes forward, and logs state changes and errors to stderr. Jobs
// that reach Transferred wait for Complete (as in BITS) unless --auto-complete.
class ServeCommand : public QObject
{
    Q_OBJECT
public:
    explicit ServeCommand(QObject *parent = nullptr);
    ~ServeCommand() override;

    int start(const QStringList &arguments); // an exit status, or -1 while serving

signals:
    void finished(int exitCode);

private:
    void log(const QString &line);
    void logChanges();
    void onJobTransferred(const QUuid &id); // completes it when asked to

    Engine *m_engine = nullptr;
    StoreOwner *m_owner = nullptr;
    QTimer *m_poll = nullptr;
    QHash<QUuid, JobState> m_states;
    bool m_autoComplete = false;
    QSet<QUuid> m_fromBrowser; // jobs the browser handed over: completed when transferred
};
