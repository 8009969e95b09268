#include "core/model/errorcodes.h"
#include "core/model/joberror.h"
#include "core/model/jobtypes.h"

#include <QSet>
#include <QTest>

class TestErrorCodes : public QObject
{
    Q_OBJECT
private slots:
    void bitsValues()
    {
        // The values jobs.md mirrors from BITS.
        QCOMPARE(ErrorCode::E_InvalidState, 0x80200002u);
        QCOMPARE(ErrorCode::E_Empty, 0x80200003u);
        QCOMPARE(ErrorCode::E_FileNotAvailable, 0x80200004u);
        QCOMPARE(ErrorCode::E_ErrorInformationUnavailable, 0x8020000Fu);
        QCOMPARE(ErrorCode::E_NetworkDisconnected, 0x80200010u);
        QCOMPARE(ErrorCode::E_MissingFileSize, 0x80200011u);
        QCOMPARE(ErrorCode::E_InsufficientRangeSupport, 0x80200013u);
        QCOMPARE(ErrorCode::S_PartialComplete, 0x00200017u);
        QCOMPARE(int(JobState::TransientError), 5);
        QCOMPARE(int(ErrorContext::ServerCertificate), 8);
        QCOMPARE(int(JobPriority::Low), 3);
    }

    void httpStatusMapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<quint32>("code");
        QTest::addColumn<bool>("transient");
        QTest::addColumn<int>("context");
        QTest::newRow("404") << 404 << 0x80190194u << false << int(ErrorContext::RemoteFile);
        QTest::newRow("403") << 403 << 0x80190193u << false << int(ErrorContext::RemoteFile);
        QTest::newRow("401") << 401 << 0x80190191u << false << int(ErrorContext::RemoteFile);
        QTest::newRow("407") << 407 << 0x80190197u << false << int(ErrorContext::GeneralTransport);
        QTest::newRow("410") << 410 << 0x8019019Au << false << int(ErrorContext::RemoteFile);
        QTest::newRow("408") << 408 << 0x80190198u << true << int(ErrorContext::RemoteFile);
        QTest::newRow("429") << 429 << 0x801901ADu << true << int(ErrorContext::RemoteFile);
        QTest::newRow("500") << 500 << 0x801901F4u << true << int(ErrorContext::RemoteFile);
        QTest::newRow("501") << 501 << 0x801901F5u << false << int(ErrorContext::RemoteFile);
        QTest::newRow("502") << 502 << 0x801901F6u << true << int(ErrorContext::RemoteFile);
        QTest::newRow("503") << 503 << 0x801901F7u << true << int(ErrorContext::RemoteFile);
        QTest::newRow("504") << 504 << 0x801901F8u << true << int(ErrorContext::RemoteFile);
        QTest::newRow("418") << 418 << 0x801901A2u << false << int(ErrorContext::RemoteFile);
    }

    void httpStatusMapping()
    {
        QFETCH(int, status);
        QFETCH(quint32, code);
        QFETCH(bool, transient);
        QFETCH(int, context);
        QCOMPARE(ErrorCode::fromHttpStatus(status), code);
        const ErrorCode::Info info = ErrorCode::info(code);
        QCOMPARE(info.transient, transient);
        QCOMPARE(int(info.context), context);
        QCOMPARE(info.name, QStringLiteral("BG_E_HTTP_ERROR_%1").arg(status));
        QVERIFY(info.description.contains(QString::number(status)));
    }

    void transportErrorsAreTransientAndLocalOnesFatal()
    {
        for (quint32 code : { ErrorCode::E_ConnectionRefused, ErrorCode::E_ConnectionClosed,
                 ErrorCode::E_HostNotFound, ErrorCode::E_Timeout, ErrorCode::E_Stalled }) {
            QVERIFY2(ErrorCode::isTransient(code), qPrintable(ErrorCode::name(code)));
            QCOMPARE(ErrorCode::info(code).context, ErrorContext::GeneralTransport);
        }
        for (quint32 code : { ErrorCode::E_DiskFull, ErrorCode::E_LocalFileWrite,
                 ErrorCode::E_LocalFileCreate, ErrorCode::E_RenameFailed }) {
            QVERIFY(!ErrorCode::isTransient(code));
            QCOMPARE(ErrorCode::info(code).context, ErrorContext::LocalFile);
        }
        QVERIFY(!ErrorCode::isTransient(ErrorCode::E_CertificateRejected));
        QCOMPARE(ErrorCode::info(ErrorCode::E_CertificateRejected).context,
            ErrorContext::ServerCertificate);
        QVERIFY(!ErrorCode::isTransient(ErrorCode::E_ChecksumMismatch));
        QCOMPARE(ErrorCode::info(ErrorCode::E_ChecksumMismatch).context, ErrorContext::RemoteFile);
        QVERIFY(!ErrorCode::isTransient(ErrorCode::E_TooManyRedirects));
        QVERIFY(!ErrorCode::isTransient(ErrorCode::E_RedirectRefused));
        QCOMPARE(
            ErrorCode::info(ErrorCode::E_StoreFailed).context, ErrorContext::GeneralQueueManager);
    }

    void everyKnownCodeHasANameAndADescription()
    {
        QSet<QString> names;
        QSet<quint32> values;
        for (quint32 code : ErrorCode::knownCodes()) {
            const ErrorCode::Info info = ErrorCode::info(code);
            QVERIFY2(!info.name.startsWith(QStringLiteral("0x")), qPrintable(ErrorCode::hex(code)));
            QVERIFY2(!info.description.isEmpty(), qPrintable(info.name));
            QVERIFY2(!names.contains(info.name), qPrintable(info.name));
            QVERIFY(!values.contains(code));
            names.insert(info.name);
            values.insert(code);
        }
        QVERIFY(names.size() > 40);
    }

    void unknownCodesStillAnswer()
    {
        const ErrorCode::Info info = ErrorCode::info(0x80DEAD01u);
        QCOMPARE(info.name, QStringLiteral("0x80DEAD01"));
        QVERIFY(info.description.contains(QStringLiteral("0x80DEAD01")));
        QVERIFY(!info.transient);
    }

    void hexIsReadBackAsTheSameCode()
    {
        for (quint32 code : { 0x80190194u, 0x00200017u, quint32(ErrorCode::S_Ok) })
            QCOMPARE(ErrorCode::fromHex(ErrorCode::hex(code)), code);
        QCOMPARE(ErrorCode::fromHex(QStringLiteral("not a code")), 0u);
    }

    void stateNamesAreReadBackAsTheSameState()
    {
        for (int s = int(JobState::Queued); s <= int(JobState::Cancelled); ++s) {
            JobState state = JobState::Queued;
            QVERIFY(JobTypes::stateFromName(JobTypes::stateName(JobState(s)), &state));
            QCOMPARE(state, JobState(s));
        }
        JobState untouched = JobState::Transferred;
        QVERIFY(!JobTypes::stateFromName(QStringLiteral("Paused"), &untouched));
        QCOMPARE(untouched, JobState::Transferred);
    }

    void aJobResumesFromSuspendedAndFromEitherError()
    {
        for (int s = int(JobState::Queued); s <= int(JobState::Cancelled); ++s) {
            const JobState state = JobState(s);
            const bool resumable = state == JobState::Suspended || state == JobState::Error
                || state == JobState::TransientError;
            QCOMPARE(JobTypes::canResume(state), resumable);
            QCOMPARE(JobTypes::canSuspend(state),
                state != JobState::Suspended && !JobTypes::isFinal(state));
            QVERIFY(!JobTypes::canComplete(state, 0));
            QCOMPARE(JobTypes::canComplete(state, 1), !JobTypes::isFinal(state));
        }
    }

    void hexFormat()
    {
        QCOMPARE(ErrorCode::hex(0x80190194u), QStringLiteral("0x80190194"));
        QCOMPARE(ErrorCode::hex(0x00200017u), QStringLiteral("0x00200017"));
        QCOMPARE(ErrorCode::hex(0x8020000Fu), QStringLiteral("0x8020000F"));
    }

    void everyContextHasADescription()
    {
        QSet<QString> seen;
        for (int c = 0; c <= 8; ++c) {
            const QString d = ErrorCode::contextDescription(ErrorContext(c));
            QVERIFY(!d.isEmpty());
            QVERIFY(!seen.contains(d));
            seen.insert(d);
            QVERIFY(!JobTypes::contextName(ErrorContext(c)).isEmpty());
        }
        QCOMPARE(JobTypes::contextName(ErrorContext::RemoteFile), QStringLiteral("RemoteFile"));
    }

    void errorObjectForwardsToTheTable()
    {
        JobError e;
        e.code = ErrorCode::fromHttpStatus(503);
        e.context = ErrorContext::RemoteFile;
        QVERIFY(e.isTransient());
        QCOMPARE(e.codeName(), QStringLiteral("BG_E_HTTP_ERROR_503"));
        QCOMPARE(e.contextDescription(), ErrorCode::contextDescription(ErrorContext::RemoteFile));
        QVERIFY(!e.hasFile());
    }

    void eachErrorCallsForOneRemedy_data()
    {
        using ErrorCode::Remedy;
        QTest::addColumn<quint32>("code");
        QTest::addColumn<int>("remedy");
        QTest::newRow("500") << ErrorCode::fromHttpStatus(500) << int(Remedy::Retry);
        QTest::newRow("501") << ErrorCode::fromHttpStatus(501) << int(Remedy::Retry);
        QTest::newRow("503") << ErrorCode::fromHttpStatus(503) << int(Remedy::Retry);
        QTest::newRow("408") << ErrorCode::fromHttpStatus(408) << int(Remedy::Retry);
        QTest::newRow("429") << ErrorCode::fromHttpStatus(429) << int(Remedy::Retry);
        QTest::newRow("404") << ErrorCode::fromHttpStatus(404) << int(Remedy::Url);
        QTest::newRow("403") << ErrorCode::fromHttpStatus(403) << int(Remedy::Url);
        QTest::newRow("401") << ErrorCode::fromHttpStatus(401) << int(Remedy::Credentials);
        QTest::newRow("407") << ErrorCode::fromHttpStatus(407) << int(Remedy::Credentials);
        QTest::newRow("refused") << ErrorCode::E_ConnectionRefused << int(Remedy::Retry);
        QTest::newRow("no progress") << ErrorCode::E_NoProgress << int(Remedy::Retry);
        QTest::newRow("disk full") << ErrorCode::E_DiskFull << int(Remedy::Folder);
        QTest::newRow("checksum") << ErrorCode::E_ChecksumMismatch << int(Remedy::None);
        QTest::newRow("redirect") << ErrorCode::E_RedirectRefused << int(Remedy::Url);
        QTest::newRow("certificate")
            << ErrorCode::E_CertificateRejected << int(Remedy::Certificate);
    }

    void eachErrorCallsForOneRemedy()
    {
        QFETCH(quint32, code);
        QFETCH(int, remedy);
        JobError e;
        e.code = code;
        e.context = ErrorCode::info(code).context; // the context the engine assigns
        e.certificate.sha256 = QString(64, QLatin1Char('a'));
        QCOMPARE(int(e.remedy()), remedy);
        // Given up or not, the cause decides.
        e.gaveUp = true;
        QCOMPARE(int(e.remedy()), remedy);
        if (remedy == int(ErrorCode::Remedy::Certificate)) {
            e.certificate = CertificateInfo(); // nothing to trust
            QCOMPARE(e.remedy(), ErrorCode::Remedy::None);
        }
    }

    void stateAndPriorityNames()
    {
        QCOMPARE(JobTypes::stateName(JobState::TransientError), QStringLiteral("TransientError"));
        QCOMPARE(JobTypes::stateName(JobState::Acknowledged), QStringLiteral("Acknowledged"));
        JobPriority p = JobPriority::Normal;
        QVERIFY(JobTypes::priorityFromName(QStringLiteral("Foreground"), &p));
        QCOMPARE(p, JobPriority::Foreground);
        QVERIFY(JobTypes::priorityFromName(QStringLiteral("3"), &p));
        QCOMPARE(p, JobPriority::Low);
        QVERIFY(!JobTypes::priorityFromName(QStringLiteral("urgent"), &p));
        QCOMPARE(p, JobPriority::Low);
    }
};

QTEST_GUILESS_MAIN(TestErrorCodes)
#include "tst_errorcodes.moc"
