#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrl>
#include <functional>

// What the engine knows of servers while it runs, and the one place of its rules for being
// polite to them:
// - how many connections one file may open to a server that answered closed ranges wrongly
//   (one, until the engine stops) or turned extra connections away with 429, 503 or a close
//   (as many as it served, for TurnedAwaySeconds): later files from that server do not try
//   more meanwhile;
// - how many connections every job together holds to one server (connectionsPerHost): a
//   file starts only on a free one, and takes an extra one only while one is free;
// - until when a server asked everybody to wait (Retry-After with a 429 or a 503).
// Lives on the engine thread; no locking.
class ServerLimits
{
public:
    static constexpr int DefaultConnectionsPerHost = 8;
    static constexpr int TurnedAwaySeconds = 300;

    // The connections a file that wants `wanted` may use on this server, learnt (at least 1).
    int connections(const QUrl &url, int wanted) const;
    // From now on at most `connections` per file; forSeconds 0: until the engine stops.
    void limit(const QUrl &url, int connections, int forSeconds = 0);

    void setConnectionsPerHost(int count);
    int connectionsPerHost() const { return m_perHost; }
    // A running file: the server it is connected to and how many connections it holds (its
    // first counts while it has none open between two requests).
    struct Usage
    {
        QUrl url;
        int connections = 1;
    };
    void attach(const void *file, std::function<Usage()> usage);
    void detach(const void *file);
    // Whether a new file may start on this server now: a connection is free and the server
    // asked nobody to wait. A refusal is remembered (waiting()) until the engine looks again.
    bool mayStart(const QUrl &url) const;
    static bool sameServer(const QUrl &a, const QUrl &b); // cheaper than two mayStart()
    // How many connections an attached file may hold now: its own and the server's free ones
    // (none more while the server asked to wait). A file not attached is not capped.
    int connectionsFor(const void *file, int wanted) const;
    bool waiting() const { return m_waiting; }
    void lookedAgain() { m_waiting = false; }
    // Called when a file detaches while another waits (the engine schedules again).
    std::function<void()> onConnectionsFreed;

    // A server answered 429 or 503 with Retry-After: nothing new is asked of it before then.
    void waitFor(const QUrl &url, int seconds);
    QDateTime waitingUntil(const QUrl &url) const; // invalid: no wait

    void setClockForTest(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }

private:
    // One server is one origin (scheme|host|port): what browsers count their connections
    // per, and another port is another server process with limits of its own.
    static QString key(const QUrl &url);
    int held(const QString &key) const;
    qint64 now() const { return m_now ? m_now() : QDateTime::currentMSecsSinceEpoch(); }
    bool waitsNow(const QString &key) const;

    struct Limit
    {
        int connections = 0;
        qint64 untilMs = 0; // 0: until the engine stops
    };
    QHash<QString, Limit> m_limits; // the tightest that still holds
    QHash<QString, qint64> m_waitUntilMs;
    QHash<const void *, std::function<Usage()>> m_files;
    int m_perHost = DefaultConnectionsPerHost;
    mutable bool m_waiting = false;
    std::function<qint64()> m_now;
};
