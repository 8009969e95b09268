#include "core/engine/engine.h"
#include "core/model/errorcodes.h"
#include "tests/support/eventrecorder.h"
#include "tests/support/readonlyfolder.h"
#include "tests/support/smalldisk.h"
#include "tests/support/testhelpers.h"
#include "tests/support/testserver.h"
#include "tests/support/transferfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace TestHelpers;

// Where the bytes land (the fault matrix's local rows): safe names from the server, names
// already taken, the several files of a job, and a folder or disk that fails: vanished,
// read-only, full; the error each gives and the fix that continues from the bytes kept.
class TestFiles : public QObject, private TransferFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startServersAndEngine(2); }

    void cleanupTestCase() { stopEngine(); }

    void contentDispositionNamesTheFileSafely()
    {
        TestServer::Route r = route(10);
        r.contentDisposition = "attachment; filename=\"../../evil.sh\"";
        m_http->setRoute("/cd1", r);
        const QString out = folder();
        QString path = download(m_http->url(QStringLiteral("/cd1")), out);
        QCOMPARE(path, QDir(out).filePath(QStringLiteral("evil.sh")));

        r.contentDisposition
            = "attachment; filename=\"fallback.txt\"; filename*=UTF-8''%D0%BE%D1%82%D1%87%D1%91%D1%82.txt";
        m_http->setRoute("/cd2", r);
        path = download(m_http->url(QStringLiteral("/cd2")), out);
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("отчёт.txt"));

        r.contentDisposition = "attachment; filename=\"CON\"";
        m_http->setRoute("/cd3", r);
        path = download(m_http->url(QStringLiteral("/cd3")), out);
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("_CON"));
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), 3);

        m_http->setRoute("/", route(10));
        path = download(m_http->url(QStringLiteral("/")), out);
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("download"));
    }

    void existingFilesAreNeverOverwritten()
    {
        m_http->setRoute("/report.pdf", route(2000));
        const QString out = folder();
        const QString existing = QDir(out).filePath(QStringLiteral("report.pdf"));
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("the user's own file");
        f.close();
        QString path = download(m_http->url(QStringLiteral("/report.pdf")), out);
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("report (1).pdf"));
        QCOMPARE(readFile(existing), QByteArray("the user's own file"));
        // A name given by the user is kept unless taken.
        path = download(m_http->url(QStringLiteral("/report.pdf")), existing);
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("report (2).pdf"));
        QCOMPARE(readFile(existing), QByteArray("the user's own file"));
        QCOMPARE(readFile(path), TestServer::body(1, 2000));
    }

    void nameTakenBetweenTransferAndCompleteGetsANewName()
    {
        m_http->setRoute("/race.txt", route(300));
        const QString out = folder();
        const QUuid id = startJob(*m_engine, m_http->url(QStringLiteral("/race.txt")), out);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 5000);
        const QString planned = job(*m_engine, id).files[0].localPath;
        QFile f(planned);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("appeared meanwhile");
        f.close();
        QVERIFY(m_engine->complete(id).ok());
        const QString final = job(*m_engine, id).files[0].localPath;
        QCOMPARE(QFileInfo(final).fileName(), QStringLiteral("race (1).txt"));
        QCOMPARE(readFile(planned), QByteArray("appeared meanwhile"));
        QCOMPARE(readFile(final), TestServer::body(1, 300));
    }

    void completePartialKeepsOnlyFinishedFiles()
    {
        m_http->setRoute("/good.bin", route(5000));
        TestServer::Route gone;
        gone.status = 404;
        m_http->setRoute("/gone.bin", gone);
        const QString out = folder();
        QUuid id;
        m_engine->createJob(QStringLiteral("partial"), JobPriority::Normal, &id);
        QVERIFY(m_engine->addFile(id, m_http->url(QStringLiteral("/good.bin")), out).ok());
        QVERIFY(m_engine->addFile(id, m_http->url(QStringLiteral("/gone.bin")), out).ok());
        // One file at a time, so that the good file is finished when the other fails (in
        // parallel, the first fatal error would stop it half-way).
        m_engine->setFilesAtOnce(1);
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Error, 5000);
        m_engine->setFilesAtOnce(4);
        QCOMPARE(errorOf(id).fileIndex, 1);
        QCOMPARE(m_engine->complete(id).code, ErrorCode::S_PartialComplete);
        const Job j = job(*m_engine, id);
        QCOMPARE(j.state, JobState::Acknowledged);
        QVERIFY(j.files[0].completed);
        QVERIFY(!j.files[1].completed);
        QCOMPARE(readFile(j.files[0].localPath), TestServer::body(1, 5000));
        QCOMPARE(QDir(out).entryList(QDir::Files), QStringList { QStringLiteral("good.bin") });
    }

    void filesOfAJobTransferSeveralAtATime()
    {
        TestServer::Route slow = route(200000);
        slow.rate = 200000;
        for (const char *path : { "/p1", "/p2", "/p3", "/p4", "/p5", "/p6" })
            m_http->setRoute(path, slow);
        const QString out = folder();
        QUuid id;
        m_engine->createJob(QStringLiteral("parallel"), JobPriority::Normal, &id);
        for (const char *path : { "/p1", "/p2", "/p3", "/p4", "/p5", "/p6" })
            QVERIFY(m_engine->addFile(id, m_http->url(QString::fromLatin1(path)), out).ok());
        QVERIFY(m_engine->resume(id).ok());
        // Four files move at once (the setting's default), not one after the other.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                int moving = 0;
                for (const JobFile &f : job(*m_engine, id).files)
                    moving += f.bytesTransferred > 0 && !f.transferred ? 1 : 0;
                return moving >= 3;
            }(),
            5000);
        int requested = 0;
        for (const char *path : { "/p1", "/p2", "/p3", "/p4", "/p5", "/p6" })
            requested += m_http->requests(path).isEmpty() ? 0 : 1;
        QVERIFY(requested <= 4);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 10000);
        QVERIFY(m_engine->complete(id).ok());
        for (const char *path : { "p1", "p2", "p3", "p4", "p5", "p6" })
            QCOMPARE(readFile(QDir(out).filePath(QString::fromLatin1(path))),
                TestServer::body(1, 200000));
    }

    void aFatalErrorStopsTheOtherFiles()
    {
        TestServer::Route slow = route(2000000);
        slow.rate = 500000;
        m_http->setRoute("/long.bin", slow);
        TestServer::Route gone;
        gone.status = 410;
        m_http->setRoute("/gone-now.bin", gone);
        const QString out = folder();
        QUuid id;
        m_engine->createJob(QStringLiteral("stops"), JobPriority::Normal, &id);
        QVERIFY(m_engine->addFile(id, m_http->url(QStringLiteral("/long.bin")), out).ok());
        QVERIFY(m_engine->addFile(id, m_http->url(QStringLiteral("/gone-now.bin")), out).ok());
        QVERIFY(m_engine->setConnections(id, 1).ok());
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Error, 5000);
        QCOMPARE(errorOf(id).fileIndex, 1);
        const qint64 had = job(*m_engine, id).files[0].bytesTransferred;
        QVERIFY(had < 2000000);
        QTest::qWait(500);
        QCOMPARE(job(*m_engine, id).files[0].bytesTransferred, had); // it stopped, its bytes kept
        QVERIFY(m_engine->cancel(id).ok());
    }

    void renameFailureKeepsTheJobTransferred()
    {
        m_http->setRoute("/vanish.bin", route(100));
        const QString out = folder();
        const QUuid id = startJob(*m_engine, m_http->url(QStringLiteral("/vanish.bin")), out);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 5000);
        QVERIFY(QFile::remove(job(*m_engine, id).files[0].tempPath()));
        const CallResult r = m_engine->complete(id);
        QCOMPARE(r.code, ErrorCode::E_RenameFailed);
        QCOMPARE(r.fileIndex, 0);
        QVERIFY(!r.details.isEmpty());
        QCOMPARE(state(*m_engine, id), JobState::Transferred);
        QVERIFY(!job(*m_engine, id).files[0].completed);
        QVERIFY(m_engine->cancel(id).ok());
    }

    void vanishedFolderIsALocalFileError()
    {
        m_http->setRoute("/local.bin", route(1000));
        const QString out = folder();
        const QUuid id = startJob(*m_engine, m_http->url(QStringLiteral("/local.bin")), out, false);
        QVERIFY(QDir(out).removeRecursively());
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Error, 5000);
        const JobError e = errorOf(id);
        QCOMPARE(e.context, ErrorContext::LocalFile);
        QCOMPARE(e.code, ErrorCode::E_LocalFileCreate);
        QVERIFY(e.protocol.isEmpty());
        QVERIFY(!e.details.isEmpty());
    }

    void diskFullIsALocalFileErrorAndCanBeFixed()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full on this system");
        m_http->setRoute("/full.bin", route(100000));
        const QString out = folder();
        const QString finalPath = QDir(out).filePath(QStringLiteral("full.bin"));
        // Every write into the temporary file fails with ENOSPC, as on a full disk.
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), finalPath + QStringLiteral(".haul-part")));
        JobFile f;
        f.remoteUrl = m_http->url(QStringLiteral("/full.bin"));
        f.localPath = finalPath;
        f.folder = out;
        f.nameFromUser = true;
        QUuid id;
        const QString store = craftStore(f, JobState::Suspended, &id);
        QVERIFY(!store.isEmpty());
        Engine engine;
        QVERIFY(engine.open(store).ok());
        EventRecorder events(&engine);
        QVERIFY(engine.resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Error, 5000);
        QTRY_COMPARE(events.count(events.errors, id), 1);
        JobError e;
        QVERIFY(engine.error(id, &e).ok());
        QCOMPARE(e.code, ErrorCode::E_DiskFull);
        QCOMPARE(e.context, ErrorContext::LocalFile);
        QCOMPARE(e.fileIndex, 0);
        QCOMPARE(e.localPath, finalPath);
        // Space freed: Resume completes with the right bytes.
        QVERIFY(QFile::remove(finalPath + QStringLiteral(".haul-part")));
        QVERIFY(engine.resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Transferred, 5000);
        QVERIFY(engine.complete(id).ok());
        QCOMPARE(readFile(finalPath), TestServer::body(1, 100000));
    }

    void diskFullOnASmallFilesystemThenSpaceFreed()
    {
        m_http->setRoute("/fill.bin", route(3000000));
        // A store of its own, made before the disk: where the small disk is a file-size limit
        // on this process, the shared store (grown past it by the tests before) could not
        // be written.
        Engine engine(Engine::Settings {});
        QVERIFY(engine.open(newSmallStore()).ok());
        SmallDisk disk(m_dir.filePath(QStringLiteral("small%1").arg(++m_counter)), 1024 * 1024);
        qInfo("small disk: %s", qPrintable(disk.kind()));
        const QUuid id = startJob(engine, m_http->url(QStringLiteral("/fill.bin")), disk.path());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Error, 10000);
        JobError e;
        QVERIFY(engine.error(id, &e).ok());
        QCOMPARE(e.code, ErrorCode::E_DiskFull);
        QCOMPARE(e.context, ErrorContext::LocalFile);
        QCOMPARE(e.fileIndex, 0);
        // The partial data is kept, and counted.
        const JobFile partial = job(engine, id).files[0];
        QVERIFY2(partial.bytesTransferred > 100000,
            qPrintable(QString::number(partial.bytesTransferred)));
        QVERIFY(QFileInfo(partial.tempPath()).size() >= partial.bytesTransferred);
        // Space freed: Fix-and-Resume continues where the bytes are.
        QVERIFY(disk.grow(8 * 1024 * 1024));
        QVERIFY(engine.resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Transferred, 10000);
        const auto reqs = m_http->requests("/fill.bin");
        QCOMPARE(reqs.last().headers.value("range"),
            "bytes=" + QByteArray::number(partial.bytesTransferred) + '-');
        QVERIFY(engine.complete(id).ok());
        QCOMPARE(readFile(job(engine, id).files[0].localPath), TestServer::body(1, 3000000));
    }

    void diskFullThenAnotherFolder()
    {
        m_http->setRoute("/move.bin", route(3000000));
        Engine engine(Engine::Settings {});
        QVERIFY(engine.open(newSmallStore()).ok());
        SmallDisk disk(m_dir.filePath(QStringLiteral("small%1").arg(++m_counter)), 1024 * 1024);
        const QUuid id = startJob(engine, m_http->url(QStringLiteral("/move.bin")), disk.path());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Error, 10000);
        JobError e;
        QVERIFY(engine.error(id, &e).ok());
        QCOMPARE(e.code, ErrorCode::E_DiskFull);
        const qint64 kept = job(engine, id).files[0].bytesTransferred;
        QVERIFY(kept > 0);
        if (disk.limitsEveryFolder())
            QVERIFY(disk.grow(8 * 1024 * 1024)); // a limit follows the file anywhere
        // Fix-and-Resume with another folder: the partial data goes along and continues.
        const QString other = folder();
        QVERIFY(engine.setDestination(id, 0, other).ok());
        QVERIFY(engine.resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Transferred, 10000);
        QCOMPARE(m_http->requests("/move.bin").last().headers.value("range"),
            "bytes=" + QByteArray::number(kept) + '-');
        QVERIFY(engine.complete(id).ok());
        const QString final = job(engine, id).files[0].localPath;
        QCOMPARE(QFileInfo(final).absolutePath(), QFileInfo(other).absoluteFilePath());
        QCOMPARE(readFile(final), TestServer::body(1, 3000000));
        QVERIFY(QDir(disk.path()).entryList(QDir::Files).isEmpty()); // nothing left behind
    }

    void destinationFolderVanishes()
    {
        TestServer::Route r = route(2000000);
        r.rate = 400000;
        m_http->setRoute("/vanish.bin", r);
        const QString doomed = folder();
        const QUuid id = startJob(*m_engine, m_http->url(QStringLiteral("/vanish.bin")), doomed);
        QTRY_VERIFY_WITH_TIMEOUT(job(*m_engine, id).files[0].bytesTransferred > 200000, 10000);
        QVERIFY(QDir(doomed).removeRecursively());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Error, 10000);
        JobError e;
        QVERIFY(m_engine->error(id, &e).ok());
        QCOMPARE(e.context, ErrorContext::LocalFile);
        QCOMPARE(e.code, ErrorCode::E_LocalPathInvalid);
        QVERIFY2(e.details.contains(QStringLiteral("removed")), qPrintable(e.details));
        // Fix-and-Resume with another folder: the bytes went with the folder, so from 0.
        const QString other = folder();
        QVERIFY(m_engine->setDestination(id, 0, other).ok());
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 15000);
        QVERIFY(m_engine->complete(id).ok());
        QCOMPARE(readFile(QDir(other).filePath(QStringLiteral("vanish.bin"))),
            TestServer::body(1, 2000000));
    }

    void destinationFolderBecomesReadOnly()
    {
        // The final name is given at Complete (jobs.md): a folder that became read-only
        // meanwhile makes Complete fail with the file, the job stays Transferred with every
        // byte kept, and Complete into another folder then succeeds without refetching.
        m_http->setRoute("/readonly.bin", route(1000000));
        const QString dest = folder();
        const QUuid id = startJob(*m_engine, m_http->url(QStringLiteral("/readonly.bin")), dest);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 10000);
        ReadOnlyFolder readOnly(dest);
        QVERIFY(readOnly.ok());
        const CallResult refused = m_engine->complete(id);
        readOnly.restore();
        QCOMPARE(refused.code, ErrorCode::E_RenameFailed);
        QCOMPARE(refused.fileIndex, 0);
        QCOMPARE(ErrorCode::info(refused.code).context, ErrorContext::LocalFile);
        QCOMPARE(state(*m_engine, id), JobState::Transferred);
        const QString temp = job(*m_engine, id).files[0].tempPath();
        QCOMPARE(QFileInfo(temp).size(), 1000000); // every byte kept
        const int requests = m_http->requests("/readonly.bin").size();
        const QString other = folder();
        QVERIFY(m_engine->setDestination(id, 0, other).ok());
        QVERIFY(m_engine->complete(id).ok());
        QCOMPARE(readFile(QDir(other).filePath(QStringLiteral("readonly.bin"))),
            TestServer::body(1, 1000000));
        QCOMPARE(m_http->requests("/readonly.bin").size(), requests); // nothing fetched again
        QVERIFY(!QFileInfo::exists(temp));
    }

    void folderReadOnlyWhileSuspendedIsALocalFileError()
    {
        // The folder (and the partial file in it) became read-only while the job was
        // suspended: Resume ends in Error, LocalFile, with the bytes kept; Fix-and-Resume
        // with another folder continues from them.
        TestServer::Route r = route(1000000);
        r.rate = 400000;
        m_http->setRoute("/ro-resume.bin", r);
        const QString dest = folder();
        const QUuid id = startJob(*m_engine, m_http->url(QStringLiteral("/ro-resume.bin")), dest);
        QTRY_VERIFY_WITH_TIMEOUT(job(*m_engine, id).files[0].bytesTransferred > 200000, 10000);
        QVERIFY(m_engine->suspend(id).ok());
        const JobFile partial = job(*m_engine, id).files[0];
        ReadOnlyFolder readOnly(dest, { partial.tempPath() });
        QVERIFY(readOnly.ok());
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Error, 10000);
        const JobError e = errorOf(id);
        readOnly.restore();
        QCOMPARE(e.context, ErrorContext::LocalFile);
        QCOMPARE(ErrorCode::hex(e.code), ErrorCode::hex(ErrorCode::E_LocalFileCreate));
        QCOMPARE(e.fileIndex, 0);
        QCOMPARE(QFileInfo(partial.tempPath()).size(), partial.bytesTransferred); // kept
        // Fix-and-Resume: another folder; the kept bytes go along and the rest follows.
        const QString other = folder();
        QVERIFY(m_engine->setDestination(id, 0, other).ok());
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 15000);
        QCOMPARE(m_http->requests("/ro-resume.bin").last().headers.value("range"),
            "bytes=" + QByteArray::number(partial.bytesTransferred) + '-');
        QVERIFY(m_engine->complete(id).ok());
        QCOMPARE(readFile(QDir(other).filePath(QStringLiteral("ro-resume.bin"))),
            TestServer::body(1, 1000000));
    }

    void replaceRemotePrefixValidatesEveryUrl()
    {
        QUuid id;
        m_engine->createJob(QString(), JobPriority::Normal, &id);
        const QString out = folder();
        QVERIFY(m_engine->addFile(id, QUrl(QStringLiteral("http://old.example/a")), out).ok());
        QVERIFY(m_engine->addFile(id, QUrl(QStringLiteral("http://old.example/b")), out).ok());
        QCOMPARE(m_engine
                     ->replaceRemotePrefix(
                         id, QStringLiteral("http://old.example/"), QStringLiteral("ftp://new/"))
                     .code,
            ErrorCode::E_UnsupportedScheme);
        QCOMPARE(job(*m_engine, id).files[0].remoteUrl.host(), QStringLiteral("old.example"));
        QVERIFY(m_engine
                    ->replaceRemotePrefix(id, QStringLiteral("http://old.example/"),
                        QStringLiteral("https://new.example/mirror/"))
                    .ok());
        QCOMPARE(job(*m_engine, id).files[1].remoteUrl.toString(),
            QStringLiteral("https://new.example/mirror/b"));
        QVERIFY(m_engine->cancel(id).ok());
    }
};

QTEST_GUILESS_MAIN(TestFiles)
#include "tst_files.moc"
