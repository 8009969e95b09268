#pragma once

#include "core/model/job.h"

#include <QElapsedTimer>
#include <QList>
#include <QPair>

// The progress line of `haul transfer` on stderr: redrawn in place on a terminal, a new
// line every five seconds otherwise, with the speed over the last five seconds.
class TransferProgress
{
public:
    // Starts the clock and looks whether stderr is a terminal.
    void start();
    bool isTerminal() const { return m_terminal; }
    void show(const Job &job, bool final);

private:
    bool m_terminal = false;
    QElapsedTimer m_clock;
    QList<QPair<qint64, qint64>> m_samples; // (ms, bytes) for the speed
    qint64 m_lastLine = 0;
};
