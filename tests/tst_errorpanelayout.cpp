// The error pane lays itself out from its content: for a 403, a 401, a certificate error and
// a full disk, opened over a window that fills a 1280×720 or a 1600×1000 screen, in English
// and in French, and after each of its three actions (Cancel, Complete partial, Fix and
// Resume), every label and button it shows has the room its text needs, no two of them
// overlap, the pane lies on its window's screen with its title bar, and a screen reader
// finds a name for everything Tab reaches. The offscreen platform is given the two screens.
#include "core/l10n/languages.h"
#include "tests/support/testhelpers.h"
#include "tests/support/twoscreens.h"
#include "tests/support/windowfixture.h"
#include "ui/errorpane.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QScreen>
#include <QTest>

using namespace TestHelpers;

namespace {

// What is wrong with the room `label` has for its text ("" when nothing).
QString labelProblem(const QLabel *label)
{
    if (label->text().isEmpty() || label->textFormat() == Qt::RichText)
        return QString();
    const QRect room = label->contentsRect();
    if (label->wordWrap()) {
        if (label->heightForWidth(label->width()) > label->height())
            return QStringLiteral("needs %1 px in height, has %2")
                .arg(label->heightForWidth(label->width()))
                .arg(label->height());
        const QRect needed = label->fontMetrics().boundingRect(
            QRect(0, 0, room.width(), 1 << 20), Qt::TextWordWrap, label->text());
        if (needed.width() > room.width())
            return QStringLiteral("needs %1 px in width, has %2")
                .arg(needed.width())
                .arg(room.width());
        return QString();
    }
    if (label->height() < label->sizeHint().height())
        return QStringLiteral("needs %1 px in height, has %2")
            .arg(label->sizeHint().height())
            .arg(label->height());
    for (const QString &line : label->text().split(QLatin1Char('\n'))) {
        if (label->fontMetrics().horizontalAdvance(line) > room.width())
            return QStringLiteral("needs more than %1 px in width").arg(room.width());
    }
    return QString();
}

QString buttonProblem(const QAbstractButton *button)
{
    const QSize hint = button->sizeHint();
    if (button->height() < hint.height() || button->width() < hint.width())
        return QStringLiteral("needs %1×%2, has %3×%4")
            .arg(hint.width())
            .arg(hint.height())
            .arg(button->width())
            .arg(button->height());
    return QString();
}

QString describe(const QWidget *w)
{
    QString text;
    if (auto *label = qobject_cast<const QLabel *>(w))
        text = label->text();
    else if (auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    return QStringLiteral("%1 %2 \"%3\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text.left(60));
}

// Every text that lacks room, and every two siblings on show that overlap.
QStringList layoutProblems(QWidget *pane)
{
    QStringList problems;
    const QList<QWidget *> widgets = pane->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(pane))
            continue;
        QString problem;
        if (auto *label = qobject_cast<QLabel *>(w))
            problem = labelProblem(label);
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            problem = buttonProblem(button);
        if (!problem.isEmpty())
            problems << describe(w) + QStringLiteral(": ") + problem;
    }
    for (QWidget *parent : widgets + QList<QWidget *> { pane }) {
        QList<QWidget *> shown;
        for (QObject *child : parent->children()) {
            auto *w = qobject_cast<QWidget *>(child);
            if (w && !w->isWindow() && w->isVisibleTo(pane))
                shown << w;
        }
        for (int i = 0; i < shown.size(); ++i)
            for (int j = i + 1; j < shown.size(); ++j)
                if (shown[i]->geometry().intersects(shown[j]->geometry()))
                    problems << describe(shown[i]) + QStringLiteral(" overlaps ")
                            + describe(shown[j]);
    }
    return problems;
}

// Focusable controls on show that a screen reader cannot name, and buttons Tab skips.
QStringList accessibilityProblems(QWidget *pane)
{
    QStringList problems;
    QList<QAccessibleInterface *> todo { QAccessible::queryAccessibleInterface(pane) };
    while (!todo.isEmpty()) {
        QAccessibleInterface *iface = todo.takeLast();
        if (!iface)
            continue;
        for (int i = 0; i < iface->childCount(); ++i)
            todo << iface->child(i);
        const QAccessible::State state = iface->state();
        if (state.focusable && !state.invisible && iface->text(QAccessible::Name).isEmpty())
            problems << QStringLiteral("no name: %1")
                            .arg(iface->object()
                                    ? describe(qobject_cast<QWidget *>(iface->object()))
                                    : QStringLiteral("?"));
    }
    for (QAbstractButton *b : pane->findChildren<QAbstractButton *>())
        if (b->isVisibleTo(pane) && !(b->focusPolicy() & Qt::TabFocus))
            problems << QStringLiteral("not reached by Tab: ") + describe(b);
    return problems;
}

} // namespace

class TestErrorPaneLayout : public QObject, private WindowFixture
{
    Q_OBJECT

    // A job that fails as `kind` says once resumed.
    QUuid failingJob(const QString &kind)
    {
        const QString out = folder();
        if (kind == QLatin1String("403")) {
            TestServer::Route r = route(0);
            r.status = 403;
            m_http->setRoute("/forbidden_package-long-name.tar.gz", r);
            return newJob(
                { m_http->url(QStringLiteral("/forbidden_package-long-name.tar.gz")) }, out);
        }
        if (kind == QLatin1String("401")) {
            TestServer::Route r = route(1000);
            r.basicUser = "ann";
            r.basicPassword = "s3cret";
            m_http->setRoute("/private_report.pdf", r);
            return newJob({ m_http->url(QStringLiteral("/private_report.pdf")) }, out);
        }
        if (kind == QLatin1String("certificate")) {
            m_selfSigned->setRoute("/signed_image.iso", route(1000));
            return newJob({ m_selfSigned->url(QStringLiteral("/signed_image.iso")) }, out);
        }
        m_http->setRoute("/full_disk.bin", route(100000));
        const QString finalPath = QDir(out).filePath(QStringLiteral("full_disk.bin"));
        QUuid id;
        m_engine->createJob(QString(), JobPriority::Normal, &id);
        m_engine->addFile(id, m_http->url(QStringLiteral("/full_disk.bin")), finalPath);
        m_engine->setNoProgressTimeout(id, 0);
        // Every write into the temporary file fails with ENOSPC, as on a full disk.
        QFile::link(QStringLiteral("/dev/full"), finalPath + QStringLiteral(".haul-part"));
        return id;
    }

    // The window fills `screen`'s free area, as a maximised window would.
    void windowOn(QScreen *screen)
    {
        m_window->showNormal();
        const QRect area = screen->availableGeometry();
        const QMargins frame(m_window->geometry().left() - m_window->frameGeometry().left(),
            m_window->geometry().top() - m_window->frameGeometry().top(),
            m_window->frameGeometry().right() - m_window->geometry().right(),
            m_window->frameGeometry().bottom() - m_window->geometry().bottom());
        m_window->setGeometry(area.marginsRemoved(frame));
        QTRY_VERIFY(screen->geometry().contains(m_window->frameGeometry().center()));
    }

    void checkThePane(QScreen *screen, const QString &when)
    {
        ErrorPane *p = pane();
        QApplication::processEvents();
        const QString shots = qEnvironmentVariable("HAUL_PANE_SHOTS");
        if (!shots.isEmpty())
            p->grab().save(
                QDir(shots).filePath(QStringLiteral("%1-%2.png")
                                         .arg(QString::fromLatin1(QTest::currentDataTag()), when)
                                         .replace(QLatin1Char(' '), QLatin1Char('-'))));
        // As high as its content (no gap above the buttons), once the window system answered.
        const auto contentHeight = [p] {
            p->layout()->invalidate(); // no height cached before the last change
            return p->layout()->totalHeightForWidth(p->width());
        };
        QTRY_COMPARE(p->height(), contentHeight());
        QVERIFY2(p->isVisible(), qPrintable(when));
        const QStringList layout = layoutProblems(p);
        QVERIFY2(layout.isEmpty(),
            qPrintable(when + QStringLiteral(":\n") + layout.join(QLatin1Char('\n'))));
        const QStringList access = accessibilityProblems(p);
        QVERIFY2(access.isEmpty(),
            qPrintable(when + QStringLiteral(":\n") + access.join(QLatin1Char('\n'))));
        const QRect area = screen->availableGeometry();
        QVERIFY2(area.contains(p->frameGeometry()),
            qPrintable(QStringLiteral("%1: the pane at %2,%3 %4×%5 is not inside %6,%7 %8×%9")
                           .arg(when)
                           .arg(p->frameGeometry().x())
                           .arg(p->frameGeometry().y())
                           .arg(p->frameGeometry().width())
                           .arg(p->frameGeometry().height())
                           .arg(area.x())
                           .arg(area.y())
                           .arg(area.width())
                           .arg(area.height())));
        QVERIFY(p->frameGeometry().top() > area.top() || p->geometry().top() > area.top());
        // Centred over its window.
        QVERIFY(
            qAbs(p->frameGeometry().center().x() - m_window->frameGeometry().center().x()) <= 2);
    }

private slots:
    void initTestCase()
    {
        openWindow(QStringLiteral("tst_errorpanelayout"));
        QCOMPARE(QGuiApplication::screens().size(), 2);
    }

    void cleanupTestCase() { closeWindow(); }

    void cleanup()
    {
        dismissThePane();
        Languages::apply(QStringLiteral("en"));
    }

    void thePaneFitsItsContentOnEveryScreen_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("screen");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("action");
        for (const char *language : { "en", "es", "fr", "ru" })
            for (const char *kind : { "403", "401", "certificate", "disk" })
                for (int screen : { 0, 1 })
                    for (const char *action : { "cancel", "complete", "fix" })
                        QTest::addRow(
                            "%s-%s-%s-%s", language, kind, screen ? "1600" : "1280", action)
                            << QString::fromLatin1(kind) << screen << QString::fromLatin1(language)
                            << QString::fromLatin1(action);
    }

    void thePaneFitsItsContentOnEveryScreen()
    {
        QFETCH(QString, kind);
        QFETCH(int, screen);
        QFETCH(QString, language);
        QFETCH(QString, action);
        if (kind == QLatin1String("disk") && !QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full on this system");
        QScreen *on = QGuiApplication::screens().at(screen);
        windowOn(on);
        if (QTest::currentTestFailed())
            return;
        Languages::apply(language);
        const QUuid id = failingJob(kind);
        QVERIFY(m_engine->resume(id).ok());
        QVERIFY(paneShows(id));
        // The engine's own snapshot follows the model's: wait for the pane to settle on it.
        QTRY_VERIFY(!pane()->fieldText(QStringLiteral("technical")).isEmpty());
        QTest::qWait(100);
        checkThePane(on, QStringLiteral("opened"));
        if (QTest::currentTestFailed())
            return;
        pane()->setConfirmation([](const QString &, const QString &) { return true; });
        if (action == QLatin1String("cancel")) {
            QVERIFY(pane()->cancelJob());
            QTRY_COMPARE(state(*m_engine, id), JobState::Cancelled);
            QTRY_VERIFY(!pane()->resultText().isEmpty());
        } else if (action == QLatin1String("complete")) {
            QVERIFY(pane()->completePartial());
            QTRY_COMPARE(state(*m_engine, id), JobState::Acknowledged);
            QTRY_VERIFY(!pane()->resultText().isEmpty());
        } else {
            // Fixed wrongly: the same address, a wrong password, no trust, the same folder.
            pane()->userEdit()->setText(QStringLiteral("ann"));
            pane()->passwordEdit()->setText(QStringLiteral("wrong"));
            QVERIFY(pane()->fixAndResume());
            QTRY_VERIFY_WITH_TIMEOUT(pane()->isVisible() && pane()->currentJob() == id
                    && pane()->fieldText(QStringLiteral("count")) == QLatin1String("2"),
                10000);
            QTest::qWait(100);
        }
        QTRY_VERIFY(m_window->model()->job(id)
            && m_window->model()->job(id)->state == state(*m_engine, id));
        checkThePane(on, action);
    }
};

int main(int argc, char **argv)
{
    return runOnTwoScreens<TestErrorPaneLayout>(argc, argv);
}

#include "tst_errorpanelayout.moc"
