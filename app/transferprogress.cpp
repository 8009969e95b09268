#include "app/transferprogress.h"

#include "app/clioutput.h"

#include <sys/ioctl.h>
#include <unistd.h>

namespace {

int terminalWidth()
{
    winsize ws {};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 80;
}

} // namespace

void TransferProgress::start()
{
    m_terminal = ::isatty(STDERR_FILENO);
    m_clock.start();
}

void TransferProgress::show(const Job &job, bool final)
{
    const qint64 now = m_clock.elapsed();
    const qint64 bytes = job.progress().bytesTransferred;
    m_samples.append({ now, bytes });
    while (m_samples.size() > 2 && m_samples.first().first < now - 5000)
        m_samples.removeFirst();
    double speed = -1; // unknown until there is a second to measure
    const qint64 span = m_samples.last().first - m_samples.first().first;
    if (span >= 1000)
        speed = std::max(0.0,
            double(m_samples.last().second - m_samples.first().second) * 1000.0 / double(span));
    if (m_terminal) {
        const int width = terminalWidth();
        QString line = CliOutput::progressLine(job, speed, width).left(width - 1);
        CliOutput::err(QLatin1Char('\r') + line.leftJustified(width - 1)
            + (final ? QStringLiteral("\n") : QString()));
    } else if (final || now - m_lastLine >= 5000 || m_lastLine == 0) {
        m_lastLine = std::max<qint64>(now, 1);
        CliOutput::err(CliOutput::progressLine(job, speed, 80) + QLatin1Char('\n'));
    }
}
