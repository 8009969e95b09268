#include "ui/mainwindow.h"

#include "core/engine/engine.h"
#include "core/l10n/format.h"
#include "core/l10n/languages.h"
#include "core/model/errorcodes.h"
#include "ui/addjobdialog.h"
#include "ui/errorpane.h"
#include "ui/jobdetails.h"
#include "ui/jobfiltermodel.h"
#include "ui/jobtablemodel.h"
#include "ui/notifier.h"
#include "ui/progressdelegate.h"
#include "ui/settingsdialog.h"
#include "ui/stateicon.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

namespace {

const JobTableModel::Category Categories[] = { JobTableModel::Category::All,
    JobTableModel::Category::Active, JobTableModel::Category::Paused,
    JobTableModel::Category::Errors, JobTableModel::Category::Finished };

QIcon themed(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(
        QString::fromLatin1(name), QApplication::style()->standardIcon(fallback));
}

} // namespace

MainWindow::MainWindow(Engine *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_settings(AppSettings::load())
    , m_model(new JobTableModel(engine, this))
    , m_filter(new JobFilterModel(this))
    , m_view(new QTreeView)
    , m_categories(new QListWidget)
    , m_search(new QLineEdit)
    , m_details(new JobDetails(engine, m_model))
    , m_errorPane(new ErrorPane(engine, m_model, this))
    , m_sideSplitter(new QSplitter(Qt::Horizontal))
    , m_detailsSplitter(new QSplitter(Qt::Vertical))
    , m_toolbar(new QToolBar)
    , m_speedLabel(new QLabel)
    , m_countLabel(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/haul.svg")));
    setAcceptDrops(true);
    m_filter->setSourceModel(m_model);

    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // thousands of rows stay cheap
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(JobTableModel::AddedColumn, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setDragEnabled(true);
    m_view->installEventFilter(this);
    m_view->setItemDelegateForColumn(JobTableModel::ProgressColumn, new ProgressDelegate(m_view));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(JobTableModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionsMovable(true);
    m_view->setColumnWidth(JobTableModel::ProgressColumn, 110);
    m_view->setColumnWidth(JobTableModel::SizeColumn, 130);
    m_view->setColumnWidth(JobTableModel::SpeedColumn, 75);
    m_view->setColumnWidth(JobTableModel::TimeLeftColumn, 75);
    m_view->setColumnWidth(JobTableModel::FilesColumn, 50);
    m_view->setColumnWidth(JobTableModel::AddedColumn, 70);
    // Right-click on the header: show or hide columns.
    m_view->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->header(), &QHeaderView::customContextMenuRequested, this,
        [this](const QPoint &pos) {
            QMenu menu(this);
            for (int column = 0; column < JobTableModel::ColumnCount; ++column) {
                QAction *action = menu.addAction(
                    m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
                action->setCheckable(true);
                action->setChecked(!m_view->isColumnHidden(column));
                action->setEnabled(column != JobTableModel::NameColumn);
                connect(action, &QAction::toggled, this,
                    [this, column](bool shown) { m_view->setColumnHidden(column, !shown); });
            }
            menu.exec(m_view->header()->mapToGlobal(pos));
        });

    for (JobTableModel::Category category : Categories) {
        auto *item = new QListWidgetItem(m_categories);
        item->setData(Qt::UserRole, int(category));
        static const QHash<int, JobState> icons { { int(JobTableModel::Category::Active),
                                                      JobState::Transferring },
            { int(JobTableModel::Category::Paused), JobState::Suspended },
            { int(JobTableModel::Category::Errors), JobState::Error },
            { int(JobTableModel::Category::Finished), JobState::Acknowledged } };
        item->setIcon(category == JobTableModel::Category::All
                ? QIcon(QStringLiteral(":/icons/haul.svg"))
                : StateIcon::forState(icons.value(int(category))));
    }
    m_categories->setCurrentRow(0);
    m_categories->setMaximumWidth(220);
    m_categories->setObjectName(QStringLiteral("categories"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(320);
    m_search->setObjectName(QStringLiteral("search"));

    m_detailsSplitter->addWidget(m_view);
    m_detailsSplitter->addWidget(m_details);
    m_detailsSplitter->setStretchFactor(0, 3);
    m_detailsSplitter->setStretchFactor(1, 2);
    m_sideSplitter->addWidget(m_categories);
    m_sideSplitter->addWidget(m_detailsSplitter);
    m_sideSplitter->setStretchFactor(1, 1);
    m_sideSplitter->setSizes({ 160, 900 });
    setCentralWidget(m_sideSplitter);
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_speedLabel);

    createActions();
    createMenus();
    createTray();

    connect(m_categories, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_filter->setCategory(
                JobTableModel::Category(m_categories->item(row)->data(Qt::UserRole).toInt()));
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &JobFilterModel::setSearchText);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QList<QUuid> jobs = selectedJobs();
        m_details->showJob(jobs.size() == 1 ? jobs.first() : QUuid());
        updateActions();
    });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QUuid id = index.data(JobTableModel::JobIdRole).toUuid();
        const std::optional<Job> job = m_model->job(id);
        if (job && job->state == JobState::Error)
            m_errorPane->inspect(id);
        else if (job && job->state == JobState::Acknowledged)
            openFiles(false);
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions({ m_resume, m_suspend, m_cancel, m_complete, m_remove });
        menu.addSeparator();
        menu.addActions({ m_inspect, m_openFile, m_openFolder, m_copyUrl });
        menu.addSeparator();
        menu.addMenu(m_priorityMenu);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_model, &JobTableModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_model, &JobTableModel::jobsUpdated, this, [this] {
        updateActions();
        updateStatus();
    });
    connect(m_engine, &Engine::jobError, this,
        [this](const QUuid &id, const JobError &error) { onJobError(id, error.description()); });
    connect(m_engine, &Engine::jobTransferred, this, &MainWindow::onJobTransferred);

    applySettings(m_settings);
    retranslate();
    restoreLayout();
    updateActions();
    // The engine says again what happened while no window listened (BITS re-notifies).
    QTimer::singleShot(0, m_engine, &Engine::replayNotifications);
}

MainWindow::~MainWindow()
{
    saveLayout();
}

void MainWindow::createActions()
{
    auto make = [this](QAction **action, const char *icon, QStyle::StandardPixmap fallback,
                    QKeySequence shortcut, void (MainWindow::*slot)()) {
        *action = new QAction(themed(icon, fallback), QString(), this);
        if (!shortcut.isEmpty())
            (*action)->setShortcut(shortcut);
        if (slot)
            connect(*action, &QAction::triggered, this, slot);
        addAction(*action);
    };
    make(&m_add, "list-add", QStyle::SP_FileDialogNewFolder, QKeySequence::New, nullptr);
    connect(m_add, &QAction::triggered, this, [this] { openAddDialog(); });
    make(&m_paste, "edit-paste", QStyle::SP_DialogOpenButton, QKeySequence::Paste,
        &MainWindow::pasteUrls);
    make(&m_resume, "media-playback-start", QStyle::SP_MediaPlay, QKeySequence(),
        &MainWindow::resumeSelected);
    make(&m_suspend, "media-playback-pause", QStyle::SP_MediaPause, QKeySequence(),
        &MainWindow::suspendSelected);
    // Space in the table (an event filter: item views take Space for themselves).
    make(&m_toggle, "", QStyle::SP_MediaPlay, QKeySequence(), &MainWindow::toggleSelected);
    make(&m_cancel, "process-stop", QStyle::SP_DialogCancelButton, QKeySequence::Delete, nullptr);
    connect(m_cancel, &QAction::triggered, this, [this] { cancelSelected(true); });
    make(&m_complete, "dialog-ok", QStyle::SP_DialogApplyButton, QKeySequence(),
        &MainWindow::completeSelected);
    make(
        &m_remove, "edit-clear", QStyle::SP_TrashIcon, QKeySequence(), &MainWindow::removeSelected);
    make(&m_inspect, "dialog-warning", QStyle::SP_MessageBoxWarning,
        QKeySequence(Qt::CTRL | Qt::Key_I), &MainWindow::inspectSelected);
    make(&m_openFile, "document-open", QStyle::SP_FileIcon, QKeySequence(), nullptr);
    connect(m_openFile, &QAction::triggered, this, [this] { openFiles(false); });
    make(&m_openFolder, "folder-open", QStyle::SP_DirOpenIcon,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), nullptr);
    connect(m_openFolder, &QAction::triggered, this, [this] { openFiles(true); });
    make(&m_copyUrl, "edit-copy", QStyle::SP_FileLinkIcon, QKeySequence::Copy,
        &MainWindow::copyUrls);
    make(&m_settingsAction, "preferences-system", QStyle::SP_FileDialogDetailedView,
        QKeySequence::Preferences, &MainWindow::openSettings);
    make(&m_quit, "application-exit", QStyle::SP_DialogCloseButton, QKeySequence::Quit, nullptr);
    connect(m_quit, &QAction::triggered, this, [this] {
        m_quitting = true;
        close();
        QApplication::quit();
    });
    make(&m_showHide, "", QStyle::SP_TitleBarNormalButton, QKeySequence(), nullptr);
    connect(m_showHide, &QAction::triggered, this, [this] {
        if (isVisible() && !isMinimized())
            hide();
        else
            bringToFront();
    });
    make(&m_resumeAll, "media-playback-start", QStyle::SP_MediaPlay, QKeySequence(), nullptr);
    connect(m_resumeAll, &QAction::triggered, this, [this] {
        // Decided on the engine thread, by the jobs' states there, not a tick behind.
        m_engine->post([](Engine &engine) {
            for (const Job &job : engine.jobs())
                if (job.state == JobState::Suspended && !job.files.isEmpty())
                    engine.resume(job.id);
        });
    });
    make(&m_suspendAll, "media-playback-pause", QStyle::SP_MediaPause, QKeySequence(), nullptr);
    connect(m_suspendAll, &QAction::triggered, this, [this] {
        m_engine->post([](Engine &engine) {
            for (const Job &job : engine.jobs())
                if (JobTypes::isActive(job.state) || job.state == JobState::TransientError)
                    engine.suspend(job.id);
        });
    });
    make(&m_about, "help-about", QStyle::SP_MessageBoxInformation, QKeySequence(), nullptr);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Haul"),
            tr("<h3>Haul %1</h3><p>A download manager whose downloads never corrupt and always resume, and whose errors explain themselves.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });

    m_priorityMenu = new QMenu(this);
    for (JobPriority p :
        { JobPriority::Foreground, JobPriority::High, JobPriority::Normal, JobPriority::Low }) {
        auto *action = m_priorityMenu->addAction(QString());
        action->setData(int(p));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, p] { setSelectedPriority(p); });
        m_priorityActions.append(action);
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({ m_add, m_paste });
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_jobMenu = menuBar()->addMenu(QString());
    m_jobMenu->addActions({ m_resume, m_suspend, m_cancel, m_complete, m_remove });
    m_jobMenu->addSeparator();
    m_jobMenu->addActions({ m_inspect, m_openFile, m_openFolder, m_copyUrl });
    m_jobMenu->addSeparator();
    m_jobMenu->addMenu(m_priorityMenu);
    m_jobMenu->addSeparator();
    m_jobMenu->addActions({ m_resumeAll, m_suspendAll });
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);

    m_toolbar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setMovable(false);
    // Beside their icons the toolbar names only the everyday actions, so that it fits in
    // every language; the others say their names in tooltips.
    for (QAction *action : { m_complete, m_inspect, m_openFile, m_openFolder, m_settingsAction })
        action->setPriority(QAction::LowPriority);
    m_toolbar->addActions({ m_add, m_resume, m_suspend, m_cancel, m_complete });
    m_toolbar->addSeparator();
    m_toolbar->addActions({ m_inspect, m_openFile, m_openFolder });
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolbar->addWidget(spacer);
    m_toolbar->addWidget(m_search);
    m_toolbar->addAction(m_settingsAction);
    addToolBar(m_toolbar);
}

void MainWindow::createTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        m_notifier = new Notifier(nullptr, this);
    } else {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_trayMenu = new QMenu(this);
        m_trayMenu->addActions({ m_showHide, m_resumeAll, m_suspendAll });
        m_trayMenu->addSeparator();
        m_trayMenu->addAction(m_quit);
        m_tray->setContextMenu(m_trayMenu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    m_showHide->trigger();
            });
        m_tray->show();
        m_notifier = new Notifier(m_tray, this);
    }
    connect(m_notifier, &Notifier::inspectRequested, this, [this](const QUuid &id) {
        bringToFront();
        m_errorPane->inspect(id);
    });
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Haul"));
    m_fileMenu->setTitle(tr("&File"));
    m_jobMenu->setTitle(tr("&Jobs"));
    m_helpMenu->setTitle(tr("&Help"));
    m_priorityMenu->setTitle(tr("&Priority"));
    m_add->setText(tr("&Add…"));
    m_add->setToolTip(tr("Add downloads (Ctrl+N)"));
    m_paste->setText(tr("&Paste addresses"));
    m_resume->setText(tr("&Resume"));
    m_suspend->setText(tr("&Suspend"));
    m_toggle->setText(tr("Resume or suspend"));
    m_cancel->setText(tr("&Cancel…"));
    m_cancel->setToolTip(tr(
        "Cancel the selected jobs and delete their partial data, or remove finished jobs from the list (Delete)"));
    m_complete->setText(tr("C&omplete"));
    m_complete->setToolTip(tr("Save the finished files under their final names"));
    m_remove->setText(tr("Remove from &list"));
    m_inspect->setText(tr("&Inspect error…"));
    m_openFile->setText(tr("&Open file"));
    m_openFolder->setText(tr("Open &folder"));
    m_copyUrl->setText(tr("Copy &address"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quit->setText(tr("&Quit"));
    m_showHide->setText(tr("Show or hide Haul"));
    m_resumeAll->setText(tr("Resume all"));
    m_suspendAll->setText(tr("Suspend all"));
    m_about->setText(tr("&About Haul"));
    for (QAction *action : std::as_const(m_priorityActions))
        action->setText(JobTypes::priorityDisplayName(JobPriority(action->data().toInt())));
    m_search->setPlaceholderText(tr("Search name or address"));
    m_model->retranslate();
    updateCounts();
    fitToLanguage();
    updateStatus();
}

QList<QUuid> MainWindow::selectedJobs() const
{
    QList<QUuid> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(JobTableModel::JobIdRole).toUuid());
    return ids;
}

void MainWindow::selectJob(const QUuid &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    // Not QTreeView::setCurrentIndex: with a modifier key held it would toggle the row.
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QString MainWindow::jobName(const QUuid &id) const
{
    const int row = m_model->rowOf(id);
    return row < 0 ? QString()
                   : m_model->data(m_model->index(row, JobTableModel::NameColumn)).toString();
}

void MainWindow::fitToLanguage()
{
    const QFontMetrics fm = m_view->fontMetrics();
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    const int sortArrow = 0; // only one column shows it; that one may clip a letter
    auto header = [&](int column) {
        return fm.horizontalAdvance(
                   m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString())
            + padding + sortArrow;
    };
    int state = header(JobTableModel::StateColumn);
    for (int s = int(JobState::Queued); s <= int(JobState::Cancelled); ++s)
        state = qMax(state,
            fm.horizontalAdvance(JobTypes::stateDisplayName(JobState(s))) + 16 + 6 + padding);
    int priority = header(JobTableModel::PriorityColumn);
    for (int p = int(JobPriority::Foreground); p <= int(JobPriority::Low); ++p)
        priority = qMax(priority,
            fm.horizontalAdvance(JobTypes::priorityDisplayName(JobPriority(p))) + padding);
    m_view->setColumnWidth(JobTableModel::StateColumn, state);
    m_view->setColumnWidth(JobTableModel::PriorityColumn, priority);
    for (int column :
        { JobTableModel::SpeedColumn, JobTableModel::TimeLeftColumn, JobTableModel::FilesColumn,
            JobTableModel::AddedColumn, JobTableModel::SizeColumn, JobTableModel::ProgressColumn })
        m_view->setColumnWidth(column, qMax(m_view->columnWidth(column), header(column)));
    // The side list shows its longest category in full.
    const int side = m_categories->sizeHintForColumn(0) + 2 * m_categories->frameWidth() + 12;
    m_categories->setMinimumWidth(side);
    m_categories->setMaximumWidth(qMax(side, 220));
}

void MainWindow::updateActions()
{
    bool canResume = false, canSuspend = false, canCancel = false, canComplete = false,
         canRemove = false, canInspect = false, canOpen = false, any = false;
    int priority = -1;
    for (const QUuid &id : selectedJobs()) {
        const std::optional<Job> job = m_model->job(id);
        if (!job)
            continue;
        any = true;
        const JobState s = job->state;
        canResume = canResume || JobTypes::canResume(s);
        canSuspend = canSuspend || JobTypes::canSuspend(s);
        canCancel = canCancel || !JobTypes::isFinal(s);
        canComplete = canComplete || JobTypes::canComplete(s, job->progress().filesTransferred);
        canRemove = canRemove || JobTypes::isFinal(s);
        canInspect = canInspect || s == JobState::Error || s == JobState::TransientError;
        canOpen = canOpen || !job->files.isEmpty();
        priority = priority == -1 || priority == int(job->priority) ? int(job->priority) : -2;
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
    m_copyUrl->setEnabled(any);
    m_priorityMenu->setEnabled(canCancel);
    for (QAction *action : std::as_const(m_priorityActions))
        action->setChecked(action->data().toInt() == priority);
}

void MainWindow::updateCounts()
{
    for (int i = 0; i < m_categories->count(); ++i) {
        QListWidgetItem *item = m_categories->item(i);
        const auto category = JobTableModel::Category(item->data(Qt::UserRole).toInt());
        const int n = m_model->count(category);
        item->setText(QStringLiteral("%1 (%2)").arg(JobTableModel::categoryName(category)).arg(n));
        QFont font = item->font();
        font.setBold(category == JobTableModel::Category::Errors && n > 0);
        item->setFont(font);
    }
    updateStatus();
}

void MainWindow::updateStatus()
{
    const int active = m_model->count(JobTableModel::Category::Active);
    const int errors = m_model->count(JobTableModel::Category::Errors);
    QString counts = tr("%n job(s)", nullptr, m_model->count(JobTableModel::Category::All))
        + QStringLiteral(" · ") + tr("%n active", nullptr, active);
    if (errors > 0)
        counts += QStringLiteral(" · ") + tr("%n in error", nullptr, errors);
    m_countLabel->setText(counts);
    const double speed = m_model->totalSpeed();
    const QString speedText = speed > 0 ? Format::speed(speed) : tr("idle");
    m_speedLabel->setText(speedText);
    if (m_tray)
        m_tray->setToolTip(
            tr("Haul — %1")
                .arg(speed > 0 ? tr("%1, %n active", nullptr, active).arg(speedText) : speedText));
}

AddJobDialog *MainWindow::openAddDialog(const QString &urlsText)
{
    auto *dialog = new AddJobDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!urlsText.isEmpty())
        dialog->setUrlsText(urlsText);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AddJobDialog::Request r = dialog->request();
        addJobs(r.urls, r.folder, r.name, r.priority, r.startPaused, r.oneJob, r.sha256,
            [this](bool added, const QString &problem) {
                if (!added)
                    QMessageBox::warning(this, tr("Could not add"), problem);
            });
    });
    dialog->show();
    return dialog;
}

void MainWindow::addJobs(const QList<QUrl> &urls, const QString &folder, const QString &name,
    JobPriority priority, bool startPaused, bool oneJob, const QString &sha256,
    std::function<void(bool added, const QString &problem)> done)
{
    QList<QList<QUrl>> groups;
    if (oneJob)
        groups.append(urls);
    else
        for (const QUrl &url : urls)
            groups.append({ url });
    const AppSettings settings = m_settings;
    // The whole chain runs on the engine thread; the window hears how it ended.
    auto work = [=](Engine &engine) {
        QUuid last;
        for (const QList<QUrl> &group : groups) {
            QUuid id;
            CallResult r = engine.createJob(name, priority, &id);
            for (const QUrl &url : group) {
                if (r.ok())
                    r = engine.addFile(id, url, folder, group.size() == 1 ? sha256 : QString());
            }
            if (r.ok())
                r = engine.setMinimumRetryDelay(id, settings.retryDelay);
            if (r.ok())
                r = engine.setNoProgressTimeout(id, settings.noProgressTimeout);
            if (r.ok())
                r = engine.setConnections(id, settings.connections);
            if (r.ok())
                r = engine.setProxy(id, settings.defaultProxy);
            if (r.ok() && !startPaused)
                r = engine.resume(id);
            if (!r.ok()) {
                if (!id.isNull()) {
                    engine.cancel(id);
                    engine.removeJob(id);
                }
                return qMakePair(r, QUuid());
            }
            last = id;
        }
        return qMakePair(CallResult(), last);
    };
    m_engine->post(this, work, [this, done](const QPair<CallResult, QUuid> &outcome) {
        const CallResult &r = outcome.first;
        if (r.ok())
            QTimer::singleShot(400, this, [this, last = outcome.second] { selectJob(last); });
        if (done)
            done(r.ok(),
                r.ok() ? QString()
                       : tr("%1 (%2)%3")
                             .arg(ErrorCode::description(r.code), ErrorCode::hex(r.code),
                                 r.details.isEmpty() ? QString() : QStringLiteral(": ") + r.details));
    });
}

void MainWindow::resumeSelected()
{
    const QList<QUuid> ids = selectedJobs();
    m_engine->post([ids](Engine &engine) {
        for (const QUuid &id : ids)
            engine.resume(id);
    });
}

void MainWindow::suspendSelected()
{
    const QList<QUuid> ids = selectedJobs();
    m_engine->post([ids](Engine &engine) {
        for (const QUuid &id : ids)
            engine.suspend(id);
    });
}

void MainWindow::toggleSelected()
{
    QList<QUuid> toResume, toSuspend;
    for (const QUuid &id : selectedJobs()) {
        const std::optional<Job> job = m_model->job(id);
        if (!job || JobTypes::isFinal(job->state))
            continue;
        if (JobTypes::canResume(job->state))
            toResume.append(id);
        else
            toSuspend.append(id);
    }
    m_engine->post([toResume, toSuspend](Engine &engine) {
        for (const QUuid &id : toResume)
            engine.resume(id);
        for (const QUuid &id : toSuspend)
            engine.suspend(id);
    });
}

void MainWindow::cancelSelected(bool ask)
{
    QList<QUuid> toCancel, toRemove;
    for (const QUuid &id : selectedJobs()) {
        const std::optional<Job> job = m_model->job(id);
        if (job)
            (JobTypes::isFinal(job->state) ? toRemove : toCancel).append(id);
    }
    if (toCancel.isEmpty() && toRemove.isEmpty())
        return;
    if (ask) {
        QString text;
        if (!toCancel.isEmpty())
            text += tr(
                "Cancel %n job(s)? Their partial data is deleted; files already saved are kept.",
                nullptr, int(toCancel.size()));
        if (!toRemove.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral("\n\n"))
                + tr("Remove %n finished job(s) from the list? Their files are not touched.",
                    nullptr, int(toRemove.size()));
        if (QMessageBox::question(this, tr("Cancel or remove"), text,
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
    }
    m_engine->post([toCancel, toRemove](Engine &engine) {
        for (const QUuid &id : toCancel)
            engine.cancel(id);
        for (const QUuid &id : toRemove)
            engine.removeJob(id);
    });
}

void MainWindow::completeSelected()
{
    const QList<QUuid> ids = selectedJobs();
    auto work = [ids](Engine &engine) {
        QList<QPair<QUuid, CallResult>> refused;
        for (const QUuid &id : ids)
            if (const CallResult r = engine.complete(id); !r.ok())
                refused.append({ id, r });
        return refused;
    };
    m_engine->post(this, work, [this](const QList<QPair<QUuid, CallResult>> &refused) {
        QStringList problems;
        for (const auto &[id, r] : refused)
            problems << tr("%1: %2 (%3)")
                            .arg(jobName(id), ErrorCode::description(r.code),
                                ErrorCode::hex(r.code));
        if (!problems.isEmpty())
            QMessageBox::warning(
                this, tr("Could not complete"), problems.join(QLatin1Char('\n')));
    });
}

void MainWindow::removeSelected()
{
    const QList<QUuid> ids = selectedJobs();
    m_engine->post([ids](Engine &engine) {
        for (const QUuid &id : ids)
            engine.removeJob(id);
    });
}

void MainWindow::inspectSelected()
{
    const QList<QUuid> ids = selectedJobs();
    for (const QUuid &id : ids) {
        const std::optional<Job> job = m_model->job(id);
        if (job && (job->state == JobState::Error || job->state == JobState::TransientError)) {
            m_errorPane->inspect(id);
            return;
        }
    }
}

void MainWindow::copyUrls()
{
    QStringList urls;
    for (const QUuid &id : selectedJobs()) {
        if (const std::optional<Job> job = m_model->job(id))
            for (const JobFile &f : job->files)
                urls << f.remoteUrl.toString();
    }
    if (!urls.isEmpty())
        QApplication::clipboard()->setText(urls.join(QLatin1Char('\n')));
}

void MainWindow::pasteUrls()
{
    if (m_search->hasFocus()) {
        m_search->paste();
        return;
    }
    const QString text = QApplication::clipboard()->text();
    openAddDialog(AddJobDialog::urlsIn(text).isEmpty() ? QString() : text);
}

void MainWindow::setSelectedPriority(JobPriority priority)
{
    const QList<QUuid> ids = selectedJobs();
    m_engine->post([ids, priority](Engine &engine) {
        for (const QUuid &id : ids)
            engine.setPriority(id, priority);
    });
}

void MainWindow::openFiles(bool folder)
{
    for (const QUuid &id : selectedJobs()) {
        const std::optional<Job> job = m_model->job(id);
        if (!job || job->files.isEmpty())
            continue;
        const JobFile &f = job->files.first();
        QString path = f.completed ? f.localPath : QString();
        if (folder || path.isEmpty())
            path = f.localPath.isEmpty() ? f.folder : QFileInfo(f.localPath).absolutePath();
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    }
}

void MainWindow::onJobError(const QUuid &id, const QString &description)
{
    m_errorPane->enqueue(id);
    if (m_settings.notifications && (!isActiveWindow() || isMinimized()))
        m_notifier->jobFailed(id, jobName(id), description);
}

void MainWindow::onJobTransferred(const QUuid &id)
{
    // As a BITS application does: on Transferred, Complete makes the files final.
    m_engine->post(
        this, [id](Engine &engine) { return engine.complete(id); },
        [this, id](const CallResult &r) {
            if (!r.ok()) {
                QMessageBox::warning(this, tr("Could not save the files"),
                    tr("%1: %2 (%3)%4")
                        .arg(jobName(id), ErrorCode::description(r.code), ErrorCode::hex(r.code),
                            r.details.isEmpty() ? QString() : QStringLiteral("\n") + r.details));
                return;
            }
            if (m_settings.notifications && (!isActiveWindow() || isMinimized()))
                m_notifier->jobFinished(id, jobName(id));
        });
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_engine, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppSettings s = dialog.settings();
    s.save();
    applySettings(s);
}

void MainWindow::applySettings(const AppSettings &settings)
{
    // The language in use at start-up is applied before the window exists; a change is
    // applied at once, every open window following it.
    const bool languageChanged = settings.language != m_settings.language;
    m_settings = settings;
    settings.applyTo(m_engine);
    if (languageChanged)
        Languages::apply(settings.language);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitting && m_settings.closeToTray && m_tray && m_tray->isVisible()) {
        hide();
        event->ignore();
        return;
    }
    saveLayout();
    m_errorPane->hide();
    event->accept();
    QApplication::quit();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->source() == m_view || event->source() == m_view->viewport())
        return;
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList lines;
    for (const QUrl &url : event->mimeData()->urls())
        if (!url.isLocalFile())
            lines << url.toString();
    if (lines.isEmpty())
        lines << event->mimeData()->text();
    openAddDialog(lines.join(QLatin1Char('\n')));
    event->acceptProposedAction();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            toggleSelected();
            return true;
        }
        if (key->matches(QKeySequence::Copy)) { // the view would copy one cell's text
            copyUrls();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::restoreLayout()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_view->header()->restoreState(s.value(QStringLiteral("window/columns")).toByteArray());
    m_sideSplitter->restoreState(s.value(QStringLiteral("window/sideSplitter")).toByteArray());
    m_detailsSplitter->restoreState(
        s.value(QStringLiteral("window/detailsSplitter")).toByteArray());
    if (!s.contains(QStringLiteral("window/geometry")))
        resize(1180, 720);
}

void MainWindow::saveLayout()
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/columns"), m_view->header()->saveState());
    s.setValue(QStringLiteral("window/sideSplitter"), m_sideSplitter->saveState());
    s.setValue(QStringLiteral("window/detailsSplitter"), m_detailsSplitter->saveState());
}
