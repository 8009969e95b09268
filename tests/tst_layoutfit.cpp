// No clipped or overlapping text (issue 16): in English, Spanish, French and Russian, on a
// 1280×720 and a 1600×1000 screen, the main window with downloads in several states, each
// tab of a download's details, the Add dialog (plain, and with its advanced part open and
// a bad address named), each page of Settings and the error pane of a 403 are walked by
// LayoutCheck, which must find nothing. The checker itself is shown to catch a too small
// label and a too narrow button. The window fits a 1280×720 screen on its first start,
// and a geometry saved on a larger screen is clamped.
#include "core/l10n/languages.h"
#include "tests/support/layoutcheck.h"
#include "tests/support/twoscreens.h"
#include "tests/support/windowfixture.h"
#include "ui/addjobdialog.h"
#include "ui/jobdetails.h"
#include "ui/settingsdialog.h"
#include "ui/windowlayout.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// Both screens side by side: the small one first, so that a first start opens on it.
const QSize Small(1280, 720);
const QSize Large(1600, 1000);

QScreen *screenOfSize(QSize size)
{
    for (QScreen *screen : QGuiApplication::screens())
        if (screen->geometry().size() == size)
            return screen;
    return nullptr;
}

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    QTest::qWait(30);
}

} // namespace

class TestLayoutFit : public QObject, private WindowFixture
{
    Q_OBJECT

    QUuid m_transferring;
    QUuid m_forbidden;
    QString m_language;

    QUuid started(const QString &path, TestServer::Route route)
    {
        m_http->setRoute(path.toUtf8(), route);
        const QUuid id = newJob({ m_http->url(path) }, folder());
        m_engine->resume(id);
        return id;
    }

    void useLanguage(const QString &language)
    {
        if (language == m_language)
            return;
        Languages::apply(language);
        m_language = language;
        settle();
        newWindow(); // a user starts in the language
    }

    // A new main window, laid out on its first start (on the small screen, the primary).
    void newWindow()
    {
        delete m_window;
        QSettings().remove(QStringLiteral("window"));
        m_window = new MainWindow(m_engine);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QTRY_VERIFY(m_window->model()->rowOf(m_transferring) >= 0);
        settle();
    }

    // The main window fills the available area of the screen of that size.
    void placeWindow(QSize size)
    {
        QScreen *screen = screenOfSize(size);
        QVERIFY(screen);
        const QMargins frame = m_window->windowHandle()->frameMargins();
        m_window->setGeometry(screen->availableGeometry().marginsRemoved(frame));
        settle();
    }

    QList<LayoutCheck::Problem> checkAddDialog(bool advanced)
    {
        AddJobDialog *dialog = m_window->openAddDialog();
        if (advanced) {
            dialog->setUrlsText(
                QStringLiteral("https://example.org/a.iso\nftp://example.org/b.iso"));
            dialog->moreOptions()->setChecked(true);
        }
        settle();
        const QList<LayoutCheck::Problem> problems = LayoutCheck::check(dialog);
        dialog->close();
        return problems;
    }

    QList<LayoutCheck::Problem> checkSettings(int page)
    {
        SettingsDialog dialog(AppSettings::load(), m_engine, m_window);
        dialog.show();
        auto *pages = dialog.findChild<QTabWidget *>(QStringLiteral("settingsPages"));
        if (pages)
            pages->setCurrentIndex(page);
        settle();
        QList<LayoutCheck::Problem> problems = LayoutCheck::check(&dialog);
        if (!pages)
            problems.append(
                { QStringLiteral("SettingsDialog"), QString(), QStringLiteral("no pages") });
        return problems;
    }

    QList<LayoutCheck::Problem> checkDetails(int tab)
    {
        m_window->selectJob(m_transferring);
        m_window->details()->tabs()->setCurrentIndex(tab);
        settle();
        return LayoutCheck::check(m_window);
    }

    QList<LayoutCheck::Problem> checkPane()
    {
        pane()->inspect(m_forbidden);
        paneShows(m_forbidden);
        settle();
        return LayoutCheck::check(pane());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("haul-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_layoutfit"));
        QSettings().clear(); // a first start
        Languages::apply(QStringLiteral("en"));
        m_language = QStringLiteral("en");
        openWindow(QStringLiteral("tst_layoutfit"));
        const QUuid done = started(QStringLiteral("/done.bin"), route(10));
        newJob({ m_http->url(QStringLiteral("/paused.iso")) }, folder());
        TestServer::Route slow = route(500000000);
        slow.rate = 100000;
        m_transferring = started(QStringLiteral("/ubuntu-24.04-desktop-amd64.iso"), slow);
        TestServer::Route forbidden;
        forbidden.status = 403;
        m_forbidden = started(QStringLiteral("/forbidden.zip"), forbidden);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->model()->job(done)->state, JobState::Acknowledged, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->model()->job(m_transferring)->state, JobState::Transferring, 10000);
        QVERIFY(paneShows(m_forbidden));
    }

    void cleanupTestCase()
    {
        m_engine->cancel(m_transferring);
        Languages::apply(QStringLiteral("en"));
        closeWindow();
    }

    void theCheckerCatchesATooSmallLabelAndATooNarrowButton()
    {
        QWidget window;
        window.resize(400, 300);
        auto *roomy = new QLabel(QStringLiteral("Plenty of room"), &window);
        roomy->setGeometry(10, 10, 300, 40);
        auto *narrow = new QLabel(QStringLiteral("A label with a long text"), &window);
        narrow->setObjectName(QStringLiteral("narrow"));
        narrow->setGeometry(10, 60, 30, 40);
        auto *low = new QLabel(QStringLiteral("Descenders: gjpqy"), &window);
        low->setObjectName(QStringLiteral("low"));
        low->setGeometry(10, 110, 300, 6);
        auto *button = new QPushButton(QStringLiteral("A button with a long text"), &window);
        button->setObjectName(QStringLiteral("button"));
        button->setGeometry(10, 130, 40, 30);
        auto *over = new QLabel(QStringLiteral("On top"), &window);
        over->setObjectName(QStringLiteral("over"));
        over->setGeometry(320, 10, 60, 30);
        auto *under = new QLabel(QStringLiteral("Under"), &window);
        under->setObjectName(QStringLiteral("under"));
        under->setGeometry(330, 20, 60, 30);
        auto *table = new QTreeWidget(&window);
        table->setObjectName(QStringLiteral("table"));
        table->setGeometry(10, 170, 300, 120);
        table->setHeaderLabels({ QStringLiteral("A long heading"), QStringLiteral("Wide") });
        table->addTopLevelItem(
            new QTreeWidgetItem({ QStringLiteral("A long cell text"), QStringLiteral("x") }));
        table->setColumnWidth(0, 40);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString report = LayoutCheck::report(LayoutCheck::check(&window));
        QVERIFY2(report.contains(QStringLiteral("section \"A long heading\" elided")),
            qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral(
                     "cell \"A long cell text\" (column \"A long heading\") elided")),
            qPrintable(report));
        QVERIFY2(!report.contains(QStringLiteral("Wide")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral(
                     "QLabel narrow \"A label with a long text\": text cut at the side")),
            qPrintable(report));
        QVERIFY2(
            report.contains(QStringLiteral("QLabel low \"Descenders: gjpqy\": text cut below")),
            qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral(
                     "QPushButton button \"A button with a long text\": text cut at the side")),
            qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("QLabel over \"On top\": overlaps QLabel under")),
            qPrintable(report));
        QVERIFY2(!report.contains(QStringLiteral("Plenty of room")), qPrintable(report));
    }

    void theFirstStartFitsA1280x720Screen()
    {
        QScreen *small = screenOfSize(Small);
        QVERIFY(small);
        QCOMPARE(m_window->screen(), small);
        const QRect available = small->availableGeometry();
        QVERIFY2(available.contains(m_window->frameGeometry()),
            qPrintable(QStringLiteral("%1,%2 %3x%4")
                           .arg(m_window->frameGeometry().x())
                           .arg(m_window->frameGeometry().y())
                           .arg(m_window->frameGeometry().width())
                           .arg(m_window->frameGeometry().height())));
        QStatusBar *status = m_window->statusBar();
        QVERIFY(status->isVisible());
        QVERIFY(status->geometry().bottom() < m_window->height());
        QVERIFY(available.contains(status->mapToGlobal(status->rect().bottomRight())));
    }

    void aSavedGeometryIsClampedToTheScreen()
    {
        const QRect available(0, 0, 1280, 720);
        QCOMPARE(WindowLayout::fitted(QRect(0, 0, 1580, 980), available), available);
        QCOMPARE(
            WindowLayout::fitted(QRect(1000, 500, 800, 600), available), QRect(480, 120, 800, 600));
        QCOMPARE(WindowLayout::fitted(QRect(-50, -20, 600, 400), available), QRect(0, 0, 600, 400));
        QCOMPARE(
            WindowLayout::fitted(QRect(100, 100, 600, 400), available), QRect(100, 100, 600, 400));
        QCOMPARE(WindowLayout::firstStart(QRect(0, 0, 1280, 720)).size(), QSize(1152, 648));
        QCOMPARE(WindowLayout::firstStart(QRect(0, 0, 1920, 1080)), QRect(370, 180, 1180, 720));
    }

    void aWindowSavedLargerOpensInsideTheScreen()
    {
        QMainWindow large;
        QTreeView view;
        large.setCentralWidget(&view);
        large.setGeometry(QRect(QPoint(10, 30), Large - QSize(20, 40)));
        QSettings().setValue(QStringLiteral("window/geometry"), large.saveGeometry());
        QMainWindow window;
        QTreeView columns;
        window.setCentralWidget(new QSplitter);
        WindowLayout(&window, columns.header(), {}).restore();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = screenOfSize(Small)->availableGeometry();
        QVERIFY2(available.contains(window.frameGeometry()),
            qPrintable(QStringLiteral("%1,%2 %3x%4")
                           .arg(window.frameGeometry().x())
                           .arg(window.frameGeometry().y())
                           .arg(window.frameGeometry().width())
                           .arg(window.frameGeometry().height())));
        QSettings().remove(QStringLiteral("window/geometry"));
    }

    void noTextIsClipped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<QString>("window");
        QStringList windows { QStringLiteral("main"), QStringLiteral("main at its first start"),
            QStringLiteral("add"), QStringLiteral("add advanced") };
        for (int i = 0; i < m_window->details()->tabs()->count(); ++i)
            windows << QStringLiteral("details %1").arg(i);
        for (int i = 0; i < 3; ++i)
            windows << QStringLiteral("settings %1").arg(i);
        windows << QStringLiteral("pane 403");
        for (const char *language : { "en", "es", "fr", "ru" })
            for (QSize size : { Small, Large })
                for (const QString &window : windows)
                    QTest::newRow(qPrintable(QStringLiteral("%1 %2x%3 %4")
                                                 .arg(QLatin1String(language))
                                                 .arg(size.width())
                                                 .arg(size.height())
                                                 .arg(window)))
                        << QString::fromLatin1(language) << size << window;
    }

    void noTextIsClipped()
    {
        QFETCH(QString, language);
        QFETCH(QSize, screen);
        QFETCH(QString, window);
        useLanguage(language);
        if (window.endsWith(QLatin1String("first start"))) {
            newWindow();
            if (screen != Small) {
                m_window->setGeometry(
                    WindowLayout::firstStart(screenOfSize(screen)->availableGeometry()));
                settle();
            }
        } else {
            placeWindow(screen);
        }
        QList<LayoutCheck::Problem> problems;
        if (window.startsWith(QLatin1String("main")))
            problems = LayoutCheck::check(m_window);
        else if (window.startsWith(QLatin1String("add")))
            problems = checkAddDialog(window.endsWith(QLatin1String("advanced")));
        else if (window.startsWith(QLatin1String("details")))
            problems = checkDetails(window.section(QLatin1Char(' '), 1).toInt());
        else if (window.startsWith(QLatin1String("settings")))
            problems = checkSettings(window.section(QLatin1Char(' '), 1).toInt());
        else
            problems = checkPane();
        QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + LayoutCheck::report(problems)));
    }
};

int main(int argc, char **argv)
{
    return runOnTwoScreens<TestLayoutFit>(argc, argv);
}

#include "tst_layoutfit.moc"
