// Folders by kind (issue 18): the rules that pick a new download's folder from its file type
// or its site, pure, and their round trip through QSettings.
#include "core/engine/folderrules.h"
#include "core/model/errorcodes.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestFolderRules : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_default;

    FolderRules rules() const
    {
        FolderRules r = FolderRules::defaults(m_default);
        r.rules.append({ QStringLiteral("Work"), {}, QStringLiteral("example.org"),
            m_dir.filePath(QStringLiteral("work")) });
        return r;
    }
    QString ruleFolder(const FolderRules &r, const QString &name) const
    {
        for (const FolderRule &rule : r.rules)
            if (rule.name == name)
                return rule.folder;
        return QString();
    }

private slots:
    void initTestCase()
    {
        // A home of the test's own: the desktop's folders below are made and removed.
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("home"))));
        qputenv("HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home"))));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("haul-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_folderrules"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_default = m_dir.filePath(QStringLiteral("dl"));
    }

    void anIsoGoesToProgramsAndATarGzToArchives()
    {
        const FolderRules r = rules();
        QCOMPARE(
            ruleFolder(r, QStringLiteral("Programs")), m_default + QStringLiteral("/Programs"));
        QCOMPARE(r.folderFor(QUrl(QStringLiteral("https://mirror.test/debian-12.iso")), QString(),
                     m_default),
            m_default + QStringLiteral("/Programs"));
        // The double extension, and the name the server or browser gave over the address's.
        QCOMPARE(r.folderFor(QUrl(QStringLiteral("https://mirror.test/get?id=3")),
                     QStringLiteral("x.tar.gz"), m_default),
            m_default + QStringLiteral("/Archives"));
        const FolderRules::Choice c
            = r.choose(QUrl(QStringLiteral("http://mirror.test/a/b/x.tar.gz")), QString());
        QCOMPARE(r.rules.at(c.rule).name, QStringLiteral("Archives"));
        QCOMPARE(r.folderFor(
                     QUrl(QStringLiteral("https://mirror.test/song.flac")), QString(), m_default),
            ruleFolder(r, QStringLiteral("Music")));
        QCOMPARE(
            r.folderFor(QUrl(QStringLiteral("https://mirror.test/data.bin")), QString(), m_default),
            m_default);
    }

    void aRuleBySiteWinsOverARuleByTypeAndMatchesSubdomains()
    {
        const FolderRules r = rules();
        const QString work = m_dir.filePath(QStringLiteral("work"));
        QCOMPARE(
            r.folderFor(QUrl(QStringLiteral("https://example.org/disc.iso")), QString(), m_default),
            work);
        QCOMPARE(r.folderFor(QUrl(QStringLiteral("https://downloads.EXAMPLE.org/disc.iso")),
                     QString(), m_default),
            work);
        // Another site whose name only ends the same way is not a subdomain.
        QCOMPARE(r.folderFor(
                     QUrl(QStringLiteral("https://badexample.org/disc.iso")), QString(), m_default),
            m_default + QStringLiteral("/Programs"));
    }

    void matchingIgnoresCase()
    {
        const FolderRules r = rules();
        QCOMPARE(
            r.folderFor(QUrl(QStringLiteral("https://mirror.test/DISC.ISO")), QString(), m_default),
            m_default + QStringLiteral("/Programs"));
        QCOMPARE(r.folderFor(QUrl(QStringLiteral("https://mirror.test/x")),
                     QStringLiteral("Backup.Tar.GZ"), m_default),
            m_default + QStringLiteral("/Archives"));
        QCOMPARE(FolderRules::parseExtensions(QStringLiteral(" .PDF, *.Docx;odt pdf")),
            QStringList({ QStringLiteral("pdf"), QStringLiteral("docx"), QStringLiteral("odt") }));
    }

    void theSwitchOffGivesTheDefaultFolder()
    {
        FolderRules r = rules();
        r.enabled = false;
        QCOMPARE(
            r.folderFor(QUrl(QStringLiteral("https://mirror.test/disc.iso")), QString(), m_default),
            m_default);
        QCOMPARE(
            r.folderFor(QUrl(QStringLiteral("https://example.org/disc.iso")), QString(), m_default),
            m_default);
        QVERIFY(r.knowsTypeOf(QStringLiteral("disc.iso"))); // clipboard capture still knows it
    }

    void hostileNamesAndAddressesGiveTheDefaultFolder_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("name");
        auto row = [](const char *tag, const char *url, const QString &name) {
            QTest::newRow(tag) << QString::fromUtf8(url) << name;
        };
        row("empty name and path", "https://mirror.test/", QString());
        row("dot dot", "https://mirror.test/x", QStringLiteral(".."));
        row("only the extension", "https://mirror.test/x", QStringLiteral(".iso"));
        row("a trailing dot", "https://mirror.test/x", QStringLiteral("disc.iso."));
        row("very long name", "https://mirror.test/x",
            QString(300, QLatin1Char('a')) + QStringLiteral(".iso"));
        row("a slash at the end", "https://mirror.test/x", QStringLiteral("disc.iso/"));
        row("not http", "ftp://mirror.test/disc.iso", QString());
        row("file url", "file:///etc/disc.iso", QString());
        row("no url at all", "", QStringLiteral("disc.iso"));
        row("garbage url", "http://[::1/disc.iso", QString());
        row("nul before the extension", "https://mirror.test/x", QString::fromUtf8("a.iso\0", 6));
    }

    void hostileNamesAndAddressesGiveTheDefaultFolder()
    {
        QFETCH(QString, url);
        QFETCH(QString, name);
        const FolderRules r = rules();
        QCOMPARE(r.folderFor(QUrl(url), name, m_default), m_default);
    }

    void aNameWithAPathNeverLeavesTheRulesFolder()
    {
        const FolderRules r = rules();
        const QString programs = m_default + QStringLiteral("/Programs");
        for (const QString &name : { QStringLiteral("../../etc/disc.iso"),
                 QStringLiteral("/etc/disc.iso"), QStringLiteral("..\\..\\disc.iso") })
            QCOMPARE(r.folderFor(QUrl(QStringLiteral("https://mirror.test/x")), name, m_default),
                programs);
        // A rule whose folder was edited into something relative is no rule.
        FolderRules bad = r;
        bad.rules[4].folder = QStringLiteral("../elsewhere");
        QCOMPARE(bad.folderFor(
                     QUrl(QStringLiteral("https://mirror.test/disc.iso")), QString(), m_default),
            m_default);
    }

    void aMissingDesktopFolderFallsBackToTheDefault()
    {
        const QString music = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
        QVERIFY2(music.startsWith(m_dir.path()), qPrintable(music)); // the test's own home
        QDir(music).removeRecursively();
        QCOMPARE(ruleFolder(FolderRules::defaults(m_default), QStringLiteral("Music")), m_default);
        QVERIFY(QDir().mkpath(music));
        QCOMPARE(ruleFolder(FolderRules::defaults(m_default), QStringLiteral("Music")), music);
        QDir(music).removeRecursively();
    }

    void rulesSurviveARestart()
    {
        const QString file = m_dir.filePath(QStringLiteral("haul.conf"));
        FolderRules edited = rules();
        edited.enabled = false;
        edited.rules[0].extensions << QStringLiteral("tex");
        edited.rules.removeAt(1);
        {
            QSettings s(file, QSettings::IniFormat);
            edited.save(s);
        }
        QSettings s(file, QSettings::IniFormat);
        const FolderRules back = FolderRules::load(s, m_default);
        QCOMPARE(back.enabled, false);
        QCOMPARE(back.rules.size(), edited.rules.size());
        QVERIFY(back == edited);
        // Rules never edited follow the defaults; none at all is kept as none.
        FolderRules none;
        none.rules.clear();
        none.save(s);
        QVERIFY(FolderRules::load(s, m_default).rules.isEmpty());
        QCOMPARE(FolderRules::load(s, m_default).enabled, true);
        QSettings fresh(m_dir.filePath(QStringLiteral("fresh.conf")), QSettings::IniFormat);
        QVERIFY(FolderRules::load(fresh, m_default) == FolderRules::defaults(m_default));
        // The default QSettings, as the window and haul serve read them.
        edited.save();
        QVERIFY(FolderRules::load().rules == edited.rules);
    }

    void aRulesFolderIsMadeWhenMissingAndAnUnwritableOneIsRefused()
    {
        const QString folder = m_dir.filePath(QStringLiteral("new/deep/Programs"));
        QVERIFY(FolderRules::prepareFolder(folder).ok());
        QVERIFY(QFileInfo(folder).isDir());
        QFile file(m_dir.filePath(QStringLiteral("a file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const CallResult r = FolderRules::prepareFolder(file.fileName() + QStringLiteral("/sub"));
        QCOMPARE(r.code, quint32(ErrorCode::E_LocalPathInvalid));
        QCOMPARE(FolderRules::prepareFolder(file.fileName()).code,
            quint32(ErrorCode::E_LocalPathInvalid));
        QCOMPARE(FolderRules::prepareFolder(QStringLiteral("relative")).code,
            quint32(ErrorCode::E_LocalPathInvalid));
    }
};

QTEST_GUILESS_MAIN(TestFolderRules)
#include "tst_folderrules.moc"
