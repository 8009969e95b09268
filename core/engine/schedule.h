#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One rule of the schedule: on some days of the week, from one time to another (crossing
// midnight when `to` is not after `from`), background downloads pause or share a speed limit.
struct ScheduleRule
{
    int days = 0x7f; // bit 0 Monday ... bit 6 Sunday
    int from = 0; // minutes after midnight, 0..1439
    int to = 1440; // 1..1440 (24:00); not after `from`: the rule ends the next day
    bool pause = false; // else a limit of `rate` bytes per second
    qint64 rate = 0;

    bool operator==(const ScheduleRule &o) const
    {
        return days == o.days && from == o.from && to == o.to && pause == o.pause && rate == o.rate;
    }
    // The stable syntax of `haul schedule add`: "mon-fri 09:00-18:00 limit 2M".
    QString text() const;
    // From the words of that syntax; empty when fine, else what is wrong (not translated:
    // the caller translates its own message).
    static QString parse(const QStringList &words, ScheduleRule *rule);
};

// When background downloads are held or limited (FDM's schedule, BITS's work and off hours):
// a value type, pure policy tested alone (tests/tst_schedule.cpp). The engine applies it
// (engineschedule.cpp); it has no timers and no clock of its own.
//
// The daily times: with both a pause and a start time, background downloads are held every
// day from the pause time to the start time. A start time alone holds them once, from when
// it was set until it comes, then they run (queue at night for 02:00). A pause time alone
// holds them from its next occurrence until the user resumes them (`haul schedule resume`),
// then again at the next pause time. A pause time acts from its next occurrence after it
// was set or the user resumed. Rules: pause wins over a limit, the lower limit wins.
class Schedule
{
public:
    enum class Reason
    {
        None,
        Rule, // `rule` says which
        PauseTime, // the daily pause time
        StartTime, // waiting for the start time
    };
    struct State
    {
        bool held = false; // background downloads wait (stay Queued)
        qint64 rateLimit = 0; // bytes per second for background downloads together, 0 none
        QDateTime until; // when this changes; invalid: not within a week
        Reason reason = Reason::None;
        int rule = -1; // the rule that holds or limits (the lowest limit's), else -1
        bool operator==(const State &o) const
        {
            return held == o.held && rateLimit == o.rateLimit && until == o.until
                && reason == o.reason && rule == o.rule;
        }
        bool operator!=(const State &o) const { return !(*this == o); }
        bool applies() const { return held || rateLimit > 0; }
    };

    QList<ScheduleRule> rules;
    int startAt = -1; // minutes after midnight, -1 none
    int pauseAt = -1;
    QDateTime startSince; // when the start time was set
    QDateTime pauseSince; // when the pause time was set or the user last resumed

    bool isEmpty() const { return rules.isEmpty() && startAt < 0 && pauseAt < 0; }
    bool operator==(const Schedule &o) const
    {
        return rules == o.rules && startAt == o.startAt && pauseAt == o.pauseAt
            && startSince == o.startSince && pauseSince == o.pauseSince;
    }
    bool operator!=(const Schedule &o) const { return !(*this == o); }

    State stateAt(const QDateTime &now) const;
    // The next time after `now` when any rule or daily time begins or ends (the engine's
    // timer), invalid when there is none.
    QDateTime nextEdge(const QDateTime &now) const;
    // What the user does by hand: held background downloads run now.
    void resume(const QDateTime &now);

    QJsonObject toJson() const;
    static Schedule fromJson(const QJsonObject &o);
    static QJsonObject stateJson(const State &state);
    // QSettings, group "schedule": the user's setting, shared by window, serve and transfer.
    static Schedule load();
    void save() const;

    // In the user's words, through QLocale: "Limited to 2 MB/s until 18:00", "Paused by the
    // schedule until 08:00"; empty when nothing applies. The window's status bar and
    // `haul schedule` both show it.
    static QString describe(const State &state, const QDateTime &now, const QLocale &locale);
    static QString timeText(int minutes); // "09:00"
    static bool parseTime(const QString &text, int *minutes, bool allowEndOfDay = false);
    // RATE as scripts write it (500k, 2M: powers of 1024); haul transfer --limit reads it too.
    static bool parseRate(const QString &text, qint64 *bytesPerSecond);
    static QString rateText(qint64 bytesPerSecond); // "2M", "500k", "1000"

private:
    State evaluate(const QDateTime &now) const; // all but `until`
    bool heldByTimes(const QDateTime &now, Reason *reason) const;
    QList<QDateTime> edges(const QDateTime &now) const; // sorted, after `now`, within 8 days
};

Q_DECLARE_METATYPE(Schedule)
Q_DECLARE_METATYPE(Schedule::State)
