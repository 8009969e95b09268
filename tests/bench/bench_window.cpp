// The window's figures for tests/bench/bench.sh (not a ctest test: it measures).
//   bench_window [JOBS]     (default 10,000)
// With JOBS jobs in a fresh store: the time until the window is shown and its memory; the
// median time to sort by each column and to filter (search, category); then, with 50 jobs
// transferring from the loopback test server, the longest stall of the GUI thread and the
// share of a core it uses; last, the longest stall while one job of 1 GiB arrives at full
// speed and the window suspends and resumes it twice a second (each Suspend makes the
// engine thread flush and fdatasync) until it completes it. Prints "key value" lines.
#include "core/engine/engine.h"
#include "core/store/jobstore.h"
#include "tests/support/testserver.h"
#include "ui/jobfiltermodel.h"
#include "ui/jobtablemodel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <algorithm>
#include <functional>
#include <sys/syscall.h>
#include <unistd.h>

namespace {

double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// CPU seconds used so far by the calling thread.
double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Runs the event loop (no busy polling) until `done` or `timeoutMs`.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(20);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

// A store as a long-time user has it: mostly finished jobs, some paused, some failed.
void fillStore(const QString &store, const QString &folder, int count)
{
    JobStore s;
    s.open(store);
    for (int i = 0; i < count; ++i) {
        Job job;
        job.id = QUuid::createUuid();
        job.displayName = QStringLiteral("job %1").arg(i);
        job.state = i % 10 == 0 ? JobState::Suspended
            : i % 25 == 0       ? JobState::Cancelled
                                : JobState::Acknowledged;
        job.creationTime = job.modificationTime = QDateTime::currentDateTime().addSecs(-i * 60);
        JobFile f;
        f.remoteUrl = QUrl(QStringLiteral("https://example.org/files/file-%1.iso").arg(i));
        f.localPath = QDir(folder).filePath(QStringLiteral("file-%1.iso").arg(i));
        f.folder = folder;
        f.bytesTotal = 1000000 + i;
        f.bytesTransferred = job.state == JobState::Acknowledged ? f.bytesTotal : i * 10;
        f.transferred = f.completed = job.state == JobState::Acknowledged;
        job.files = { f };
        s.saveJob(job);
    }
}

// Milliseconds to sort by each column, both ways.
QList<double> sortTimes(MainWindow *window)
{
    QElapsedTimer clock;
    QList<double> sorts;
    for (int column = 0; column < JobTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            clock.start();
            window->view()->sortByColumn(column, order);
            QCoreApplication::processEvents();
            sorts << clock.elapsed();
        }
    }
    return sorts;
}

// Milliseconds to filter by a search and by each category.
QList<double> filterTimes(MainWindow *window)
{
    QElapsedTimer clock;
    QList<double> filters;
    for (const QString &text : { QStringLiteral("job 12"), QStringLiteral("file-99"), QString() }) {
        clock.start();
        window->searchBox()->setText(text);
        QCoreApplication::processEvents();
        filters << clock.elapsed();
    }
    for (int row : { 1, 2, 3, 4, 0 }) {
        clock.start();
        window->categories()->setCurrentRow(row);
        QCoreApplication::processEvents();
        filters << clock.elapsed();
    }
    return filters;
}

// The GUI thread's longest stall while it runs: a 5 ms timer's worst lateness.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(
            &m_timer, &QTimer::timeout, [this] { worst = std::max(worst, m_tick.restart() - 5); });
    }
    void start()
    {
        worst = 0;
        m_tick.start();
        m_timer.start(5);
    }
    void stop() { m_timer.stop(); }
    qint64 worst = 0;

private:
    QElapsedTimer m_tick;
    QTimer m_timer;
};

// 50 jobs transferring, paced so that they last the measurement: for ten seconds, the GUI
// thread's longest stall, its share of a core, and the bytes moved.
void measureFiftyTransfers(Engine *engine, TestServer &server, const QTemporaryDir &out)
{
    TestServer::Route route;
    route.size = 64 * 1024 * 1024;
    route.rate = 2 * 1024 * 1024;
    server.setRoute("/stream.bin", route);
    engine->setMaxBackgroundJobs(50);
    for (int i = 0; i < 50; ++i) {
        QUuid id;
        engine->createJob(QStringLiteral("stream %1").arg(i), JobPriority::Normal, &id);
        engine->addFile(id, server.url(QStringLiteral("/stream.bin")),
            out.filePath(QStringLiteral("s%1.bin").arg(i)));
        engine->setConnections(id, 1);
        engine->resume(id);
    }
    QTest::qWait(2000); // connected and moving
    StallProbe probe;
    probe.start();
    const double cpuBefore = threadCpuSeconds();
    QElapsedTimer window10;
    window10.start();
    QTest::qWait(10000);
    const double busy = (threadCpuSeconds() - cpuBefore) / (window10.elapsed() / 1000.0);
    probe.stop();
    qint64 moved = 0;
    for (const Job &job : engine->jobs())
        if (job.displayName.startsWith(QLatin1String("stream")))
            moved += job.progress().bytesTransferred;
    printf("gui-worst-stall-ms %lld\ngui-core-share %.3f\nstreamed-mib %.1f\n",
        static_cast<long long>(probe.worst), busy, moved / 1048576.0);
    fflush(stdout);
    for (const Job &job : engine->jobs())
        if (job.displayName.startsWith(QLatin1String("stream")))
            engine->cancel(job.id);
}

// One job of 1 GiB at full speed, suspended and resumed from the window twice a second
// (each Suspend makes the engine thread flush and fdatasync) until the window completes it:
// the GUI thread's longest stall meanwhile.
void measureASyncingJob(
    Engine *engine, MainWindow *window, TestServer &server, const QTemporaryDir &out)
{
    TestServer::Route big;
    big.size = 1024LL * 1024 * 1024;
    server.setRoute("/big.bin", big);
    QUuid bigId;
    engine->createJob(QStringLiteral("sync 1 GiB"), JobPriority::Foreground, &bigId);
    engine->addFile(
        bigId, server.url(QStringLiteral("/big.bin")), out.filePath(QStringLiteral("big.bin")));
    engine->resume(bigId);
    JobTableModel *model = window->model();
    waitUntil([&] { return model->rowOf(bigId) >= 0; }, 10000);
    window->selectJob(bigId);
    QTimer flip;
    int flips = 0;
    QObject::connect(&flip, &QTimer::timeout, [&] {
        const std::optional<Job> job = model->job(bigId);
        if (job && job->state == JobState::Suspended)
            window->resumeSelected();
        else if (job && JobTypes::isActive(job->state) && ++flips)
            window->suspendSelected();
    });
    StallProbe probe;
    probe.start();
    flip.start(500);
    waitUntil(
        [&] {
            const std::optional<Job> job = model->job(bigId);
            return job && job->state == JobState::Acknowledged;
        },
        180000);
    flip.stop();
    probe.stop();
    const std::optional<Job> done = model->job(bigId);
    if (!done || done->state != JobState::Acknowledged)
        qWarning("the 1 GiB job did not finish");
    printf("gui-stall-during-sync-ms %lld\nsync-suspends %d\n", static_cast<long long>(probe.worst),
        flips);
    fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
        qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("haul-bench"));
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 10000;
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("jobs.sqlite"));
    fillStore(store, dir.path(), count);

    QElapsedTimer clock;
    clock.start();
    auto *engine = new Engine;
    engine->open(store);
    auto *window = new MainWindow(engine);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        qWarning("the window was not exposed");
    // The rows come by continuation from the engine thread.
    waitUntil([&] { return window->model()->rowCount() >= count; }, 60000);
    const double shown = clock.elapsed() / 1000.0;
    const double memory = rssMiB();
    const QList<double> sorts = sortTimes(window);
    const QList<double> filters = filterTimes(window);
    printf(
        "window-show-s %.3f\nwindow-rss-mib %.1f\nsort-median-ms %.1f\nsort-max-ms %.1f\nfilter-median-ms %.1f\nfilter-max-ms %.1f\n",
        shown, memory, median(sorts), *std::max_element(sorts.cbegin(), sorts.cend()),
        median(filters), *std::max_element(filters.cbegin(), filters.cend()));
    fflush(stdout);

    TestServer server;
    QTemporaryDir out;
    measureFiftyTransfers(engine, server, out);
    measureASyncingJob(engine, window, server, out);
    delete window;
    delete engine;
    return 0;
}
