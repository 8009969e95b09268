#include "ui/windowlayout.h"

#include "ui/dialogfit.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

namespace {
const QString Geometry = QStringLiteral("window/geometry");
const QString State = QStringLiteral("window/state");
const QString Columns = QStringLiteral("window/columns");
const QStringList SplitterKeys
    = { QStringLiteral("window/sideSplitter"), QStringLiteral("window/detailsSplitter") };
} // namespace

WindowLayout::WindowLayout(QMainWindow *window, QHeaderView *columns, QList<QSplitter *> splitters)
    : m_window(window)
    , m_columns(columns)
    , m_splitters(std::move(splitters))
{ }

QRect WindowLayout::fitted(QRect saved, QRect available)
{
    if (!available.isValid())
        return saved;
    const QSize size = saved.size().boundedTo(available.size());
    const int x = qBound(available.left(), saved.x(), available.right() - size.width() + 1);
    const int y = qBound(available.top(), saved.y(), available.bottom() - size.height() + 1);
    return QRect(QPoint(x, y), size);
}

QRect WindowLayout::firstStart(QRect available)
{
    const QSize size = QSize(1180, 720).boundedTo(available.size() * 0.9);
    QRect r(QPoint(0, 0), size);
    r.moveCenter(available.center());
    return r;
}

QRect WindowLayout::availableGeometry() const
{
    QScreen *screen = QGuiApplication::screenAt(m_window->geometry().center());
    if (!screen)
        screen = m_window->screen() ? m_window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return QRect();
    // The title bar and borders must be on the screen too.
    return screen->availableGeometry().marginsRemoved(DialogFit::frameOf(m_window));
}

void WindowLayout::restore()
{
    QSettings s;
    const bool saved = s.contains(Geometry);
    if (saved)
        m_window->restoreGeometry(s.value(Geometry).toByteArray());
    m_window->restoreState(s.value(State).toByteArray());
    m_columns->restoreState(s.value(Columns).toByteArray());
    for (int i = 0; i < m_splitters.size() && i < SplitterKeys.size(); ++i)
        m_splitters[i]->restoreState(s.value(SplitterKeys.at(i)).toByteArray());
    if (!saved)
        m_window->setGeometry(firstStart(availableGeometry()));
    else if (!(m_window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen)))
        m_window->setGeometry(fitted(m_window->geometry(), availableGeometry()));
}

void WindowLayout::save() const
{
    QSettings s;
    s.setValue(Geometry, m_window->saveGeometry());
    s.setValue(State, m_window->saveState());
    s.setValue(Columns, m_columns->saveState());
    for (int i = 0; i < m_splitters.size() && i < SplitterKeys.size(); ++i)
        s.setValue(SplitterKeys.at(i), m_splitters[i]->saveState());
}
