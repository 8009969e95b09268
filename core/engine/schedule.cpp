#include "core/engine/schedule.h"

#include "core/l10n/format.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSettings>
#include <QTimeZone>
#include <algorithm>

namespace {

const char *const DayNames[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

int dayBit(const QDate &date)
{
    return 1 << (date.dayOfWeek() - 1);
}

// `minutes` after midnight of `date`, in the time zone of `like`; 1440 is the next midnight.
QDateTime at(const QDate &date, int minutes, const QDateTime &like)
{
    const QDate day = minutes >= 1440 ? date.addDays(1) : date;
    const int m = minutes % 1440;
    const QTime time(m / 60, m % 60);
    if (like.timeSpec() == Qt::TimeZone)
        return QDateTime(day, time, like.timeZone());
    return QDateTime(day, time, like.timeSpec());
}

int minutesOf(const QDateTime &now)
{
    return now.time().hour() * 60 + now.time().minute();
}

bool covers(const ScheduleRule &rule, const QDateTime &now)
{
    const int t = minutesOf(now);
    const int today = dayBit(now.date());
    if (rule.from < rule.to)
        return (rule.days & today) && t >= rule.from && t < rule.to;
    const int yesterday = dayBit(now.date().addDays(-1));
    return ((rule.days & today) && t >= rule.from) || ((rule.days & yesterday) && t < rule.to);
}

// The first occurrence of the daily time `minutes` after `after` (strictly).
QDateTime nextOccurrence(int minutes, const QDateTime &after)
{
    QDateTime t = at(after.date(), minutes, after);
    if (t <= after)
        t = at(after.date().addDays(1), minutes, after);
    return t;
}

QString daysText(int days)
{
    if (days == 0x7f)
        return QStringLiteral("daily");
    QStringList parts;
    int i = 0;
    while (i < 7) {
        if (!(days & (1 << i))) {
            ++i;
            continue;
        }
        int j = i;
        while (j + 1 < 7 && (days & (1 << (j + 1))))
            ++j;
        const QString first = QLatin1String(DayNames[i]);
        if (j == i)
            parts << first;
        else if (j == i + 1)
            parts << first << QLatin1String(DayNames[j]);
        else
            parts << first + QLatin1Char('-') + QLatin1String(DayNames[j]);
        i = j + 1;
    }
    return parts.join(QLatin1Char(','));
}

int dayIndex(const QString &name)
{
    for (int i = 0; i < 7; ++i)
        if (name == QLatin1String(DayNames[i]))
            return i;
    return -1;
}

bool parseDays(const QString &text, int *days)
{
    const QString t = text.toLower();
    if (t == QLatin1String("daily") || t == QLatin1String("all")) {
        *days = 0x7f;
        return true;
    }
    int result = 0;
    for (const QString &part : t.split(QLatin1Char(','))) {
        const QStringList ends = part.split(QLatin1Char('-'));
        if (ends.size() > 2)
            return false;
        const int a = dayIndex(ends.first());
        const int b = dayIndex(ends.last());
        if (a < 0 || b < 0)
            return false;
        for (int i = a;; i = (i + 1) % 7) { // "fri-mon" wraps over the weekend
            result |= 1 << i;
            if (i == b)
                break;
        }
    }
    *days = result;
    return result != 0;
}

} // namespace

QString ScheduleRule::text() const
{
    const QString action = pause ? QStringLiteral("pause")
                                 : QStringLiteral("limit %1").arg(Schedule::rateText(rate));
    return QStringLiteral("%1 %2-%3 %4")
        .arg(daysText(days), Schedule::timeText(from), Schedule::timeText(to), action);
}

QString ScheduleRule::parse(const QStringList &words, ScheduleRule *rule)
{
    if (words.size() < 3)
        return QStringLiteral("expected DAYS HH:MM-HH:MM pause|limit RATE");
    ScheduleRule r;
    if (!parseDays(words.at(0), &r.days))
        return QStringLiteral("days: expected names such as mon-fri, sat,sun or daily");
    const QStringList times = words.at(1).split(QLatin1Char('-'));
    if (times.size() != 2 || !Schedule::parseTime(times.at(0), &r.from)
        || !Schedule::parseTime(times.at(1), &r.to, true) || r.from == r.to)
        return QStringLiteral("times: expected HH:MM-HH:MM, such as 09:00-18:00 or 22:00-06:00");
    if (r.to == 0)
        r.to = 1440;
    const QString action = words.at(2).toLower();
    if (action == QLatin1String("pause") && words.size() == 3) {
        r.pause = true;
    } else if (action == QLatin1String("limit") && words.size() == 4) {
        if (!Schedule::parseRate(words.at(3), &r.rate))
            return QStringLiteral("limit: expected a rate in bytes per second, such as 500k or 2M");
    } else {
        return QStringLiteral("action: expected \"pause\" or \"limit RATE\"");
    }
    *rule = r;
    return QString();
}

bool Schedule::heldByTimes(const QDateTime &now, Reason *reason) const
{
    if (pauseAt >= 0) {
        QDateTime pausedAt = at(now.date(), pauseAt, now);
        if (pausedAt > now)
            pausedAt = at(now.date().addDays(-1), pauseAt, now);
        if (!pauseSince.isValid() || pausedAt > pauseSince) {
            if (startAt < 0 || now < nextOccurrence(startAt, pausedAt)) {
                *reason = Reason::PauseTime;
                return true;
            }
        }
        return false;
    }
    if (startAt >= 0 && startSince.isValid() && now >= startSince
        && now < nextOccurrence(startAt, startSince)) {
        *reason = Reason::StartTime;
        return true;
    }
    return false;
}

Schedule::State Schedule::evaluate(const QDateTime &now) const
{
    State s;
    for (int i = 0; i < rules.size(); ++i) {
        const ScheduleRule &r = rules.at(i);
        if (!covers(r, now))
            continue;
        if (r.pause) {
            if (!s.held) {
                s.held = true;
                s.reason = Reason::Rule;
                s.rule = i;
            }
        } else if (!s.held && (s.rateLimit == 0 || r.rate < s.rateLimit)) {
            s.rateLimit = r.rate;
            s.reason = Reason::Rule;
            s.rule = i;
        }
    }
    Reason times = Reason::None;
    if (!s.held && heldByTimes(now, &times)) {
        s.held = true;
        s.reason = times;
        s.rule = -1;
    }
    if (s.held)
        s.rateLimit = 0;
    return s;
}

QList<QDateTime> Schedule::edges(const QDateTime &now) const
{
    QList<QDateTime> list;
    for (int d = -1; d <= 8; ++d) {
        const QDate date = now.date().addDays(d);
        for (const ScheduleRule &r : rules)
            list << at(date, r.from, now) << at(date, r.to, now);
        if (startAt >= 0)
            list << at(date, startAt, now);
        if (pauseAt >= 0)
            list << at(date, pauseAt, now);
    }
    list.erase(
        std::remove_if(list.begin(), list.end(), [&now](const QDateTime &t) { return t <= now; }),
        list.end());
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

Schedule::State Schedule::stateAt(const QDateTime &now) const
{
    State s = evaluate(now);
    for (const QDateTime &edge : edges(now)) {
        const State next = evaluate(edge);
        if (next.held != s.held || next.rateLimit != s.rateLimit) {
            s.until = edge;
            break;
        }
    }
    return s;
}

QDateTime Schedule::nextEdge(const QDateTime &now) const
{
    const QList<QDateTime> list = edges(now);
    return list.isEmpty() ? QDateTime() : list.first();
}

void Schedule::resume(const QDateTime &now)
{
    pauseSince = now;
    if (pauseAt < 0)
        startAt = -1; // the one start it waited for is no longer awaited
}

QString Schedule::timeText(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

bool Schedule::parseTime(const QString &text, int *minutes, bool allowEndOfDay)
{
    static const QRegularExpression time(QStringLiteral("^([0-9]{1,2}):([0-9]{2})$"));
    const QRegularExpressionMatch m = time.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (min > 59 || h > 24 || (h == 24 && (min != 0 || !allowEndOfDay)))
        return false;
    *minutes = h * 60 + min;
    return true;
}

bool Schedule::parseRate(const QString &text, qint64 *bytesPerSecond)
{
    static const QRegularExpression rate(QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)([kKmMgG]?)$"));
    const QRegularExpressionMatch m = rate.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    double value = m.captured(1).toDouble();
    const QString unit = m.captured(2).toLower();
    if (unit == QLatin1String("k"))
        value *= 1024;
    else if (unit == QLatin1String("m"))
        value *= 1024 * 1024;
    else if (unit == QLatin1String("g"))
        value *= 1024.0 * 1024 * 1024;
    if (value < 1 || value > 1e15)
        return false;
    *bytesPerSecond = qint64(value);
    return true;
}

QString Schedule::rateText(qint64 bytesPerSecond)
{
    const qint64 g = qint64(1) << 30;
    if (bytesPerSecond % g == 0)
        return QStringLiteral("%1G").arg(bytesPerSecond / g);
    if (bytesPerSecond % (1 << 20) == 0)
        return QStringLiteral("%1M").arg(bytesPerSecond >> 20);
    if (bytesPerSecond % 1024 == 0)
        return QStringLiteral("%1k").arg(bytesPerSecond >> 10);
    return QString::number(bytesPerSecond);
}

QJsonObject Schedule::toJson() const
{
    QJsonArray list;
    for (const ScheduleRule &r : rules) {
        QJsonArray days;
        for (int i = 0; i < 7; ++i)
            if (r.days & (1 << i))
                days.append(QLatin1String(DayNames[i]));
        QJsonObject o { { QStringLiteral("days"), days },
            { QStringLiteral("from"), timeText(r.from) }, { QStringLiteral("to"), timeText(r.to) },
            { QStringLiteral("action"),
                r.pause ? QStringLiteral("pause") : QStringLiteral("limit") },
            { QStringLiteral("text"), r.text() } };
        if (!r.pause)
            o[QStringLiteral("rate")] = r.rate;
        list.append(o);
    }
    QJsonObject o { { QStringLiteral("rules"), list } };
    o[QStringLiteral("start")] = startAt < 0 ? QJsonValue() : QJsonValue(timeText(startAt));
    o[QStringLiteral("pause")] = pauseAt < 0 ? QJsonValue() : QJsonValue(timeText(pauseAt));
    if (startSince.isValid())
        o[QStringLiteral("startSince")] = startSince.toUTC().toString(Qt::ISODateWithMs);
    if (pauseSince.isValid())
        o[QStringLiteral("pauseSince")] = pauseSince.toUTC().toString(Qt::ISODateWithMs);
    return o;
}

Schedule Schedule::fromJson(const QJsonObject &o)
{
    Schedule s;
    for (const QJsonValue &v : o.value(QStringLiteral("rules")).toArray()) {
        ScheduleRule r;
        if (ScheduleRule::parse(v.toObject()
                                    .value(QStringLiteral("text"))
                                    .toString()
                                    .split(QLatin1Char(' '), Qt::SkipEmptyParts),
                &r)
                .isEmpty())
            s.rules.append(r);
    }
    parseTime(o.value(QStringLiteral("start")).toString(), &s.startAt);
    parseTime(o.value(QStringLiteral("pause")).toString(), &s.pauseAt);
    s.startSince = QDateTime::fromString(
        o.value(QStringLiteral("startSince")).toString(), Qt::ISODateWithMs);
    s.pauseSince = QDateTime::fromString(
        o.value(QStringLiteral("pauseSince")).toString(), Qt::ISODateWithMs);
    return s;
}

QJsonObject Schedule::stateJson(const State &state)
{
    static const char *const reasons[] = { "none", "rule", "pause", "start" };
    QJsonObject o { { QStringLiteral("held"), state.held },
        { QStringLiteral("rateLimit"), state.rateLimit },
        { QStringLiteral("reason"), QLatin1String(reasons[int(state.reason)]) } };
    o[QStringLiteral("until")] = state.until.isValid()
        ? QJsonValue(state.until.toUTC().toString(Qt::ISODate))
        : QJsonValue();
    o[QStringLiteral("rule")] = state.rule < 0 ? QJsonValue() : QJsonValue(state.rule + 1);
    return o;
}

Schedule Schedule::load()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("schedule"));
    QJsonObject o;
    QJsonArray rules;
    for (const QString &text : settings.value(QStringLiteral("rules")).toStringList())
        rules.append(QJsonObject { { QStringLiteral("text"), text } });
    o[QStringLiteral("rules")] = rules;
    for (const char *key : { "start", "pause", "startSince", "pauseSince" })
        o[QLatin1String(key)] = settings.value(QLatin1String(key)).toString();
    return fromJson(o);
}

void Schedule::save() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("schedule"));
    QStringList texts;
    for (const ScheduleRule &r : rules)
        texts << r.text();
    settings.setValue(QStringLiteral("rules"), texts);
    const QJsonObject o = toJson();
    for (const char *key : { "start", "pause", "startSince", "pauseSince" })
        settings.setValue(QLatin1String(key), o.value(QLatin1String(key)).toString());
}

QString Schedule::describe(const State &state, const QDateTime &now, const QLocale &locale)
{
    if (!state.applies())
        return QString();
    QString until;
    if (state.until.isValid()) {
        const QDateTime local = state.until.toTimeSpec(now.timeSpec());
        const QString time = locale.toString(local.time(), QLocale::ShortFormat);
        until = local.date() == now.date()
            ? time
            : QCoreApplication::translate("Schedule", "%1 %2", "day of the week, time")
                  .arg(locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat), time);
    }
    if (state.held) {
        if (until.isEmpty() && state.reason != Reason::PauseTime)
            return QCoreApplication::translate("Schedule", "Paused by the schedule");
        if (until.isEmpty())
            return QCoreApplication::translate(
                "Schedule", "Paused by the schedule until you resume downloads");
        return QCoreApplication::translate("Schedule", "Paused by the schedule until %1")
            .arg(until);
    }
    if (until.isEmpty())
        return QCoreApplication::translate("Schedule", "Limited to %1 by the schedule")
            .arg(Format::speed(double(state.rateLimit)));
    return QCoreApplication::translate("Schedule", "Limited to %1 until %2")
        .arg(Format::speed(double(state.rateLimit)), until);
}
