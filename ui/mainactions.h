#pragma once

#include "core/model/job.h"

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QStyle>

class Engine;
class MainWindow;
class QAction;
class QLineEdit;
class QMenu;
class QMenuBar;
class QToolBar;
class WhenAllDone;

// The window's actions with their icons and shortcuts, the menus and the toolbar that show
// them, and which of them the selected jobs allow. The actions belong to the window, so
// their shortcuts work wherever the focus is in it.
class MainActions : public QObject
{
    Q_OBJECT
public:
    MainActions(MainWindow *window, Engine *engine);

    void createMenus(QMenuBar *menuBar, QToolBar *toolbar, QLineEdit *search);
    void fillContextMenu(QMenu *menu) const;
    void fillTrayMenu(QMenu *menu) const;
    QAction *showHide() const { return m_showHide; }
    void retranslate();
    void updateFor(const QList<Job> &selected); // enables what the selected jobs allow
    WhenAllDone *whenAllDone() const { return m_whenAllDone; }

private:
    void createJobActions();
    void createWindowActions();
    void createPriorityMenu();
    void createQueueMenu();
    void createWhenDoneActions();
    void createWhenAllDoneMenu();
    void retranslateWhenDone();
    void updateWhenAllDone();
    QAction *make(const char *icon, QStyle::StandardPixmap fallback, const QKeySequence &shortcut);

    MainWindow *m_window;
    Engine *m_engine;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_jobMenu = nullptr;
    QMenu *m_priorityMenu = nullptr;
    QMenu *m_queueMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_whenAllDoneMenu = nullptr;
    WhenAllDone *m_whenAllDone = nullptr;
    QAction *m_openWhenDone = nullptr, *m_runWhenDone = nullptr;
    QList<QAction *> m_whenAllDoneActions; // by WhenAllDone::Choice
    QAction *m_add, *m_paste, *m_resume, *m_suspend, *m_toggle, *m_cancel, *m_complete, *m_remove,
        *m_inspect, *m_openFile, *m_openFolder, *m_copyUrl, *m_settingsAction, *m_quit, *m_showHide,
        *m_resumeAll, *m_suspendAll, *m_about, *m_restart, *m_removeWithFiles, *m_limits, *m_moveUp,
        *m_moveDown, *m_moveTop, *m_moveBottom;
    QList<QAction *> m_priorityActions;
};
