#pragma once

#include <QList>
#include <QRect>

class QHeaderView;
class QMainWindow;
class QSplitter;

// The main window's geometry, toolbars, columns and splitters, kept with QSettings. On the
// first start the window fits the screen (a 1280×720 screen shows its status bar), and a
// geometry saved on a larger screen is clamped to the screen the window opens on.
class WindowLayout
{
public:
    WindowLayout(QMainWindow *window, QHeaderView *columns, QList<QSplitter *> splitters);

    void restore();
    void save() const;

    // `saved` moved and shrunk as little as needed to lie inside `available`.
    static QRect fitted(QRect saved, QRect available);
    // The first start's geometry: 1180×720, or 90 % of `available` when smaller, centred.
    static QRect firstStart(QRect available);

private:
    QRect availableGeometry() const; // of the window's screen, less its frame
    QMainWindow *m_window;
    QHeaderView *m_columns;
    QList<QSplitter *> m_splitters;
};
