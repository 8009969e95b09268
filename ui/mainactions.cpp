#include "ui/mainactions.h"

#include "core/engine/engine.h"
#include "core/model/jobtypes.h"
#include "ui/mainwindow.h"
#include "ui/whenalldone.h"
#include "ui/whendone.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaEnum>
#include <QToolBar>

namespace {

QIcon themed(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(
        QString::fromLatin1(name), QApplication::style()->standardIcon(fallback));
}

} // namespace

MainActions::MainActions(MainWindow *window, Engine *engine)
    : QObject(window)
    , m_window(window)
    , m_engine(engine)
{
    createJobActions();
    createWindowActions();
    createPriorityMenu();
    createQueueMenu();
    createWhenDoneActions();
    createWhenAllDoneMenu();
}

QAction *MainActions::make(
    const char *icon, QStyle::StandardPixmap fallback, const QKeySequence &shortcut)
{
    auto *action = new QAction(themed(icon, fallback), QString(), m_window);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    m_window->addAction(action);
    return action;
}

void MainActions::createJobActions()
{
    MainWindow *w = m_window;
    m_add = make("list-add", QStyle::SP_FileDialogNewFolder, QKeySequence::New);
    connect(m_add, &QAction::triggered, w, [w] { w->openAddDialog(); });
    m_paste = make("edit-paste", QStyle::SP_DialogOpenButton, QKeySequence::Paste);
    connect(m_paste, &QAction::triggered, w, &MainWindow::pasteUrls);
    m_resume = make("media-playback-start", QStyle::SP_MediaPlay, QKeySequence());
    connect(m_resume, &QAction::triggered, w, &MainWindow::resumeSelected);
    m_suspend = make("media-playback-pause", QStyle::SP_MediaPause, QKeySequence());
    connect(m_suspend, &QAction::triggered, w, &MainWindow::suspendSelected);
    // Space in the table (an event filter: item views take Space for themselves).
    m_toggle = make("", QStyle::SP_MediaPlay, QKeySequence());
    connect(m_toggle, &QAction::triggered, w, &MainWindow::toggleSelected);
    m_cancel = make("process-stop", QStyle::SP_DialogCancelButton, QKeySequence::Delete);
    connect(m_cancel, &QAction::triggered, w, [w] { w->cancelSelected(true); });
    m_complete = make("dialog-ok", QStyle::SP_DialogApplyButton, QKeySequence());
    connect(m_complete, &QAction::triggered, w, &MainWindow::completeSelected);
    m_remove = make("edit-clear", QStyle::SP_TrashIcon, QKeySequence());
    connect(m_remove, &QAction::triggered, w, &MainWindow::removeSelected);
    m_inspect
        = make("dialog-warning", QStyle::SP_MessageBoxWarning, QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_inspect, &QAction::triggered, w, &MainWindow::inspectSelected);
    m_openFile = make("document-open", QStyle::SP_FileIcon, QKeySequence());
    connect(m_openFile, &QAction::triggered, w, [w] { w->openFiles(false); });
    m_openFolder = make(
        "folder-open", QStyle::SP_DirOpenIcon, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openFolder, &QAction::triggered, w, [w] { w->openFiles(true); });
    m_copyUrl = make("edit-copy", QStyle::SP_FileLinkIcon, QKeySequence::Copy);
    connect(m_copyUrl, &QAction::triggered, w, &MainWindow::copyUrls);
    m_restart = make("view-refresh", QStyle::SP_BrowserReload, QKeySequence());
    connect(m_restart, &QAction::triggered, w, [w] { w->jobActions()->restart(); });
    m_removeWithFiles
        = make("edit-delete", QStyle::SP_TrashIcon, QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    connect(m_removeWithFiles, &QAction::triggered, w, [w] { w->jobActions()->removeWithFiles(); });
    m_limits = make("preferences-system-network", QStyle::SP_ComputerIcon, QKeySequence());
    connect(m_limits, &QAction::triggered, w, [w] { w->jobActions()->openLimitsDialog(); });
}

void MainActions::createQueueMenu()
{
    MainWindow *w = m_window;
    m_queueMenu = new QMenu(w);
    auto add = [&](const char *icon, QStyle::StandardPixmap fallback, QKeyCombination key,
                   QueueMove move) {
        QAction *action = make(icon, fallback, QKeySequence(key));
        connect(action, &QAction::triggered, w, [w, move] { w->jobActions()->move(move); });
        m_queueMenu->addAction(action);
        return action;
    };
    m_moveTop = add("go-top", QStyle::SP_ArrowUp, Qt::CTRL | Qt::Key_Home, QueueMove::Top);
    m_moveUp = add("go-up", QStyle::SP_ArrowUp, Qt::CTRL | Qt::Key_Up, QueueMove::Up);
    m_moveDown = add("go-down", QStyle::SP_ArrowDown, Qt::CTRL | Qt::Key_Down, QueueMove::Down);
    m_moveBottom
        = add("go-bottom", QStyle::SP_ArrowDown, Qt::CTRL | Qt::Key_End, QueueMove::Bottom);
}

void MainActions::createWindowActions()
{
    MainWindow *w = m_window;
    m_settingsAction
        = make("preferences-system", QStyle::SP_FileDialogDetailedView, QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, w, &MainWindow::openSettings);
    m_quit = make("application-exit", QStyle::SP_DialogCloseButton, QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, w, &MainWindow::quit);
    m_showHide = make("", QStyle::SP_TitleBarNormalButton, QKeySequence());
    connect(m_showHide, &QAction::triggered, w, [w] {
        if (w->isVisible() && !w->isMinimized())
            w->hide();
        else
            w->bringToFront();
    });
    m_resumeAll = make("media-playback-start", QStyle::SP_MediaPlay, QKeySequence());
    connect(m_resumeAll, &QAction::triggered, w, [this] {
        // Decided on the engine thread, by the jobs' states there, not a tick behind.
        m_engine->post([](Engine &engine) {
            for (const Job &job : engine.jobs())
                if (job.state == JobState::Suspended && !job.files.isEmpty())
                    engine.resume(job.id);
        });
    });
    m_suspendAll = make("media-playback-pause", QStyle::SP_MediaPause, QKeySequence());
    connect(m_suspendAll, &QAction::triggered, w, [this] {
        m_engine->post([](Engine &engine) {
            for (const Job &job : engine.jobs())
                if (JobTypes::isActive(job.state) || job.state == JobState::TransientError)
                    engine.suspend(job.id);
        });
    });
    m_about = make("help-about", QStyle::SP_MessageBoxInformation, QKeySequence());
    connect(m_about, &QAction::triggered, w, [w] {
        QMessageBox::about(w, QCoreApplication::translate("MainWindow", "About Haul"),
            QCoreApplication::translate("MainWindow",
                "<h3>Haul %1</h3><p>A download manager whose downloads never corrupt and always resume, and whose errors explain themselves.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainActions::createPriorityMenu()
{
    MainWindow *w = m_window;
    m_priorityMenu = new QMenu(w);
    for (JobPriority p :
        { JobPriority::Foreground, JobPriority::High, JobPriority::Normal, JobPriority::Low }) {
        auto *action = m_priorityMenu->addAction(QString());
        action->setData(int(p));
        action->setCheckable(true);
        connect(action, &QAction::triggered, w, [w, p] { w->setSelectedPriority(p); });
        m_priorityActions.append(action);
    }
}

void MainActions::createMenus(QMenuBar *menuBar, QToolBar *toolbar, QLineEdit *search)
{
    m_fileMenu = menuBar->addMenu(QString());
    m_fileMenu->addActions({ m_add, m_paste });
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_jobMenu = menuBar->addMenu(QString());
    m_jobMenu->addActions(
        { m_resume, m_suspend, m_restart, m_cancel, m_complete, m_remove, m_removeWithFiles });
    m_jobMenu->addSeparator();
    m_jobMenu->addActions({ m_inspect, m_openFile, m_openFolder, m_copyUrl });
    m_jobMenu->addActions({ m_openWhenDone, m_runWhenDone });
    m_jobMenu->addSeparator();
    m_jobMenu->addMenu(m_queueMenu);
    m_jobMenu->addMenu(m_priorityMenu);
    m_jobMenu->addAction(m_limits);
    m_jobMenu->addSeparator();
    m_jobMenu->addActions({ m_resumeAll, m_suspendAll });
    m_jobMenu->addMenu(m_whenAllDoneMenu);
    m_helpMenu = menuBar->addMenu(QString());
    m_helpMenu->addAction(m_about);

    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    // Beside their icons the toolbar names only the everyday actions, so that it fits in
    // every language; the others say their names in tooltips.
    for (QAction *action : { m_complete, m_inspect, m_openFile, m_openFolder, m_settingsAction })
        action->setPriority(QAction::LowPriority);
    toolbar->addActions({ m_add, m_resume, m_suspend, m_cancel, m_complete });
    toolbar->addSeparator();
    toolbar->addActions({ m_inspect, m_openFile, m_openFolder });
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(search);
    toolbar->addAction(m_settingsAction);
}

void MainActions::fillContextMenu(QMenu *menu) const
{
    menu->addActions(
        { m_resume, m_suspend, m_restart, m_cancel, m_complete, m_remove, m_removeWithFiles });
    menu->addSeparator();
    menu->addActions({ m_inspect, m_openFile, m_openFolder, m_copyUrl });
    menu->addActions({ m_openWhenDone, m_runWhenDone });
    menu->addSeparator();
    menu->addMenu(m_queueMenu);
    menu->addMenu(m_priorityMenu);
    menu->addAction(m_limits);
}

void MainActions::fillTrayMenu(QMenu *menu) const
{
    menu->addActions({ m_showHide, m_resumeAll, m_suspendAll });
    menu->addSeparator();
    menu->addAction(m_quit);
}

// The texts keep the window's translation context ("MainWindow"), where the translations
// already are: moving them here must not send them back to the translators.
void MainActions::retranslate()
{
    m_fileMenu->setTitle(QCoreApplication::translate("MainWindow", "&File"));
    m_jobMenu->setTitle(QCoreApplication::translate("MainWindow", "&Downloads"));
    m_queueMenu->setTitle(QCoreApplication::translate("MainWindow", "&Queue order"));
    m_moveTop->setText(QCoreApplication::translate("MainWindow", "Move to &top"));
    m_moveUp->setText(QCoreApplication::translate("MainWindow", "Move &up"));
    m_moveDown->setText(QCoreApplication::translate("MainWindow", "Move &down"));
    m_moveBottom->setText(QCoreApplication::translate("MainWindow", "Move to &bottom"));
    m_restart->setText(QCoreApplication::translate("MainWindow", "Res&tart…"));
    m_restart->setToolTip(QCoreApplication::translate(
        "MainWindow", "Download the selected downloads again from zero"));
    m_removeWithFiles->setText(QCoreApplication::translate("MainWindow", "Remove &with files…"));
    m_limits->setText(QCoreApplication::translate("MainWindow", "Speed limit and co&nnections…"));
    m_helpMenu->setTitle(QCoreApplication::translate("MainWindow", "&Help"));
    m_priorityMenu->setTitle(QCoreApplication::translate("MainWindow", "&Priority"));
    m_add->setText(QCoreApplication::translate("MainWindow", "&Add…"));
    m_add->setToolTip(QCoreApplication::translate("MainWindow", "Add downloads (Ctrl+N)"));
    m_paste->setText(QCoreApplication::translate("MainWindow", "&Paste addresses"));
    m_resume->setText(QCoreApplication::translate("MainWindow", "&Resume"));
    m_suspend->setText(QCoreApplication::translate("MainWindow", "&Suspend"));
    m_toggle->setText(QCoreApplication::translate("MainWindow", "Resume or suspend"));
    m_cancel->setText(QCoreApplication::translate("MainWindow", "&Cancel…"));
    m_cancel->setToolTip(QCoreApplication::translate("MainWindow",
        "Cancel the selected downloads and delete their partial data, or remove finished downloads from the list (Delete)"));
    m_complete->setText(QCoreApplication::translate("MainWindow", "C&omplete"));
    m_complete->setToolTip(QCoreApplication::translate(
        "MainWindow", "Save the finished files under their final names"));
    m_remove->setText(QCoreApplication::translate("MainWindow", "Remove from &list"));
    m_inspect->setText(QCoreApplication::translate("MainWindow", "&Inspect error…"));
    m_openFile->setText(QCoreApplication::translate("MainWindow", "&Open file"));
    m_openFolder->setText(QCoreApplication::translate("MainWindow", "Open &folder"));
    m_copyUrl->setText(QCoreApplication::translate("MainWindow", "Copy &address"));
    m_settingsAction->setText(QCoreApplication::translate("MainWindow", "&Settings…"));
    m_quit->setText(QCoreApplication::translate("MainWindow", "&Quit"));
    m_showHide->setText(QCoreApplication::translate("MainWindow", "Show or hide Haul"));
    m_resumeAll->setText(QCoreApplication::translate("MainWindow", "Resume all"));
    m_suspendAll->setText(QCoreApplication::translate("MainWindow", "Suspend all"));
    m_about->setText(QCoreApplication::translate("MainWindow", "&About Haul"));
    for (QAction *action : std::as_const(m_priorityActions))
        action->setText(JobTypes::priorityDisplayName(JobPriority(action->data().toInt())));
    retranslateWhenDone();
}

void MainActions::updateFor(const QList<Job> &selected)
{
    bool canResume = false, canSuspend = false, canCancel = false, canComplete = false,
         canRemove = false, canInspect = false, canOpen = false;
    int priority = -1;
    for (const Job &job : selected) {
        const JobState s = job.state;
        canResume = canResume || JobTypes::canResume(s);
        canSuspend = canSuspend || JobTypes::canSuspend(s);
        canCancel = canCancel || !JobTypes::isFinal(s);
        canComplete = canComplete || JobTypes::canComplete(s, job.progress().filesTransferred);
        canRemove = canRemove || JobTypes::isFinal(s);
        canInspect = canInspect || s == JobState::Error || s == JobState::TransientError;
        canOpen = canOpen || !job.files.isEmpty();
        priority = priority == -1 || priority == int(job.priority) ? int(job.priority) : -2;
    }
    m_resume->setEnabled(canResume);
    m_suspend->setEnabled(canSuspend);
    m_toggle->setEnabled(canResume || canSuspend);
    m_cancel->setEnabled(canCancel || canRemove);
    m_complete->setEnabled(canComplete);
    m_remove->setEnabled(canRemove);
    m_inspect->setEnabled(canInspect);
    m_openFile->setEnabled(canOpen);
    m_openFolder->setEnabled(canOpen);
    m_copyUrl->setEnabled(!selected.isEmpty());
    m_priorityMenu->setEnabled(canCancel);
    m_queueMenu->setEnabled(canCancel);
    for (QAction *action : m_queueMenu->actions())
        action->setEnabled(canCancel);
    m_restart->setEnabled(!selected.isEmpty()); // a finished one is downloaded again
    m_removeWithFiles->setEnabled(!selected.isEmpty());
    m_limits->setEnabled(canCancel);
    for (QAction *action : std::as_const(m_priorityActions))
        action->setChecked(action->data().toInt() == priority);
    QList<QUuid> ids;
    for (const Job &job : selected)
        ids << job.id;
    m_openWhenDone->setEnabled(canCancel);
    m_openWhenDone->setChecked(m_window->jobActions()->opensWhenDone(ids));
    m_runWhenDone->setEnabled(canCancel);
}

void MainActions::createWhenDoneActions()
{
    MainWindow *w = m_window;
    m_openWhenDone = make("document-open", QStyle::SP_FileIcon, QKeySequence());
    m_openWhenDone->setObjectName(QStringLiteral("openWhenDone"));
    m_openWhenDone->setCheckable(true);
    connect(m_openWhenDone, &QAction::triggered, w,
        [w](bool checked) { w->jobActions()->setOpenWhenDone(checked); });
    m_runWhenDone = make("system-run", QStyle::SP_CommandLink, QKeySequence());
    m_runWhenDone->setObjectName(QStringLiteral("runWhenDone"));
    connect(m_runWhenDone, &QAction::triggered, w, [w] { w->jobActions()->chooseRunWhenDone(); });
}

void MainActions::createWhenAllDoneMenu()
{
    m_whenAllDone = new WhenAllDone(m_window->model(), m_engine, m_window);
    connect(m_whenAllDone, &WhenAllDone::quitRequested, m_quit, &QAction::trigger);
    m_whenAllDoneMenu = new QMenu(m_window);
    m_whenAllDoneMenu->setObjectName(QStringLiteral("whenAllDoneMenu"));
    m_whenAllDoneMenu->setToolTipsVisible(true);
    auto *group = new QActionGroup(m_whenAllDoneMenu);
    for (WhenAllDone::Choice choice : { WhenAllDone::Choice::Nothing, WhenAllDone::Choice::Quit,
             WhenAllDone::Choice::Suspend, WhenAllDone::Choice::PowerOff }) {
        QAction *action = m_whenAllDoneMenu->addAction(QString());
        action->setCheckable(true);
        action->setActionGroup(group);
        action->setObjectName(
            QStringLiteral("whenAllDone%1")
                .arg(QLatin1String(
                    QMetaEnum::fromType<WhenAllDone::Choice>().valueToKey(int(choice)))));
        connect(action, &QAction::triggered, m_whenAllDone,
            [this, choice] { m_whenAllDone->setChoice(choice); });
        m_whenAllDoneActions << action;
    }
    connect(m_whenAllDone, &WhenAllDone::choiceChanged, this, &MainActions::updateWhenAllDone);
    connect(
        m_whenAllDone, &WhenAllDone::availabilityChanged, this, &MainActions::updateWhenAllDone);
    updateWhenAllDone();
}

void MainActions::updateWhenAllDone()
{
    const QString resets = QCoreApplication::translate("MainWindow",
        "Haul starts with Do nothing each time; a countdown of 60 seconds comes first and can be cancelled.");
    const QString refused = QCoreApplication::translate(
        "MainWindow", "The system (logind) does not let Haul do this on this computer.");
    for (int i = 0; i < m_whenAllDoneActions.size(); ++i) {
        const auto choice = WhenAllDone::Choice(i);
        const bool available = m_whenAllDone->isAvailable(choice);
        m_whenAllDoneActions[i]->setEnabled(available);
        m_whenAllDoneActions[i]->setChecked(m_whenAllDone->choice() == choice);
        m_whenAllDoneActions[i]->setStatusTip(available ? resets : refused);
        m_whenAllDoneActions[i]->setToolTip(available ? resets : refused);
    }
    m_whenAllDoneMenu->menuAction()->setStatusTip(resets);
    m_whenAllDoneMenu->menuAction()->setToolTip(resets);
}

void MainActions::retranslateWhenDone()
{
    m_openWhenDone->setText(QCoreApplication::translate("MainWindow", "Open &when done"));
    m_openWhenDone->setToolTip(QCoreApplication::translate(
        "MainWindow", "Open the first file of the selected downloads once it is saved"));
    m_runWhenDone->setText(QCoreApplication::translate("MainWindow", "Ru&n when done…"));
    m_runWhenDone->setToolTip(QCoreApplication::translate("MainWindow",
        "Run a program with the files of the selected downloads once they are saved"));
    m_whenAllDoneMenu->setTitle(
        QCoreApplication::translate("MainWindow", "When all downloads &finish"));
    const QStringList texts = { QCoreApplication::translate("MainWindow", "Do &nothing"),
        QCoreApplication::translate("MainWindow", "&Quit Haul"),
        QCoreApplication::translate("MainWindow", "&Suspend the computer"),
        QCoreApplication::translate("MainWindow", "&Power off the computer") };
    for (int i = 0; i < m_whenAllDoneActions.size(); ++i)
        m_whenAllDoneActions[i]->setText(texts.value(i));
    updateWhenAllDone();
}
