#pragma once

#include <QDateTime>

// The time the engine's schedule reads: the system's, or a test's that it advances by hand.
class ScheduleClock
{
public:
    virtual ~ScheduleClock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTime(); }
};
