#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

// A token bucket over bytes: `take` says how many bytes may be read now, `consume` counts
// those read. Reading less from the socket lets TCP itself slow the sender down. The
// bucket holds at most a quarter second of bytes, so a burst after a pause stays small.
// Lives on the engine thread; no locking.
class RateLimiter
{
public:
    explicit RateLimiter(qint64 bytesPerSecond = 0) { setRate(bytesPerSecond); }

    void setRate(qint64 bytesPerSecond)
    {
        m_rate = qMax<qint64>(0, bytesPerSecond);
        m_allowance = qMin(m_allowance, capacity());
    }
    qint64 rate() const { return m_rate; }
    bool limited() const { return m_rate > 0; }

    qint64 take(qint64 want)
    {
        if (!limited())
            return want;
        refill();
        return m_allowance < 1 ? 0 : qMin<qint64>(want, qint64(m_allowance));
    }
    void consume(qint64 bytes)
    {
        if (limited())
            m_allowance -= double(bytes);
    }
    // How long until one byte may be read again.
    int waitMs() const
    {
        if (!limited() || m_allowance >= 1)
            return 0;
        return qMax(10, int((1 - m_allowance) * 1000.0 / double(m_rate)) + 1);
    }

private:
    double capacity() const { return qMax(double(m_rate) / 4.0, 1.0); }
    void refill()
    {
        if (!m_clock.isValid()) {
            m_clock.start();
            m_allowance = capacity();
            return;
        }
        const double elapsed = m_clock.restart() / 1000.0;
        m_allowance = qMin(m_allowance + elapsed * double(m_rate), capacity());
    }

    qint64 m_rate = 0;
    double m_allowance = 0;
    QElapsedTimer m_clock;
};
