// A screen reader can work the window (issue 16): every focusable control of the main
// window, the details' tabs, the Add dialog (with its advanced part), each page of Settings
// and the error pane has a name, as QAccessible gives it to AT-SPI; the download table, the
// side list, the Files and History tables and the search field are named; and Tab from the
// download table reaches the details' tabs.
#include "tests/support/windowfixture.h"
#include "ui/addjobdialog.h"
#include "ui/jobdetails.h"
#include "ui/settingsdialog.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeView>

namespace {

QString describe(QAccessibleInterface *iface)
{
    QObject *o = iface->object();
    QString where;
    for (QObject *p = o ? o->parent() : nullptr; p; p = p->parent())
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
            where = QStringLiteral(" in ") + p->objectName();
            break;
        }
    const QString name
        = o && !o->objectName().isEmpty() ? QLatin1Char(' ') + o->objectName() : QString();
    return QStringLiteral("%1%2 (role %3, text \"%4\")%5")
        .arg(o ? QString::fromLatin1(o->metaObject()->className()) : QStringLiteral("?"), name)
        .arg(int(iface->role()))
        .arg(iface->text(QAccessible::Value).left(40), where);
}

// The inner line edit of a spin box or an editable combo box is the box itself to a reader.
bool innerEditor(QObject *o)
{
    auto *edit = qobject_cast<QLineEdit *>(o);
    return edit
        && (qobject_cast<QAbstractSpinBox *>(edit->parentWidget())
            || qobject_cast<QComboBox *>(edit->parentWidget()));
}

void collectUnnamed(QAccessibleInterface *iface, QStringList *unnamed, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 60)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible)
        return;
    QObject *o = iface->object();
    if (state.focusable && qobject_cast<QWidget *>(o) && !innerEditor(o)
        && iface->text(QAccessible::Name).trimmed().isEmpty())
        unnamed->append(describe(iface));
    // A table's cells are named by their text; the table itself is what must have a name.
    const QAccessible::Role role = iface->role();
    if (role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::List)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), unnamed, depth + 1);
}

QStringList unnamedIn(QWidget *window)
{
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(window), &unnamed);
    return unnamed;
}

// What others are still fixing (issue 16): the lead removes a line once it is fixed.
const QList<QPair<QString, const char *>> KnownUnnamed {};

// Fails on what is unnamed, but as an expected failure on what others are fixing.
void verifyNamed(QStringList unnamed)
{
    QStringList known;
    const char *reason = nullptr;
    for (const auto &[text, why] : KnownUnnamed)
        for (int i = unnamed.size() - 1; i >= 0; --i)
            if (unnamed.at(i).startsWith(text)) {
                known << unnamed.takeAt(i);
                reason = why;
            }
    QVERIFY2(unnamed.isEmpty(), qPrintable(QLatin1Char('\n') + unnamed.join(QLatin1Char('\n'))));
    if (!known.isEmpty()) {
        qInfo("%s", qPrintable(known.join(QLatin1Char('\n'))));
        QEXPECT_FAIL("", reason, Continue);
        QVERIFY2(known.isEmpty(), qPrintable(known.join(QLatin1Char('\n'))));
    }
}

QString nameOf(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

} // namespace

class TestAccessibility : public QObject, private WindowFixture
{
    Q_OBJECT

    QUuid m_failed;

private slots:
    void initTestCase()
    {
        openWindow(QStringLiteral("tst_accessibility"));
        m_http->setRoute("/done.bin", route(10));
        const QUuid done = newJob({ m_http->url(QStringLiteral("/done.bin")) }, folder());
        QVERIFY(m_engine->resume(done).ok());
        TestServer::Route forbidden;
        forbidden.status = 403;
        m_http->setRoute("/forbidden.zip", forbidden);
        m_failed = newJob({ m_http->url(QStringLiteral("/forbidden.zip")) }, folder());
        QVERIFY(m_engine->resume(m_failed).ok());
        QVERIFY(paneShows(m_failed));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->model()->job(done)->state, JobState::Acknowledged, 10000);
        m_window->selectJob(done);
    }

    void cleanupTestCase() { closeWindow(); }

    void theWalkFindsAFieldWithoutAName()
    {
        QWidget window;
        auto *layout = new QFormLayout(&window);
        auto *named = new QLineEdit;
        auto *label = new QLabel(QStringLiteral("Named:"));
        label->setBuddy(named);
        layout->addRow(label, named);
        auto *nameless = new QSpinBox;
        nameless->setObjectName(QStringLiteral("nameless"));
        layout->addRow(nameless);
        window.show();
        const QStringList unnamed = unnamedIn(&window);
        QCOMPARE(unnamed.size(), 1);
        QVERIFY2(unnamed.first().contains(QStringLiteral("nameless")), qPrintable(unnamed.first()));
        QCOMPARE(nameOf(named), QStringLiteral("Named:"));
    }

    void theMainWindowsControlsHaveNames() { verifyNamed(unnamedIn(m_window)); }

    void everyTabOfTheDetailsHasNamedControls()
    {
        QTabWidget *tabs = m_window->details()->tabs();
        QStringList unnamed;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            settle();
            for (const QString &u : unnamedIn(tabs->currentWidget()))
                unnamed << tabs->tabText(i) + QStringLiteral(": ") + u;
        }
        tabs->setCurrentIndex(0);
        QVERIFY2(
            unnamed.isEmpty(), qPrintable(QLatin1Char('\n') + unnamed.join(QLatin1Char('\n'))));
    }

    void theTablesTheListAndTheSearchFieldHaveNames()
    {
        const QList<QPair<const char *, QWidget *>> named {
            { "the download table", m_window->view() },
            { "the side list", m_window->categories() },
            { "the Files table", m_window->details()->filesTable() },
            { "the History table", m_window->details()->historyTable() },
            { "the search field", m_window->searchBox() },
        };
        QStringList unnamed;
        for (const auto &[what, widget] : named)
            if (nameOf(widget).trimmed().isEmpty())
                unnamed << QString::fromLatin1(what);
        verifyNamed(unnamed);
        // More than the placeholder, which a reader hears only while the field is empty.
        QVERIFY(!m_window->searchBox()->accessibleName().isEmpty());
    }

    void tabFromTheDownloadTableReachesTheDetailsTabs()
    {
        QTabBar *bar = m_window->details()->tabs()->tabBar();
        QWidget *start = m_window->view();
        QStringList chain;
        bool reached = false;
        for (QWidget *w = start->nextInFocusChain(); w && w != start; w = w->nextInFocusChain()) {
            if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisible() || !w->isEnabled()
                || w->window() != m_window)
                continue;
            chain << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ')
                    + w->objectName();
            if (w == bar) {
                reached = true;
                break;
            }
        }
        QVERIFY2(reached, qPrintable(chain.join(QStringLiteral(", "))));
        QVERIFY(!nameOf(bar).isEmpty());
        // And by the key itself, as a user presses it.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        start->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), start);
        QStringList pressed;
        for (int i = 0; i < 40 && QApplication::focusWidget() != bar; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            pressed << (now ? QString::fromLatin1(now->metaObject()->className())
                            : QStringLiteral("none"));
        }
        QVERIFY2(
            QApplication::focusWidget() == bar, qPrintable(pressed.join(QStringLiteral(", "))));
    }

    void theAddDialogsFieldsHaveNames()
    {
        AddJobDialog *dialog = m_window->openAddDialog();
        dialog->moreOptions()->setChecked(true);
        settle();
        const QStringList unnamed = unnamedIn(dialog);
        QCOMPARE(nameOf(dialog->findChild<QLineEdit *>(QStringLiteral("folder"))),
            QStringLiteral("Save in:"));
        QVERIFY(!nameOf(dialog->urlsEdit()).isEmpty());
        dialog->close();
        QVERIFY2(
            unnamed.isEmpty(), qPrintable(QLatin1Char('\n') + unnamed.join(QLatin1Char('\n'))));
    }

    void everyPageOfSettingsHasNamedFields()
    {
        SettingsDialog dialog(AppSettings::load(), m_engine, m_window);
        dialog.show();
        auto *pages = dialog.findChild<QTabWidget *>(QStringLiteral("settingsPages"));
        QVERIFY(pages);
        QStringList unnamed;
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentIndex(i);
            settle();
            for (const QString &u : unnamedIn(&dialog))
                unnamed << pages->tabText(i) + QStringLiteral(": ") + u;
        }
        QVERIFY2(
            unnamed.isEmpty(), qPrintable(QLatin1Char('\n') + unnamed.join(QLatin1Char('\n'))));
    }

    void theErrorPanesControlsHaveNames()
    {
        pane()->inspect(m_failed);
        QVERIFY(paneShows(m_failed));
        const QStringList unnamed = unnamedIn(pane());
        QVERIFY2(
            unnamed.isEmpty(), qPrintable(QLatin1Char('\n') + unnamed.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
