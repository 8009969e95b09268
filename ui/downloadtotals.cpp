#include "ui/downloadtotals.h"

#include "core/l10n/format.h"
#include "core/model/jobtypes.h"

#include <QCoreApplication>
#include <QLocale>

DownloadTotals DownloadTotals::of(const QList<Job> &jobs, double speed)
{
    DownloadTotals t;
    t.speed = speed;
    for (const Job &job : jobs) {
        if (!JobTypes::isActive(job.state) && job.state != JobState::Queued)
            continue;
        ++t.running;
        const JobProgress p = job.progress();
        if (p.bytesTotal > 0) {
            t.bytesDone += p.bytesTransferred;
            t.bytesTotal += p.bytesTotal;
        }
    }
    return t;
}

QString DownloadTotals::text() const
{
    if (running == 0)
        return QCoreApplication::translate("DownloadTotals", "No downloads running");
    QString text
        = QCoreApplication::translate("DownloadTotals", "%n download(s) running", nullptr, running);
    if (bytesTotal > 0) {
        const QString percent
            = QLocale().toString(int(bytesDone * 100 / bytesTotal)) + QStringLiteral(" %");
        text = QCoreApplication::translate("DownloadTotals", "%1 — %2 of %3")
                   .arg(text, percent, Format::size(bytesTotal));
    }
    if (speed > 0)
        text = QCoreApplication::translate("DownloadTotals", "%1, %2")
                   .arg(text, Format::speed(speed));
    return text;
}

QString DownloadTotals::afterFinishing() const
{
    if (running == 0)
        return QCoreApplication::translate("DownloadTotals", "All downloads are done.");
    DownloadTotals still = *this;
    still.speed = 0;
    return QCoreApplication::translate("DownloadTotals", "Still: %1").arg(still.text());
}
