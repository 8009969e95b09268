// The Add dialog as a user meets it (issue 16, items 4 and 9): Enter adds the downloads and
// never opens the folder picker; several addresses are one download each unless the user
// ticks the box, and that choice is remembered; an address with spaces is one address;
// "More options" gives a speed limit and the connections per file of these downloads.
#include "ui/addjobdialog.h"
#include "ui/appsettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <memory>

class TestAddDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<AddJobDialog> dialog(const QString &urls)
    {
        auto d = std::make_unique<AddJobDialog>();
        d->setFolder(m_dir.path());
        d->setUrlsText(urls);
        d->show();
        d->activateWindow();
        return d;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("haul-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_adddialog"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void enterAddsAndNeverOpensTheFolderPicker()
    {
        auto d = dialog(QStringLiteral("https://example.org/a.iso"));
        QVERIFY(QTest::qWaitForWindowActive(d.get()));
        QVERIFY(!d->browseButton()->isDefault());
        QVERIFY(!d->browseButton()->autoDefault());
        QVERIFY(d->addButton()->isDefault());
        // A folder picker that opened anyway is closed, and counted.
        int pickers = 0;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (qobject_cast<QFileDialog *>(w) && w->isVisible()) {
                    ++pickers;
                    w->close();
                }
        });
        closer.start(50);
        QSignalSpy accepted(d.get(), &QDialog::accepted);
        // Browse had the focus, then the folder field: Enter there is Add.
        d->browseButton()->setFocus();
        auto *folder = d->findChild<QLineEdit *>(QStringLiteral("folder"));
        folder->setFocus();
        QTest::keyClick(folder, Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(pickers, 0);
    }

    void enterAfterTheAddressesAddsThemAndShiftEnterStartsALine()
    {
        auto d = dialog(QString());
        QVERIFY(QTest::qWaitForWindowActive(d.get()));
        QSignalSpy accepted(d.get(), &QDialog::accepted);
        QPlainTextEdit *urls = d->urlsEdit();
        urls->setFocus();
        QTest::keyClicks(urls, QStringLiteral("https://example.org/a.iso"));
        QTest::keyClick(urls, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(urls, QStringLiteral("https://example.org/b.iso"));
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(d->request().urls.size(), 2);
        QTest::keyClick(urls, Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
        // Addresses pasted or dropped on the window: Enter adds them at once.
        auto pasted
            = dialog(QStringLiteral("https://example.org/a.iso\nhttps://example.org/b.iso"));
        QVERIFY(QTest::qWaitForWindowActive(pasted.get()));
        QSignalSpy added(pasted.get(), &QDialog::accepted);
        pasted->urlsEdit()->setFocus();
        QTest::keyClick(pasted->urlsEdit(), Qt::Key_Return);
        QCOMPARE(added.count(), 1);
        QCOMPARE(pasted->request().urls.size(), 2);
        // A bad address: Enter is a new line, nothing is added.
        auto bad = dialog(QStringLiteral("ftp://example.org/a.iso"));
        QSignalSpy refused(bad.get(), &QDialog::accepted);
        bad->urlsEdit()->moveCursor(QTextCursor::End);
        QTest::keyClick(bad->urlsEdit(), Qt::Key_Return);
        QCOMPARE(refused.count(), 0);
    }

    void severalAddressesAreOneDownloadEachByDefault()
    {
        auto d = dialog(QStringLiteral("https://example.org/a.iso\nhttps://example.org/b.iso"));
        auto *one = d->findChild<QCheckBox *>(QStringLiteral("oneJob"));
        QVERIFY(one->isEnabled());
        QVERIFY(!one->isChecked());
        QCOMPARE(d->request().urls.size(), 2);
        QVERIFY(!d->request().oneJob);
    }

    void theChoiceOfOneDownloadIsRemembered()
    {
        {
            auto d = dialog(QStringLiteral("https://example.org/a.iso https://example.org/b.iso"));
            d->findChild<QCheckBox *>(QStringLiteral("oneJob"))->click();
            QVERIFY(d->request().oneJob);
            d->accept();
        }
        {
            auto d = dialog(QStringLiteral("https://example.org/a.iso\nhttps://example.org/b.iso"));
            auto *one = d->findChild<QCheckBox *>(QStringLiteral("oneJob"));
            QVERIFY(one->isChecked());
            one->click(); // unticked again, and that too is remembered
            d->accept();
        }
        auto d = dialog(QStringLiteral("https://example.org/a.iso\nhttps://example.org/b.iso"));
        QVERIFY(!d->findChild<QCheckBox *>(QStringLiteral("oneJob"))->isChecked());
        // Cancel forgets a click.
        d->findChild<QCheckBox *>(QStringLiteral("oneJob"))->click();
        d->reject();
        QVERIFY(!AppSettings::oneDownloadForMany());
    }

    void anAddressWithSpacesIsOneAddress()
    {
        auto d = dialog(QStringLiteral("http://x/a b c.zip"));
        QVERIFY2(d->problem().isEmpty(), qPrintable(d->problem()));
        const QList<QUrl> urls = d->request().urls;
        QCOMPARE(urls.size(), 1);
        QCOMPARE(
            urls.first().toString(QUrl::FullyEncoded), QStringLiteral("http://x/a%20b%20c.zip"));
        QCOMPARE(urls.first().fileName(), QStringLiteral("a b c.zip"));
        // Addresses that each begin with a scheme are still apart, on a line or on lines.
        QCOMPARE(AddJobDialog::addressesIn(
                     QStringLiteral("http://x/a b.zip https://y/c.zip\n\n  https://z/d.zip  ")),
            (QStringList { QStringLiteral("http://x/a%20b.zip"), QStringLiteral("https://y/c.zip"),
                QStringLiteral("https://z/d.zip") }));
        // A word before an address is its own (bad) address, named at once.
        auto words = dialog(QStringLiteral("see https://y/c.zip"));
        QVERIFY(words->problem().contains(QStringLiteral("see")));
        QVERIFY(!words->addButton()->isEnabled());
    }

    void moreOptionsGiveASpeedLimitAndConnections()
    {
        auto d = dialog(QStringLiteral("https://example.org/a.iso"));
        QWidget *advanced = d->findChild<QWidget *>(QStringLiteral("advanced"));
        QVERIFY(!advanced->isVisible()); // collapsed at first
        QCOMPARE(d->request().rateLimit, qint64(0));
        QCOMPARE(d->request().connections, 0);
        d->moreOptions()->click();
        QVERIFY(advanced->isVisible());
        auto *rate = d->findChild<QSpinBox *>(QStringLiteral("rateLimit"));
        auto *unit = d->findChild<QComboBox *>(QStringLiteral("rateUnit"));
        auto *connections = d->findChild<QSpinBox *>(QStringLiteral("connections"));
        QCOMPARE(connections->maximum(), 16);
        rate->setValue(2);
        unit->setCurrentIndex(1);
        connections->setValue(8);
        QCOMPARE(d->request().rateLimit, qint64(2) * 1024 * 1024);
        QCOMPARE(d->request().connections, 8);
        unit->setCurrentIndex(0);
        rate->setValue(300);
        QCOMPARE(d->request().rateLimit, qint64(300) * 1024);
    }

    // Folders by kind (issue 18): with no folder given, the rules pick it and say which rule;
    // a folder the user chooses wins, and a rule's missing folder is made on Add.
    void anIsoShowsTheProgramsFolderAndAChosenFolderWins()
    {
        const QString downloads = m_dir.filePath(QStringLiteral("downloads"));
        QVERIFY(QDir().mkpath(downloads));
        QSettings().setValue(QStringLiteral("defaultFolder"), downloads);
        QSettings().remove(QStringLiteral("lastFolder"));
        const QString programs = downloads + QStringLiteral("/Programs");
        AddJobDialog d;
        auto *folder = d.findChild<QLineEdit *>(QStringLiteral("folder"));
        QCOMPARE(QDir::fromNativeSeparators(folder->text()), downloads);
        QVERIFY(d.folderRule()->isHidden());
        d.setUrlsText(QStringLiteral("https://example.org/debian-12.ISO"));
        d.show();
        QCOMPARE(QDir::fromNativeSeparators(folder->text()), programs);
        QVERIFY(d.folderRule()->isVisible());
        QVERIFY2(d.folderRule()->text().contains(QStringLiteral("Programs")),
            qPrintable(d.folderRule()->text()));
        // Not there yet: made on Add, and not remembered as the user's folder.
        QVERIFY(!QFileInfo::exists(programs));
        QVERIFY2(d.problem().isEmpty(), qPrintable(d.problem()));
        QCOMPARE(d.request().folder, programs);
        QSignalSpy accepted(&d, &QDialog::accepted);
        d.accept();
        QCOMPARE(accepted.count(), 1);
        QVERIFY(QFileInfo(programs).isDir());
        QCOMPARE(AppSettings::lastFolder(), downloads);
        // An address of no rule's type: the remembered folder, no rule named.
        d.setUrlsText(QStringLiteral("https://example.org/data.bin"));
        QCOMPARE(QDir::fromNativeSeparators(folder->text()), downloads);
        QVERIFY(d.folderRule()->isHidden());

        // The user types another folder: it wins, whatever the addresses become.
        AddJobDialog chosen;
        chosen.setUrlsText(QStringLiteral("https://example.org/a.iso"));
        chosen.show();
        QVERIFY(QTest::qWaitForWindowActive(&chosen));
        auto *field = chosen.findChild<QLineEdit *>(QStringLiteral("folder"));
        field->selectAll();
        QTest::keyClicks(field, m_dir.path());
        QVERIFY(chosen.folderRule()->isHidden());
        chosen.setUrlsText(QStringLiteral("https://example.org/b.iso\nhttps://example.org/c.zip"));
        QCOMPARE(chosen.request().folder, m_dir.path());
        // A caller's folder wins too (the tests above give theirs).
        auto given = dialog(QStringLiteral("https://example.org/a.iso"));
        QCOMPARE(given->request().folder, m_dir.path());
        QVERIFY(given->folderRule()->isHidden());
    }

    void aRulesFolderThatCannotBeMadeIsSaidOnAdd()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("not a folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QSettings().setValue(QStringLiteral("defaultFolder"), blocker.fileName());
        AddJobDialog d;
        d.setUrlsText(QStringLiteral("https://example.org/a.iso"));
        QCOMPARE(d.request().folder, blocker.fileName() + QStringLiteral("/Programs"));
        QSignalSpy accepted(&d, &QDialog::accepted);
        d.accept();
        QCOMPARE(accepted.count(), 0);
        QVERIFY2(
            d.problem().contains(QStringLiteral("could not be made")), qPrintable(d.problem()));
        QSettings().remove(QStringLiteral("defaultFolder"));
    }
};

QTEST_MAIN(TestAddDialog)
#include "tst_adddialog.moc"
