#include "core/http/httpheaders.h"
#include "core/model/job.h"
#include "core/transfer/filenamesanitizer.h"

#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class TestParsing : public QObject
{
    Q_OBJECT
private slots:
    void sanitize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "report.pdf"
                               << "report.pdf";
        QTest::newRow("unix traversal") << "../../etc/passwd"
                                        << "passwd";
        QTest::newRow("windows traversal") << "..\\..\\Windows\\system.ini"
                                           << "system.ini";
        QTest::newRow("only dots") << ".."
                                   << "";
        QTest::newRow("hidden") << ".bashrc"
                                << "bashrc";
        QTest::newRow("control chars") << QStringLiteral("a\x01\x1f"
                                                         "b\nc.txt")
                                       << "abc.txt";
        QTest::newRow("reserved") << "CON"
                                  << "_CON";
        QTest::newRow("reserved with ext") << "nul.txt"
                                           << "_nul.txt";
        QTest::newRow("com1") << "com1.log"
                              << "_com1.log";
        QTest::newRow("console is fine") << "console.txt"
                                         << "console.txt";
        QTest::newRow("windows chars") << "a<b>c:d|e?f*g\"h.txt"
                                       << "a_b_c_d_e_f_g_h.txt";
        QTest::newRow("trailing dots") << "name.txt. . "
                                       << "name.txt";
        QTest::newRow("bidi override")
            << QStringLiteral("invoice\u202Efdp.exe") << "invoicefdp.exe";
        QTest::newRow("unicode kept")
            << QStringLiteral("Отчёт é.pdf") << QStringLiteral("Отчёт é.pdf");
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("slash end") << "dir/"
                                   << "";
    }

    void sanitize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(FileNameSanitizer::sanitize(input), expected);
    }

    void sanitizeLimitsLength()
    {
        const QString longName = QString(300, QLatin1Char('x')) + QStringLiteral(".iso");
        const QString result = FileNameSanitizer::sanitize(longName);
        QVERIFY(result.toUtf8().size() <= 245);
        QVERIFY(result.endsWith(QStringLiteral(".iso")));
        const QString cyrillic = QString(200, QChar(0x0416)) + QStringLiteral(".txt");
        QVERIFY(FileNameSanitizer::sanitize(cyrillic).toUtf8().size() <= 245);
    }

    void nameFromUrl()
    {
        QCOMPARE(FileNameSanitizer::nameFromUrl(
                     QUrl(QStringLiteral("http://h/a/b/file%20name.zip?x=1"))),
            QStringLiteral("file name.zip"));
        QCOMPARE(FileNameSanitizer::nameFromUrl(QUrl(QStringLiteral("http://h/"))), QString());
        QCOMPARE(
            FileNameSanitizer::nameFromUrl(QUrl(QStringLiteral("http://h/a/%2E%2E"))), QString());
        QCOMPARE(FileNameSanitizer::nameFromUrl(QUrl(QStringLiteral("http://h/a/..%2Fsecret"))),
            QStringLiteral("secret"));
    }

    void addressesThatDifferOnlyInTheQueryGiveDownloadsDifferentNames()
    {
        // Five downloads of http://h/404?a=1 … ?a=5 are not all "404".
        QSet<QString> names;
        for (int i = 1; i <= 5; ++i) {
            Job job;
            JobFile f;
            f.remoteUrl = QUrl(QStringLiteral("http://h/404?a=%1").arg(i));
            job.files = { f };
            names.insert(job.name());
        }
        QCOMPARE(names.size(), 5);
        QVERIFY(names.contains(QStringLiteral("404 (a=1)")));
        QCOMPARE(Job::nameFromUrl(QUrl(QStringLiteral("http://h/get.php?id=7"))),
            QStringLiteral("get.php (id=7)"));
        // A name with an extension of its own is the file's name; a long token is cut.
        QCOMPARE(Job::nameFromUrl(QUrl(QStringLiteral("http://h/a/file.zip?token=abc"))),
            QStringLiteral("file.zip"));
        QCOMPARE(
            Job::nameFromUrl(QUrl(QStringLiteral("http://h/dl?") + QString(300, QLatin1Char('x'))))
                .size(),
            QStringLiteral("dl ()").size() + 40);
        QCOMPARE(Job::nameFromUrl(QUrl(QStringLiteral("http://h/404"))), QStringLiteral("404"));
        // Once the server answered, the name on disk is the name (404, 404 (1), … there).
        Job saved;
        JobFile f;
        f.remoteUrl = QUrl(QStringLiteral("http://h/404?a=2"));
        f.localPath = QStringLiteral("/tmp/404 (1)");
        saved.files = { f };
        QCOMPARE(saved.name(), QStringLiteral("404 (1)"));
        saved.displayName = QStringLiteral("mine");
        QCOMPARE(saved.name(), QStringLiteral("mine"));
    }

    void uniquePathNeverReusesATakenName()
    {
        QTemporaryDir dir;
        QSet<QString> taken { dir.filePath(QStringLiteral("a.txt")),
            dir.filePath(QStringLiteral("a (1).txt")) };
        auto isTaken = [&](const QString &p) { return taken.contains(p); };
        QCOMPARE(FileNameSanitizer::uniquePath(dir.path(), QStringLiteral("a.txt"), isTaken),
            dir.filePath(QStringLiteral("a (2).txt")));
        QCOMPARE(FileNameSanitizer::uniquePath(dir.path(), QStringLiteral("b.txt"), isTaken),
            dir.filePath(QStringLiteral("b.txt")));
        taken.insert(dir.filePath(QStringLiteral("x.tar.gz")));
        QCOMPARE(FileNameSanitizer::uniquePath(dir.path(), QStringLiteral("x.tar.gz"), isTaken),
            dir.filePath(QStringLiteral("x (1).tar.gz")));
        taken.insert(dir.filePath(QStringLiteral("README")));
        QCOMPARE(FileNameSanitizer::uniquePath(dir.path(), QStringLiteral("README"), isTaken),
            dir.filePath(QStringLiteral("README (1)")));
        QVERIFY(
            FileNameSanitizer::isInside(dir.path(), dir.filePath(QStringLiteral("README (1)"))));
        QVERIFY(!FileNameSanitizer::isInside(dir.path(), dir.filePath(QStringLiteral("../x"))));
    }

    void contentDisposition_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("name");
        QTest::newRow("token") << QByteArray("attachment; filename=report.pdf") << "report.pdf";
        QTest::newRow("quoted") << QByteArray("attachment; filename=\"my report.pdf\"")
                                << "my report.pdf";
        QTest::newRow("escaped quote")
            << QByteArray("attachment; filename=\"a\\\"b.txt\"") << "a\"b.txt";
        QTest::newRow("semicolon in quotes")
            << QByteArray("attachment; filename=\"a;b.txt\"; size=3") << "a;b.txt";
        QTest::newRow("ext first") << QByteArray(
            "attachment; filename=\"plain.txt\"; filename*=UTF-8''%D0%BE%D1%82%D1%87%D1%91%D1%82.txt")
                                   << QStringLiteral("отчёт.txt");
        QTest::newRow("ext before plain")
            << QByteArray("attachment; filename*=utf-8'en'na%C3%AFve.txt; filename=naive.txt")
            << QStringLiteral("naïve.txt");
        QTest::newRow("latin1 ext") << QByteArray("attachment; filename*=ISO-8859-1''caf%E9.txt")
                                    << QStringLiteral("café.txt");
        QTest::newRow("bad utf8 ext falls back")
            << QByteArray("attachment; filename*=UTF-8''%FF%FE.txt; filename=ok.txt") << "ok.txt";
        QTest::newRow("case") << QByteArray("ATTACHMENT; FILENAME=\"Up.TXT\"") << "Up.TXT";
        QTest::newRow("none") << QByteArray("inline") << "";
        QTest::newRow("empty") << QByteArray() << "";
        QTest::newRow("unterminated") << QByteArray("attachment; filename=\"abc") << "abc";
        QTest::newRow("traversal kept for sanitizer")
            << QByteArray("attachment; filename=\"../../x.sh\"") << "../../x.sh";
    }

    void contentDisposition()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, name);
        QCOMPARE(HttpHeaders::contentDispositionFileName(header), name);
    }

    void hostileContentDispositionIsSafeAfterSanitizing()
    {
        const QByteArray hostile[] = { "attachment; filename=\"/etc/passwd\"",
            "attachment; filename*=UTF-8''..%2F..%2F.ssh%2Fauthorized_keys",
            "attachment; filename=\"\\\\server\\share\\evil.exe\"", "attachment; filename=\"....\"",
            QByteArray("attachment; filename=\"") + QByteArray(20000, 'A') + "\"" };
        QTemporaryDir dir;
        for (const QByteArray &h : hostile) {
            const QString name
                = FileNameSanitizer::sanitize(HttpHeaders::contentDispositionFileName(h));
            QVERIFY(!name.contains(QLatin1Char('/')));
            QVERIFY(!name.contains(QLatin1Char('\\')));
            if (!name.isEmpty())
                QVERIFY(FileNameSanitizer::isInside(dir.path(), QDir(dir.path()).filePath(name)));
        }
        QCOMPARE(FileNameSanitizer::sanitize(HttpHeaders::contentDispositionFileName(hostile[1])),
            QStringLiteral("authorized_keys"));
    }

    void contentRange()
    {
        auto r = HttpHeaders::parseContentRange("bytes 100-199/1000");
        QVERIFY(r.valid);
        QCOMPARE(r.start, 100);
        QCOMPARE(r.end, 199);
        QCOMPARE(r.total, 1000);
        r = HttpHeaders::parseContentRange("bytes 0-9/*");
        QVERIFY(r.valid);
        QCOMPARE(r.total, -1);
        r = HttpHeaders::parseContentRange("bytes */500");
        QVERIFY(r.valid);
        QVERIFY(r.unsatisfied);
        QCOMPARE(r.total, 500);
        for (const char *bad : { "", "bytes", "bytes 10-5/100", "bytes 0-100/100", "items 0-1/2",
                 "bytes -5-10/100", "bytes 0-99999999999999999999/1", "bytes a-b/c", "bytes 1-2",
                 "bytes */*", "bytes */ *" }) {
            const auto bad_r = HttpHeaders::parseContentRange(bad);
            QVERIFY2(!bad_r.valid, bad);
            QVERIFY2(!bad_r.unsatisfied, bad); // found by fuzz_content_range
        }
    }

    void retryAfter()
    {
        const QDateTime now(QDate(2026, 11, 22), QTime(10, 0, 0), QTimeZone::utc());
        QCOMPARE(HttpHeaders::retryAfterSeconds("120", now), 120);
        QCOMPARE(HttpHeaders::retryAfterSeconds(" 0 ", now), 0);
        QCOMPARE(HttpHeaders::retryAfterSeconds("99999999999", now), 86400);
        QCOMPARE(HttpHeaders::retryAfterSeconds("Sun, 22 Nov 2026 10:01:30 GMT", now), 90);
        QCOMPARE(HttpHeaders::retryAfterSeconds("Sun, 22 Nov 2026 09:00:00 GMT", now), 0);
        QCOMPARE(HttpHeaders::retryAfterSeconds("-5", now), -1);
        QCOMPARE(HttpHeaders::retryAfterSeconds("soon", now), -1);
        QCOMPARE(HttpHeaders::retryAfterSeconds("", now), -1);
    }
};

QTEST_GUILESS_MAIN(TestParsing)
#include "tst_parsing.moc"
