// Clipboard capture (issue 18), under the offscreen platform: a copied link to a file of a
// folder rule's type is offered once (this session and after a restart), and nothing else is:
// not a link of no rule's type, not plain text, not several links, not with capture off.
#include "ui/clipboardwatcher.h"
#include "ui/folderrulespage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>

class TestClipboard : public QObject
{
    Q_OBJECT

    // Copies as another application would, and lets the clipboard's signal arrive.
    static void copy(const QString &text)
    {
        QSignalSpy changed(QApplication::clipboard(), &QClipboard::dataChanged);
        QApplication::clipboard()->setText(text);
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 2000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("haul-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_clipboard"));
        QSettings().clear();
        // The offscreen clipboard is the process's own; a platform's "owned by Haul" is not.
        QVERIFY(!QApplication::clipboard()->ownsClipboard());
    }

    void aCopiedLinkToAFileIsOfferedOnce()
    {
        ClipboardWatcher watcher(QApplication::clipboard());
        watcher.setEnabled(true);
        QSignalSpy offered(&watcher, &ClipboardWatcher::linkOffered);
        copy(QStringLiteral("  https://mirror.test/debian-12.iso\n"));
        QCOMPARE(offered.count(), 1);
        QCOMPARE(offered.first().first().toUrl(),
            QUrl(QStringLiteral("https://mirror.test/debian-12.iso")));
        copy(QStringLiteral("something else"));
        copy(QStringLiteral("https://mirror.test/debian-12.iso"));
        QCOMPARE(offered.count(), 1);
        copy(QStringLiteral("https://mirror.test/Photos.TAR.GZ"));
        QCOMPARE(offered.count(), 2);
        // After a restart too.
        ClipboardWatcher again(QApplication::clipboard());
        again.setEnabled(true);
        QSignalSpy offeredAgain(&again, &ClipboardWatcher::linkOffered);
        watcher.setEnabled(false);
        copy(QStringLiteral("https://mirror.test/debian-12.iso"));
        copy(QStringLiteral("https://mirror.test/other.iso"));
        QCOMPARE(offeredAgain.count(), 1);
        QCOMPARE(offered.count(), 2); // the watcher switched off offered nothing
    }

    void nothingButASingleLinkToAFileOfARulesTypeIsOffered()
    {
        ClipboardWatcher watcher(QApplication::clipboard());
        watcher.setEnabled(true);
        QSignalSpy offered(&watcher, &ClipboardWatcher::linkOffered);
        for (const QString &text : { QStringLiteral("https://mirror.test/page.html"),
                 QStringLiteral("https://mirror.test/"),
                 QStringLiteral("just some words about disc.iso"),
                 QStringLiteral("https://a.test/x.iso https://b.test/y.iso"),
                 QStringLiteral("ftp://mirror.test/z.iso"), QStringLiteral("/home/me/disc.iso"),
                 QStringLiteral("https://me:secret@mirror.test/w.iso"), QString() })
            copy(text);
        QCOMPARE(offered.count(), 0);
        copy(QStringLiteral("https://mirror.test/last.zip"));
        QCOMPARE(offered.count(), 1); // the check above could fail
    }

    void captureIsOffByDefault()
    {
        ClipboardWatcher watcher(QApplication::clipboard());
        QVERIFY(!watcher.isEnabled());
        QSignalSpy offered(&watcher, &ClipboardWatcher::linkOffered);
        copy(QStringLiteral("https://mirror.test/never.iso"));
        QCOMPARE(offered.count(), 0);
    }

    void theLinksRememberedAreBounded()
    {
        ClipboardWatcher watcher(QApplication::clipboard());
        watcher.setEnabled(true);
        QSignalSpy offered(&watcher, &ClipboardWatcher::linkOffered);
        for (int i = 0; i < ClipboardWatcher::Remembered + 20; ++i)
            copy(QStringLiteral("https://mirror.test/file-%1.zip").arg(i));
        QCOMPARE(offered.count(), ClipboardWatcher::Remembered + 20);
        QCOMPARE(QSettings().value(QStringLiteral("clipboard/offered")).toStringList().size(),
            ClipboardWatcher::Remembered);
    }

    void theStatusBarOfferAddsTheLink()
    {
        ClipboardWatcher watcher(QApplication::clipboard());
        QStatusBar bar;
        bar.show();
        const QUrl url(QStringLiteral("https://mirror.test/from-bar.iso"));
        watcher.offerInStatusBar(&bar, url);
        auto *button = bar.findChild<QPushButton *>(QStringLiteral("clipboardOffer"));
        QVERIFY(button);
        QVERIFY(button->text().contains(QStringLiteral("from-bar.iso")));
        QSignalSpy add(&watcher, &ClipboardWatcher::addRequested);
        button->click();
        QCOMPARE(add.count(), 1);
        QCOMPARE(add.first().first().toUrl(), url);
    }

    // Settings → Folders, where both switches live: the table gives back what it shows.
    void theFoldersPageEditsTheRules()
    {
        const FolderRules defaults = FolderRules::defaults(QStringLiteral("/tmp/dl"));
        FolderRulesPage page(defaults, QStringLiteral("/tmp/dl"), false);
        QVERIFY(page.rules() == defaults);
        QVERIFY(!page.clipboardCapture());
        page.findChild<QCheckBox *>(QStringLiteral("clipboardCapture"))->setChecked(true);
        QVERIFY(page.clipboardCapture());
        page.findChild<QPushButton *>(QStringLiteral("addRule"))->click();
        QTableWidget *table = page.table();
        const int row = table->rowCount() - 1;
        qobject_cast<QComboBox *>(table->cellWidget(row, FolderRulesPage::KindColumn))
            ->setCurrentIndex(1);
        table->item(row, FolderRulesPage::MatchColumn)->setText(QStringLiteral("*.Example.org"));
        table->item(row, FolderRulesPage::FolderColumn)->setText(QStringLiteral("/tmp/work"));
        const FolderRules edited = page.rules();
        QCOMPARE(edited.rules.size(), defaults.rules.size() + 1);
        QCOMPARE(edited.rules.last().site, QStringLiteral("example.org"));
        QCOMPARE(edited.folderFor(QUrl(QStringLiteral("https://dl.example.org/a.iso")), QString(),
                     QStringLiteral("/tmp/dl")),
            QStringLiteral("/tmp/work"));
        page.findChild<QCheckBox *>(QStringLiteral("folderRulesEnabled"))->setChecked(false);
        QVERIFY(!page.rules().enabled);
        page.findChild<QPushButton *>(QStringLiteral("resetRules"))->click();
        QVERIFY(page.rules().rules == defaults.rules);
    }
};

QTEST_MAIN(TestClipboard)
#include "tst_clipboard.moc"
