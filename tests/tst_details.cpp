// The details of a download under the offscreen platform: which parts of a file are on
// disk and which connection fetches what (FileRanges, pure, and the bar that draws it), the
// Files tab's words for each file after the job's state, the History's first event and its
// seconds, and a keyboard and a screen reader reaching all of it.
#include "core/l10n/format.h"
#include "core/model/errorcodes.h"
#include "core/model/fileranges.h"
#include "tests/support/testhelpers.h"
#include "tests/support/windowfixture.h"
#include "ui/jobdetails.h"
#include "ui/jobtablemodel.h"
#include "ui/rangesbar.h"

#include <QApplication>
#include <QLocale>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace TestHelpers;

namespace {
constexpr qint64 MiB = 1024 * 1024;

// 100 MiB over three segments: the first two 12 MiB along, the third not begun.
JobFile threeSegments()
{
    JobFile f;
    f.remoteUrl = QUrl(QStringLiteral("http://h/big.iso"));
    f.bytesTotal = 100 * MiB;
    f.segments = { { 0, 40 * MiB, 12 * MiB }, { 40 * MiB, 70 * MiB, 12 * MiB },
        { 70 * MiB, 100 * MiB, 0 } };
    f.bytesTransferred = 24 * MiB;
    f.resumable = true;
    return f;
}

Job jobIn(JobState state, const QList<JobFile> &files)
{
    Job job;
    job.state = state;
    job.files = files;
    return job;
}
} // namespace

class TestDetails : public QObject, private WindowFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { openWindow(QStringLiteral("tst_details")); }

    void cleanupTestCase() { closeWindow(); }

    void cleanup() { dismissThePane(); }

    void aSegmentedFileHasItsExactRangesOnDiskAndFetched()
    {
        const FileRanges r = FileRanges::of(threeSegments(), 2);
        QCOMPARE(r.length, 100 * MiB);
        const QList<ByteRange> onDisk { { 0, 12 * MiB }, { 40 * MiB, 52 * MiB } };
        QCOMPARE(r.onDisk, onDisk);
        // Two connections serve the first two unfinished segments; the third waits.
        const QList<FetchedRange> fetching { { 1, { 12 * MiB, 40 * MiB } },
            { 2, { 52 * MiB, 70 * MiB } } };
        QCOMPARE(r.fetching, fetching);
        QCOMPARE(r.description(),
            QStringLiteral("On disk: 0–12.0 MiB, 40.0 MiB–52.0 MiB; connection 1 fetches "
                           "12.0 MiB–40.0 MiB; connection 2 fetches 52.0 MiB–70.0 MiB."));
        // Paused, nobody fetches; finished segments next to each other are one range.
        JobFile f = threeSegments();
        f.segments[0].done = 40 * MiB;
        const FileRanges paused = FileRanges::of(f, 0);
        QCOMPARE(paused.onDisk, (QList<ByteRange> { { 0, 52 * MiB } }));
        QVERIFY(paused.fetching.isEmpty());
        QVERIFY(paused.description().endsWith(QStringLiteral("no connection fetches it now.")));
    }

    void aFileOverOneConnectionIsOneRangeFromTheStart()
    {
        JobFile f;
        f.bytesTotal = 10 * MiB;
        f.bytesTransferred = 3 * MiB;
        const FileRanges r = FileRanges::of(f, 1);
        QCOMPARE(r.onDisk, (QList<ByteRange> { { 0, 3 * MiB } }));
        QCOMPARE(r.fetching, (QList<FetchedRange> { { 1, { 3 * MiB, 10 * MiB } } }));
        // A size not told yet is said so, and the fetched range has no end.
        f.bytesTotal = -1;
        const FileRanges unknown = FileRanges::of(f, 1);
        QCOMPARE(unknown.fetching.first().range.end, qint64(-1));
        QVERIFY2(unknown.description().startsWith(
                     QStringLiteral("Size not known yet. On disk: 0–3.0 MiB")),
            qPrintable(unknown.description()));
        QVERIFY(
            FileRanges::of(JobFile(), 0).description().contains(QStringLiteral("Nothing on disk")));
    }

    void theBarFillsWhatIsOnDiskAndLeavesTheRestEmpty()
    {
        RangesBar bar;
        bar.resize(500, 24);
        bar.setRanges(FileRanges::of(threeSegments(), 2));
        const QImage image = bar.grab().toImage();
        const int y = image.height() / 2;
        auto at = [&](double fraction) {
            return image.pixelColor(int(1 + (image.width() - 2) * fraction), y);
        };
        QCOMPARE(at(0.05), bar.palette().color(QPalette::Highlight)); // on disk
        QCOMPARE(at(0.45), bar.palette().color(QPalette::Highlight));
        QCOMPARE(at(0.85), bar.palette().color(QPalette::Base)); // missing, nobody fetches it
        // A fetched range is tinted with its connection's colour: neither filled nor empty.
        QVERIFY(at(0.30) != bar.palette().color(QPalette::Base));
        QVERIFY(at(0.30) != bar.palette().color(QPalette::Highlight));
        QVERIFY(RangesBar::connectionColor(1) != RangesBar::connectionColor(2));
        QVERIFY(!bar.accessibleName().isEmpty());
        QCOMPARE(bar.accessibleDescription(), FileRanges::of(threeSegments(), 2).description());
        QCOMPARE(bar.toolTip(), bar.accessibleDescription());
    }

    void theFilesTabFollowsTheJobsStateAndEachFilesProgress()
    {
        JobFile done;
        done.bytesTotal = done.bytesTransferred = 100;
        done.transferred = true;
        JobFile partial;
        partial.bytesTotal = 100;
        partial.bytesTransferred = 40;
        partial.resumable = true;
        const JobFile untouched;
        const QList<JobFile> files { done, partial, untouched };
        auto status = [&](JobState state, int index) {
            return JobDetails::fileStatus(jobIn(state, files), index);
        };
        QCOMPARE(status(JobState::Transferring, 1), QStringLiteral("transferring"));
        QCOMPARE(status(JobState::Transferring, 0), QStringLiteral("done"));
        QCOMPARE(status(JobState::Transferring, 2), QStringLiteral("waiting"));
        // Several files of a job transfer at once: a later file with bytes is under way too.
        const Job twoAtOnce = jobIn(JobState::Transferring, { partial, partial, untouched });
        QCOMPARE(JobDetails::fileStatus(twoAtOnce, 1), QStringLiteral("transferring"));
        QCOMPARE(status(JobState::Connecting, 1), QStringLiteral("connecting"));
        QCOMPARE(status(JobState::Queued, 1), QStringLiteral("waiting for its turn in the queue"));
        QCOMPARE(status(JobState::Suspended, 1), QStringLiteral("paused"));
        QCOMPARE(status(JobState::TransientError, 1), QStringLiteral("waiting to retry"));
        Job failed = jobIn(JobState::Error, files);
        JobError notFound;
        notFound.context = ErrorContext::RemoteFile;
        notFound.code = ErrorCode::HttpFacility + 404;
        notFound.fileIndex = 1;
        failed.error = notFound;
        QCOMPARE(
            JobDetails::fileStatus(failed, 1), QStringLiteral("failed: ") + notFound.description());
        QCOMPARE(JobDetails::fileStatus(failed, 2), QStringLiteral("waiting"));
        // After Complete: the finished file kept, the others dropped; Cancel drops them all.
        Job completed = jobIn(JobState::Acknowledged, files);
        completed.files[0].completed = true;
        completed.files[0].localPath = QStringLiteral("/tmp/a.bin");
        QVERIFY(JobDetails::fileStatus(completed, 0).startsWith(QStringLiteral("kept: ")));
        QVERIFY(JobDetails::fileStatus(completed, 1).startsWith(QStringLiteral("dropped: ")));
        QVERIFY(status(JobState::Cancelled, 1).startsWith(QStringLiteral("dropped: ")));
    }

    void aTransferringFileIsSaidToBeTransferringWithItsPartsInTheBar()
    {
        TestServer::Route r = route(4000000);
        r.rate = 400000; // ten seconds: long enough to look at
        m_http->setRoute("/slow.bin", r);
        const QUuid id = newJob({ m_http->url(QStringLiteral("/slow.bin")) }, folder());
        QVERIFY(m_engine->resume(id).ok());
        QTRY_VERIFY(m_window->model()->rowOf(id) >= 0);
        m_window->selectJob(id);
        JobDetails *details = m_window->details();
        QTRY_COMPARE(details->filesTable()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(
            details->filesTable()->item(0, 3)->text(), QStringLiteral("transferring"), 10000);
        QTRY_VERIFY(!details->rangesBar()->ranges().onDisk.isEmpty());
        QTRY_COMPARE(details->rangesBar()->ranges().fetching.size(), 1);
        QVERIFY(details->rangesBar()->accessibleDescription().contains(
            QStringLiteral("connection 1 fetches")));
        QVERIFY(m_engine->suspend(id).ok());
        QTRY_COMPARE(details->filesTable()->item(0, 3)->text(), QStringLiteral("paused"));
        QTRY_VERIFY(details->rangesBar()->ranges().fetching.isEmpty());
        m_engine->cancel(id);
    }

    void theHistoryBeginsWithAddedAndHasSeconds()
    {
        const QUuid id = newJob({ m_http->url(QStringLiteral("/none.bin")) }, folder());
        QTRY_VERIFY(m_window->model()->rowOf(id) >= 0);
        m_window->selectJob(id);
        QTableWidget *history = m_window->details()->historyTable();
        QTRY_COMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 1)->text(), QStringLiteral("Added"));
        const QDateTime created = job(*m_engine, id).creationTime;
        QCOMPARE(history->item(0, 0)->text(), Format::preciseDateTime(created));
        QVERIFY2(history->item(0, 0)->text().contains(
                     QLocale().toString(created.toLocalTime().time(), QStringLiteral("mm:ss"))),
            qPrintable(history->item(0, 0)->text()));
        // A later Suspended is a suspension.
        JobEvent later;
        later.time = created.addSecs(5);
        QCOMPARE(JobDetails::historyStateText(later, created), QStringLiteral("Suspended"));
        m_engine->cancel(id);
    }

    void tabReachesTheDetailsAndEveryPartHasAName()
    {
        const QUuid id = newJob({ m_http->url(QStringLiteral("/named.bin")) }, folder());
        QTRY_VERIFY(m_window->model()->rowOf(id) >= 0);
        m_window->selectJob(id);
        JobDetails *details = m_window->details();
        QTRY_COMPARE(details->jobId(), id);
        m_window->activateWindow();
        m_window->view()->setFocus();
        QTRY_VERIFY(m_window->view()->hasFocus());
        bool reached = false;
        for (int i = 0; i < 30 && !reached; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached = details->tabs()->isAncestorOf(QApplication::focusWidget())
                || QApplication::focusWidget() == details->tabs();
        }
        QVERIFY2(reached, "Tab never reaches the details");
        // Nor before any download is chosen: the tabs stay reachable, only the pages go grey.
        m_window->view()->selectionModel()->clearSelection();
        QTRY_VERIFY(details->jobId().isNull());
        m_window->view()->setFocus();
        reached = false;
        for (int i = 0; i < 30 && !reached; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached = details->tabs()->isAncestorOf(QApplication::focusWidget());
        }
        QVERIFY2(reached, "Tab skips the details while no download is chosen");
        QVERIFY(!details->filesTable()->isEnabled());
        for (QWidget *w : std::initializer_list<QWidget *> { details->tabs(), details->filesTable(),
                 details->historyTable(), details->rangesBar() })
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        m_engine->cancel(id);
    }
};

QTEST_MAIN(TestDetails)
#include "tst_details.moc"
