#include "core/engine/engine.h"
#include "core/model/errorcodes.h"
#include "tests/support/enginefixture.h"
#include "tests/support/eventrecorder.h"
#include "tests/support/testhelpers.h"
#include "tests/support/testserver.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <algorithm>

using namespace TestHelpers;

// Job states, return codes, notifications and the scheduler (../shared/spec/jobs.md).
class TestEngine : public QObject, private EngineFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startServer(); }

    void newJobIsSuspendedWithDefaults()
    {
        Engine engine;
        QVERIFY(engine.open(newStore()).ok());
        QUuid id;
        QVERIFY(engine.createJob(QStringLiteral("n"), JobPriority::Normal, &id).ok());
        const Job j = job(engine, id);
        QCOMPARE(j.state, JobState::Suspended);
        QCOMPARE(j.priority, JobPriority::Normal);
        QCOMPARE(j.notifyFlags, 0x3u);
        QCOMPARE(j.minimumRetryDelay, 10);
        QCOMPARE(j.noProgressTimeout, 86400);
        QCOMPARE(j.errorCount, 0);
        QVERIFY(j.creationTime.isValid());
        QVERIFY(j.modificationTime >= j.creationTime);
        QVERIFY(!j.transferCompletionTime.isValid());
        QCOMPARE(j.progress().filesTotal, 0);
    }

    void resumeWithoutFilesFailsWithEmpty()
    {
        Engine engine;
        QVERIFY(engine.open(newStore()).ok());
        QUuid id;
        engine.createJob(QString(), JobPriority::Normal, &id);
        QCOMPARE(engine.resume(id).code, ErrorCode::E_Empty);
        QCOMPARE(state(engine, id), JobState::Suspended);
        // A failing call creates no error object.
        QCOMPARE(engine.error(id, nullptr).code, ErrorCode::E_ErrorInformationUnavailable);
    }

    void unknownJob()
    {
        Engine engine;
        QVERIFY(engine.open(newStore()).ok());
        const QUuid nobody = QUuid::createUuid();
        QCOMPARE(engine.resume(nobody).code, ErrorCode::E_NotFound);
        QCOMPARE(engine.suspend(nobody).code, ErrorCode::E_NotFound);
        QCOMPARE(engine.cancel(nobody).code, ErrorCode::E_NotFound);
        QCOMPARE(engine.complete(nobody).code, ErrorCode::E_NotFound);
        QCOMPARE(engine.setPriority(nobody, JobPriority::Low).code, ErrorCode::E_NotFound);
        QVERIFY(!engine.job(nobody).has_value());
    }

    void addFileRejectsBadInputAndChangesNothing()
    {
        Engine engine;
        QVERIFY(engine.open(newStore()).ok());
        QUuid id;
        engine.createJob(QString(), JobPriority::Normal, &id);
        const QString out = folder();
        QCOMPARE(engine.addFile(id, QUrl(QStringLiteral("ftp://example.org/x")), out).code,
            ErrorCode::E_UnsupportedScheme);
        QCOMPARE(engine.addFile(id, QUrl(QStringLiteral("http://")), out).code,
            ErrorCode::E_MalformedUrl);
        QCOMPARE(engine.addFile(id, QUrl(QStringLiteral("relative/path")), out).code,
            ErrorCode::E_MalformedUrl);
        // A password in the address would end up in the store and every listing: refused,
        // and the message does not repeat it.
        const CallResult withPassword
            = engine.addFile(id, QUrl(QStringLiteral("http://alice:s3cret@example.org/x")), out);
        QCOMPARE(withPassword.code, ErrorCode::E_CredentialsInUrl);
        QVERIFY(!withPassword.details.contains(QStringLiteral("s3cret")));
        QCOMPARE(engine.addFile(id, QUrl(QStringLiteral("https://alice@example.org/x")), out).code,
            ErrorCode::E_CredentialsInUrl);
        // A malformed address with a password: QUrl's explanation would quote it.
        const CallResult malformed = engine.addFile(
            id, QUrl(QStringLiteral("https://alice:s3cret@[::1]/%zz"), QUrl::StrictMode), out);
        QCOMPARE(malformed.code, ErrorCode::E_MalformedUrl);
        QVERIFY(!malformed.details.contains(QStringLiteral("s3cret")));
        QCOMPARE(
            engine.addFile(id, m_server->url(QStringLiteral("/small")), QStringLiteral("relative"))
                .code,
            ErrorCode::E_LocalPathInvalid);
        QCOMPARE(engine
                     .addFile(id, m_server->url(QStringLiteral("/small")),
                         out + QStringLiteral("/no/such/dir/f"))
                     .code,
            ErrorCode::E_LocalPathInvalid);
        QCOMPARE(
            engine.addFile(id, m_server->url(QStringLiteral("/small")), out, QStringLiteral("xyz"))
                .code,
            ErrorCode::E_InvalidArg);
        QCOMPARE(job(engine, id).files.size(), 0);
    }

    void addFilesIsAllOrNothingInOneWrite()
    {
        const QString store = newStore();
        const QString out = folder();
        QUuid id;
        {
            Engine engine;
            QVERIFY(engine.open(store).ok());
            engine.createJob(QString(), JobPriority::Normal, &id);
            QList<Engine::FileToAdd> files;
            for (int i = 0; i < 3; ++i)
                files.append({ m_server->url(QStringLiteral("/small")), out, QString() });
            files.append({ QUrl(QStringLiteral("ftp://example.org/x")), out, QString() });
            const CallResult refused = engine.addFiles(id, files);
            QCOMPARE(refused.code, ErrorCode::E_UnsupportedScheme);
            QCOMPARE(refused.fileIndex, 3); // its place in the request
            QCOMPARE(job(engine, id).files.size(), 0);

            files.removeLast();
            // Two files named alike by the user: the second is given another name.
            files.append(
                { m_server->url(QStringLiteral("/small")), out + QStringLiteral("/same.bin"), {} });
            files.append(
                { m_server->url(QStringLiteral("/small")), out + QStringLiteral("/same.bin"), {} });
            // The first folder again after a file in another one: still the first folder.
            const QString other = out + QStringLiteral("/other");
            QVERIFY(QDir().mkpath(other));
            files.append({ m_server->url(QStringLiteral("/small")),
                other + QStringLiteral("/elsewhere.bin"), {} });
            files.append({ m_server->url(QStringLiteral("/small")), out, QString() });
            const CallResult added = engine.addFiles(id, files);
            QVERIFY(added.ok());
            QCOMPARE(added.fileIndex, 6);
            QCOMPARE(job(engine, id).files[5].folder, QDir::cleanPath(other));
            QCOMPARE(job(engine, id).files[6].folder, QDir::cleanPath(out));
            QCOMPARE(job(engine, id).files.size(), 7);
            QCOMPARE(job(engine, id).files[3].localPath, out + QStringLiteral("/same.bin"));
            QCOMPARE(job(engine, id).files[4].localPath, out + QStringLiteral("/same (1).bin"));
        }
        // Everything reached the store.
        Engine reopened;
        QVERIFY(reopened.open(store).ok());
        QCOMPARE(job(reopened, id).files.size(), 7);
        QCOMPARE(job(reopened, id).files[4].localPath, out + QStringLiteral("/same (1).bin"));
        QVERIFY(reopened.resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(reopened, id), JobState::Transferred, 10000);
        QVERIFY(reopened.complete(id).ok());
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/same (1).bin")));
    }

    void aTransferredJobIsWhollyInTheStore()
    {
        // The move to Transferred saves the job's row only: each file's row was written when
        // the file became durable. A restart must find every file finished.
        const QString store = newStore();
        const QString out = folder();
        QUuid id;
        {
            Engine engine;
            QVERIFY(engine.open(store).ok());
            QVERIFY(engine.createJob(QString(), JobPriority::Normal, &id).ok());
            QList<Engine::FileToAdd> files;
            for (int i = 0; i < 6; ++i)
                files.append({ m_server->url(QStringLiteral("/small")), out, QString() });
            QVERIFY(engine.addFiles(id, files).ok());
            QVERIFY(engine.resume(id).ok());
            QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Transferred, 10000);
        }
        Engine reopened;
        QVERIFY(reopened.open(store).ok());
        const Job loaded = job(reopened, id);
        QCOMPARE(loaded.state, JobState::Transferred);
        QCOMPARE(loaded.files.size(), 6);
        for (const JobFile &f : loaded.files) {
            QVERIFY(f.transferred);
            QCOMPARE(f.bytesTransferred, 10000);
            QCOMPARE(f.bytesTotal, 10000);
            QCOMPARE(readFile(f.tempPath()), TestServer::body(1, 10000));
        }
        QCOMPARE(reopened.complete(id).code, ErrorCode::S_Ok);
        for (const JobFile &f : job(reopened, id).files)
            QCOMPARE(readFile(f.localPath), TestServer::body(1, 10000));
    }

    void aJobMovedToTheTopStartsBeforeTheOthersOfItsPriority()
    {
        slowRoute("/queue");
        Engine::Settings settings;
        settings.maxBackgroundJobs = 1;
        Engine engine(settings);
        QVERIFY(engine.open(newStore()).ok());
        const QString out = folder();
        QList<QUuid> ids;
        for (int i = 0; i < 3; ++i)
            ids << startJob(engine, m_server->url(QStringLiteral("/queue")), out, false);
        QUuid high;
        engine.createJob(QString(), JobPriority::High, &high);
        QVERIFY(engine.moveInQueue(ids[2], QueueMove::Top).ok());
        QVERIFY(engine.moveInQueue(ids[2], QueueMove::Up).ok()); // already first: no change
        QVERIFY(engine.moveInQueue(ids[0], QueueMove::Bottom).ok()); // 2, 1, 0
        QVERIFY(engine.moveInQueue(ids[1], QueueMove::Down).ok()); // 2, 0, 1
        QList<QUuid> order;
        for (const Job &j : engine.jobs())
            order << j.id;
        QCOMPARE(order, QList<QUuid>({ ids[2], ids[0], ids[1], high })); // others stay put
        QVERIFY(job(engine, ids[2]).queuePosition < job(engine, ids[0]).queuePosition);
        // All queued before the scheduler looks (one event on the engine thread), in
        // creation order: the queue's order decides, not the order of the calls.
        engine.post([ids](Engine &e) {
            for (const QUuid &id : ids)
                e.resume(id);
        });
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, ids[2]), JobState::Transferring, 5000);
        QCOMPARE(state(engine, ids[0]), JobState::Queued);
        QCOMPARE(state(engine, ids[1]), JobState::Queued);
        QCOMPARE(
            engine.moveInQueue(QUuid::createUuid(), QueueMove::Up).code, ErrorCode::E_NotFound);
        QVERIFY(engine.cancel(ids[1]).ok());
        QCOMPARE(engine.moveInQueue(ids[1], QueueMove::Top).code, ErrorCode::E_InvalidState);
    }

    void theQueueOrderSurvivesReopeningTheStore()
    {
        const QString store = newStore();
        QList<QUuid> ids;
        {
            Engine engine;
            QVERIFY(engine.open(store).ok());
            for (int i = 0; i < 3; ++i) {
                QUuid id;
                engine.createJob(QString::number(i), JobPriority::Normal, &id);
                ids << id;
            }
            QVERIFY(engine.moveInQueue(ids[2], QueueMove::Top).ok());
        }
        Engine reopened;
        QVERIFY(reopened.open(store).ok());
        QList<QUuid> order;
        for (const Job &j : reopened.jobs())
            order << j.id;
        QCOMPARE(order, QList<QUuid>({ ids[2], ids[0], ids[1] }));
        QCOMPARE(job(reopened, ids[2]).queuePosition, 1);
        // A new job goes last.
        QUuid last;
        reopened.createJob(QString(), JobPriority::Normal, &last);
        QCOMPARE(reopened.jobs().last().id, last);
        QVERIFY(job(reopened, last).queuePosition > job(reopened, ids[1]).queuePosition);
    }

    void restartDeletesThePartialDataAndStartsFromZero()
    {
        slowRoute("/again");
        Engine engine;
        QVERIFY(engine.open(newStore()).ok());
        const QString out = folder();
        const QUuid id = startJob(engine, m_server->url(QStringLiteral("/again")), out);
        QTRY_VERIFY_WITH_TIMEOUT(job(engine, id).progress().bytesTransferred > 100000, 5000);
        QVERIFY(engine.suspend(id).ok());
        const QString temp = job(engine, id).files[0].tempPath();
        QVERIFY(QFileInfo::exists(temp));
        m_server->clearRequests();
        QVERIFY(engine.restart(id).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->requests("/again").isEmpty(), 5000);
        // From zero: no Range, and no byte of before is trusted.
        QVERIFY(!m_server->requests("/again").first().headers.contains("range"));
        QVERIFY(!job(engine, id).error.has_value());
        QVERIFY(engine.cancel(id).ok());
        QTRY_VERIFY(!QFileInfo::exists(temp));
        QCOMPARE(engine.restart(id).code, ErrorCode::E_InvalidState);
    }

    void restartWhileTransferringGivesTheWholeFileAgain()
    {
        slowRoute("/again-moving", 700000, 350000);
        Engine engine;
        QVERIFY(engine.open(newStore()).ok());
        const QUuid id = startJob(engine, m_server->url(QStringLiteral("/again-moving")), folder());
        QTRY_VERIFY_WITH_TIMEOUT(job(engine, id).progress().bytesTransferred > 100000, 5000);
        m_server->clearRequests();
        QVERIFY(engine.restart(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Transferred, 10000);
        QVERIFY(!m_server->requests("/again-moving").first().headers.contains("range"));
        QVERIFY(engine.complete(id).ok());
        QCOMPARE(readFile(job(engine, id).files[0].localPath), TestServer::body(1, 700000));
    }

    void suspendResumeCancelAndFinalStates()
    {
        slowRoute("/slow1");
        Engine engine;
        QVERIFY(engine.open(newStore()).ok());
        const QString out = folder();
        const QUuid id = startJob(engine, m_server->url(QStringLiteral("/slow1")), out);
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Transferring, 5000);
        QVERIFY(engine.resume(id).ok()); // no-op while moving
        QCOMPARE(state(engine, id), JobState::Transferring);
        QTRY_VERIFY_WITH_TIMEOUT(job(engine, id).progress().bytesTransferred > 100000, 5000);

        QVERIFY(engine.suspend(id).ok());
        QCOMPARE(state(engine, id), JobState::Suspended);
        QVERIFY(engine.suspend(id).ok()); // Suspended -> Suspended: no-op
        const Job suspended = job(engine, id);
        const QString temp = suspended.files[0].tempPath();
        QVERIFY(QFileInfo::exists(temp));
        QVERIFY(QFileInfo(temp).size() >= suspended.files[0].bytesTransferred);
        QVERIFY(!QFileInfo::exists(suspended.files[0].localPath)); // nothing under the final name

        m_server->clearRequests();
        QVERIFY(engine.resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Transferring, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->requests("/slow1").isEmpty(), 5000);
        const auto request = m_server->requests("/slow1").first();
        QCOMPARE(request.headers.value("range"),
            "bytes=" + QByteArray::number(suspended.files[0].bytesTransferred) + "-");
        QVERIFY(!request.headers.value("if-range").isEmpty());
        QCOMPARE(request.headers.value("accept-encoding"), QByteArray("identity"));

        QVERIFY(engine.cancel(id).ok());
        QCOMPARE(state(engine, id), JobState::Cancelled);
        QTRY_VERIFY(!QFileInfo::exists(temp));
        QVERIFY(QDir(out).entryList(QDir::Files).isEmpty());

        QCOMPARE(engine.resume(id).code, ErrorCode::E_InvalidState);
        QCOMPARE(engine.suspend(id).code, ErrorCode::E_InvalidState);
        QCOMPARE(engine.cancel(id).code, ErrorCode::E_InvalidState);
        QCOMPARE(engine.complete(id).code, ErrorCode::E_InvalidState);
        QCOMPARE(engine.setPriority(id, JobPriority::High).code, ErrorCode::E_InvalidState);
        QCOMPARE(engine.addFile(id, m_server->url(QStringLiteral("/small")), out).code,
            ErrorCode::E_InvalidState);
        QCOMPARE(state(engine, id), JobState::Cancelled);
        QCOMPARE(engine.error(id, nullptr).code, ErrorCode::E_ErrorInformationUnavailable);
    }

    void transferredThenComplete()
    {
        Engine engine;
        QVERIFY(engine.open(newStore()).ok());
        EventRecorder events(&engine);
        const QString out = folder();
        const QUuid id = startJob(engine, m_server->url(QStringLiteral("/small")), out);
        QTRY_COMPARE_WITH_TIMEOUT(events.count(events.transferred, id), 1, 5000);
        Job j = job(engine, id);
        QCOMPARE(j.state, JobState::Transferred);
        QVERIFY(j.transferCompletionTime.isValid());
        QCOMPARE(j.progress().filesTransferred, 1);
        QCOMPARE(j.progress().bytesTransferred, 10000);
        QCOMPARE(j.progress().bytesTotal, 10000);
        QVERIFY(!j.files[0].completed);
        QVERIFY(!QFileInfo::exists(j.files[0].localPath)); // not visible before Complete
        QVERIFY(QFileInfo::exists(j.files[0].tempPath()));
        QVERIFY(engine.resume(id).ok()); // nothing to do

        const CallResult r = engine.complete(id);
        QCOMPARE(r.code, ErrorCode::S_Ok);
        j = job(engine, id);
        QCOMPARE(j.state, JobState::Acknowledged);
        QVERIFY(j.files[0].completed);
        QCOMPARE(readFile(j.files[0].localPath), TestServer::body(1, 10000));
        QVERIFY(!QFileInfo::exists(j.files[0].tempPath()));
        QCOMPARE(engine.complete(id).code, ErrorCode::E_InvalidState);
        QCOMPARE(engine.cancel(id).code, ErrorCode::E_InvalidState);
        // Removing it from the history never touches the file.
        QVERIFY(engine.removeJob(id).ok());
        QVERIFY(!engine.job(id).has_value());
        QVERIFY(QFileInfo::exists(j.files[0].localPath));
    }

    void completeNeverReplacesWhatTookTheNameMeanwhile()
    {
        Engine engine;
        QVERIFY(engine.open(newStore()).ok());
        EventRecorder events(&engine);
        const QString out = folder();
        const QUuid first = startJob(engine, m_server->url(QStringLiteral("/small")), out);
        QTRY_COMPARE_WITH_TIMEOUT(events.count(events.transferred, first), 1, 5000);
        const QString chosen = job(engine, first).files[0].localPath;
        // While the job waits for Complete, the user saves a file of their own under its name.
        QFile mine(chosen);
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("the user's own file");
        mine.close();
        QCOMPARE(engine.complete(first).code, ErrorCode::S_Ok);
        const QString given = job(engine, first).files[0].localPath;
        QCOMPARE(given,
            QFileInfo(chosen).absolutePath() + QLatin1Char('/')
                + QFileInfo(chosen).completeBaseName() + QStringLiteral(" (1)")
                + (QFileInfo(chosen).suffix().isEmpty()
                        ? QString()
                        : QLatin1Char('.') + QFileInfo(chosen).suffix()));
        QCOMPARE(readFile(chosen), QByteArray("the user's own file"));
        QCOMPARE(readFile(given), TestServer::body(1, 10000));

        // A dangling symbolic link holds a name too: it is neither followed nor replaced.
        const QUuid second = startJob(engine, m_server->url(QStringLiteral("/small")), out);
        QTRY_COMPARE_WITH_TIMEOUT(events.count(events.transferred, second), 1, 5000);
        const QString next = job(engine, second).files[0].localPath;
        QVERIFY(QFile::link(out + QStringLiteral("/nowhere"), next));
        QCOMPARE(engine.complete(second).code, ErrorCode::S_Ok);
        QVERIFY(job(engine, second).files[0].localPath != next);
        QVERIFY(QFileInfo(next).isSymLink());
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/nowhere")));
        QCOMPARE(readFile(job(engine, second).files[0].localPath), TestServer::body(1, 10000));
    }

    void removeJobOnlyForFinishedJobs()
    {
        Engine engine;
        QVERIFY(engine.open(newStore()).ok());
        QUuid id;
        engine.createJob(QString(), JobPriority::Normal, &id);
        QCOMPARE(engine.removeJob(id).code, ErrorCode::E_InvalidState);
        QVERIFY(engine.cancel(id).ok());
        QVERIFY(engine.removeJob(id).ok());
        QCOMPARE(engine.removeJob(id).code, ErrorCode::E_NotFound);
    }

    void notifyFlags()
    {
        Engine engine;
        QVERIFY(engine.open(newStore()).ok());
        EventRecorder events(&engine);
        const QString out = folder();

        // Disable: no callbacks at all, yet the job moves.
        QUuid quiet = startJob(engine, m_server->url(QStringLiteral("/small")), out, false);
        QVERIFY(engine.setNotifyFlags(quiet, NotifyFlag::Disable | NotifyFlag::Transferred).ok());
        QVERIFY(engine.resume(quiet).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, quiet), JobState::Transferred, 5000);

        // Modification and FileTransferred when asked for.
        QUuid loud;
        engine.createJob(QString(), JobPriority::Normal, &loud);
        engine.addFile(loud, m_server->url(QStringLiteral("/small")), out);
        engine.addFile(loud, m_server->url(QStringLiteral("/small")), out);
        QVERIFY(engine.setNotifyFlags(loud, 0x1F & ~NotifyFlag::Disable).ok());
        QVERIFY(engine.resume(loud).ok());
        QTRY_COMPARE_WITH_TIMEOUT(events.count(events.transferred, loud), 1, 5000);
        QTRY_COMPARE(events.filesTransferred.size(), 2);
        // Files transfer several at a time: either may finish first.
        auto files = events.filesTransferred;
        std::sort(files.begin(), files.end(),
            [](const auto &a, const auto &b) { return a.second < b.second; });
        QCOMPARE(files[0], qMakePair(loud, 0));
        QCOMPARE(files[1], qMakePair(loud, 1));
        QTRY_VERIFY(events.count(events.modifications, loud) >= 1);

        // Default flags: Transferred and Error only.
        const QUuid normal = startJob(engine, m_server->url(QStringLiteral("/small")), out);
        QTRY_COMPARE_WITH_TIMEOUT(events.count(events.transferred, normal), 1, 5000);
        QTest::qWait(600);
        QCOMPARE(events.count(events.modifications, normal), 0);
        QCOMPARE(events.count(events.transferred, quiet), 0);
        QCOMPARE(events.count(events.modifications, quiet), 0);
        // Two files from the same URL into one folder never share a name.
        const Job j = job(engine, loud);
        QVERIFY(j.files[0].localPath != j.files[1].localPath);
    }

    void errorIsReplayedWhenAListenerAttaches()
    {
        const QString store = newStore();
        const QString out = folder();
        QUuid failed, done;
        {
            Engine engine;
            QVERIFY(engine.open(store).ok());
            failed = startJob(engine, m_server->url(QStringLiteral("/missing")), out);
            done = startJob(engine, m_server->url(QStringLiteral("/small")), out);
            QTRY_COMPARE_WITH_TIMEOUT(state(engine, failed), JobState::Error, 5000);
            QTRY_COMPARE_WITH_TIMEOUT(state(engine, done), JobState::Transferred, 5000);
            // A listener that comes late is told.
            EventRecorder late(&engine);
            engine.replayNotifications();
            QTRY_COMPARE(late.count(late.errors, failed), 1);
            QCOMPARE(late.lastError.code, 0x80190194u);
            QTRY_COMPARE(late.count(late.transferred, done), 1);
        }
        // And so is one after a restart: no error is lost.
        Engine engine;
        QVERIFY(engine.open(store).ok());
        EventRecorder events(&engine);
        engine.replayNotifications();
        QTRY_COMPARE(events.count(events.errors, failed), 1);
        QTRY_COMPARE(events.count(events.transferred, done), 1);
        JobError e;
        QVERIFY(engine.error(failed, &e).ok());
        QCOMPARE(e.context, ErrorContext::RemoteFile);
        QCOMPARE(e.httpStatus, 404);
    }

    void schedulerHonoursLimitAndPriority()
    {
        for (const QByteArray &p : { QByteArray("/s1"), QByteArray("/s2"), QByteArray("/s3"),
                 QByteArray("/fg"), QByteArray("/hi") })
            slowRoute(p, 8 * 1024 * 1024, 64 * 1024);
        Engine::Settings settings;
        settings.maxBackgroundJobs = 2;
        Engine engine(settings);
        QVERIFY(engine.open(newStore()).ok());
        const QString out = folder();
        const QUuid a = startJob(engine, m_server->url(QStringLiteral("/s1")), out);
        const QUuid b = startJob(engine, m_server->url(QStringLiteral("/s2")), out);
        const QUuid c = startJob(engine, m_server->url(QStringLiteral("/s3")), out);
        QTRY_VERIFY_WITH_TIMEOUT(
            JobTypes::isActive(state(engine, a)) && JobTypes::isActive(state(engine, b)), 5000);
        QTest::qWait(500);
        QCOMPARE(state(engine, c), JobState::Queued);

        // Foreground always runs, beyond the limit.
        QUuid fg;
        engine.createJob(QString(), JobPriority::Foreground, &fg);
        engine.addFile(fg, m_server->url(QStringLiteral("/fg")), out);
        engine.resume(fg);
        QTRY_VERIFY_WITH_TIMEOUT(JobTypes::isActive(state(engine, fg)), 5000);
        QVERIFY(JobTypes::isActive(state(engine, a)));
        QVERIFY(JobTypes::isActive(state(engine, b)));

        // A High job preempts the last Normal one, which goes back to Queued.
        QUuid hi;
        engine.createJob(QString(), JobPriority::High, &hi);
        engine.addFile(hi, m_server->url(QStringLiteral("/hi")), out);
        engine.resume(hi);
        QTRY_VERIFY_WITH_TIMEOUT(JobTypes::isActive(state(engine, hi)), 5000);
        QTRY_COMPARE(state(engine, b), JobState::Queued);
        QVERIFY(JobTypes::isActive(state(engine, a)));
        QCOMPARE(state(engine, c), JobState::Queued);
        QVERIFY(job(engine, b).progress().bytesTransferred > 0); // partial data kept

        // Raising a priority reorders at once.
        QVERIFY(engine.setPriority(c, JobPriority::High).ok());
        QTRY_VERIFY_WITH_TIMEOUT(JobTypes::isActive(state(engine, c)), 5000);
        QTRY_COMPARE(state(engine, a), JobState::Queued);
        for (const QUuid &id : { a, b, c, fg, hi })
            engine.cancel(id);
    }

    void jobsSurviveARestartAndResume()
    {
        slowRoute("/restart", 2 * 1024 * 1024, 512 * 1024);
        const QString store = newStore();
        const QString out = folder();
        QUuid id;
        qint64 before = 0;
        {
            Engine engine;
            QVERIFY(engine.open(store).ok());
            id = startJob(engine, m_server->url(QStringLiteral("/restart")), out);
            QTRY_VERIFY_WITH_TIMEOUT(job(engine, id).progress().bytesTransferred > 300000, 5000);
            engine.close(); // the process goes away while Transferring
        }
        m_server->clearRequests();
        Engine engine;
        QVERIFY(engine.open(store).ok());
        const Job reloaded = job(engine, id);
        before = reloaded.files[0].bytesTransferred;
        QVERIFY(before > 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Transferred, 15000);
        const auto requests = m_server->requests("/restart");
        QCOMPARE(requests.size(), 1);
        QVERIFY(requests[0].headers.value("range").startsWith("bytes="));
        QCOMPARE(requests[0].status, 206);
        QVERIFY(engine.complete(id).ok());
        QCOMPARE(
            readFile(job(engine, id).files[0].localPath), TestServer::body(1, 2 * 1024 * 1024));
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
