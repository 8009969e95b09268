#include "ui/mainwindow.h"

#include "core/engine/engine.h"
#include "core/engine/jobmaker.h"
#include "core/l10n/format.h"
#include "core/l10n/languages.h"
#include "core/model/errorcodes.h"
#include "core/protocol/browserintake.h"
#include "ui/addjobdialog.h"
#include "ui/clipboardwatcher.h"
#include "ui/downloadtotals.h"
#include "ui/errorpane.h"
#include "ui/jobdetails.h"
#include "ui/jobfiltermodel.h"
#include "ui/jobtablemodel.h"
#include "ui/linkrenewalprompt.h"
#include "ui/mainactions.h"
#include "ui/schedulelabel.h"
#include "ui/notifier.h"
#include "ui/settingsdialog.h"
#include "ui/trayicon.h"
#include "ui/windowlayout.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>

MainWindow::MainWindow(Engine *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_settings(AppSettings::load())
    , m_model(new JobTableModel(engine, this))
    , m_filter(new JobFilterModel(this))
    , m_categories(new CategoryList)
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

    m_view = new JobView(m_model, m_filter);
    m_view->installEventFilter(this);

    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(320);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Search downloads"));

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
    statusBar()->addPermanentWidget(new ScheduleLabel(m_engine)); // hidden when none applies
    statusBar()->addPermanentWidget(m_speedLabel);

    m_jobActions = new JobActions(this, m_engine, m_model);
    m_actions = new MainActions(this, m_engine);
    m_actions->createMenus(menuBar(), m_toolbar, m_search);
    addToolBar(m_toolbar);
    createTray();
    connectSignals();
    watchClipboard();

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

void MainWindow::connectSignals()
{
    connect(m_categories, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_filter->setCategory(m_categories->category(row));
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
    connect(
        m_view, &JobView::linksDropped, this, [this](const QString &text) { openAddDialog(text); });
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        m_actions->fillContextMenu(&menu);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_model, &JobTableModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_model, &JobTableModel::jobsUpdated, this, [this] {
        updateActions();
        updateStatus();
    });
    connect(m_engine, &Engine::jobError, this, [this](const QUuid &id, const JobError &error) {
        // An error the user was shown before (the engine repeats each at every start) stays
        // listed, with its pane a Ctrl+I away, but is not announced again.
        if (m_errorPane->announces(id, error))
            onJobError(id, error.description());
    });
    connect(m_engine, &Engine::jobTransferred, this, &MainWindow::onJobTransferred);
}

void MainWindow::createTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        m_notifier = new Notifier(nullptr, this);
    } else {
        m_tray = new TrayIcon(windowIcon(), m_actions, this);
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
    m_actions->retranslate();
    m_search->setPlaceholderText(tr("Search name or address"));
    m_model->retranslate();
    updateCounts();
    m_view->fitToLanguage();
    m_categories->fitToLanguage();
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

void MainWindow::updateActions()
{
    QList<Job> selected;
    for (const QUuid &id : selectedJobs())
        if (const std::optional<Job> job = m_model->job(id))
            selected.append(*job);
    m_actions->updateFor(selected);
}

void MainWindow::updateCounts()
{
    m_categories->updateCounts(m_model);
    updateStatus();
}

void MainWindow::updateStatus()
{
    const int errors = m_model->count(JobTableModel::Category::Errors);
    const DownloadTotals totals = DownloadTotals::of(m_model->jobs(), m_model->totalSpeed());
    QString counts = tr("%n download(s)", nullptr, m_model->count(JobTableModel::Category::All));
    if (totals.running > 0)
        counts += QStringLiteral(" · ") + totals.text();
    if (errors > 0)
        counts += QStringLiteral(" · ") + tr("%n in error", nullptr, errors);
    m_countLabel->setText(counts);
    const double speed = totals.speed;
    m_speedLabel->setText(speed > 0 ? Format::speed(speed) : tr("idle"));
    if (m_tray)
        m_tray->setToolTip(tr("Haul — %1").arg(totals.text()));
}

AddJobDialog *MainWindow::openAddDialog(
    const QString &urlsText, const QList<BrowserDownload> &fromBrowser)
{
    auto *dialog = new AddJobDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!urlsText.isEmpty())
        dialog->setUrlsText(urlsText);
    connect(dialog, &QDialog::accepted, this, [this, dialog, fromBrowser] {
        const AddJobDialog::Request r = dialog->request();
        addJobs(
            r.urls, r.folder, r.name, r.priority, r.startPaused, r.oneJob, r.sha256,
            [this](bool added, const QString &problem) {
                if (!added)
                    QMessageBox::warning(this, tr("Could not add"), problem);
            },
            fromBrowser, r.connections, r.rateLimit);
    });
    dialog->show();
    return dialog;
}

void MainWindow::offerBrowserDownloads(const QList<BrowserDownload> &downloads)
{
    QStringList urls;
    for (const BrowserDownload &d : downloads)
        urls.append(d.url.toString(QUrl::FullyEncoded));
    bringToFront();
    AddJobDialog *dialog = openAddDialog(urls.join(QLatin1Char('\n')), downloads);
    dialog->setOneJob(false); // each with its own cookies and name
}

void MainWindow::setBrowserIntake(BrowserIntake *intake)
{
    delete m_linkRenewal;
    m_linkRenewal = new LinkRenewalPrompt(intake, m_engine, this, statusBar());
    m_errorPane->setLinkRenewal(m_linkRenewal);
}

void MainWindow::addJobs(const QList<QUrl> &urls, const QString &folder, const QString &name,
    JobPriority priority, bool startPaused, bool oneJob, const QString &sha256,
    std::function<void(bool added, const QString &problem)> done,
    const QList<BrowserDownload> &fromBrowser, int connections, qint64 rateLimit)
{
    QList<NewJob> jobs = BrowserIntake::newJobs(urls, oneJob, folder, fromBrowser);
    for (NewJob &job : jobs) {
        job.name = name;
        job.priority = priority;
        job.startPaused = startPaused;
        job.connections = connections;
        job.rateLimit = rateLimit;
        if (job.files.size() == 1)
            job.files.first().expectedSha256 = sha256;
    }
    const AppSettings settings = m_settings;
    // The whole chain runs on the engine thread; the window hears how it ended.
    auto work = [=](Engine &engine) {
        QUuid last;
        for (const NewJob &job : jobs) {
            const auto made = JobMaker::make(engine, job, settings);
            if (!made.first.ok())
                return made;
            last = made.second;
        }
        return qMakePair(CallResult(), last);
    };
    m_engine->post(this, work, [this, done](const QPair<CallResult, QUuid> &outcome) {
        const CallResult &r = outcome.first;
        if (r.ok())
            QTimer::singleShot(400, this, [this, last = outcome.second] { selectJob(last); });
        if (done)
            done(r.ok(),
                r.ok()
                    ? QString()
                    : tr("%1 (%2)%3")
                          .arg(ErrorCode::description(r.code), ErrorCode::hex(r.code),
                              r.details.isEmpty() ? QString() : QStringLiteral(": ") + r.details));
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

void MainWindow::pasteUrls()
{
    if (m_search->hasFocus()) {
        m_search->paste();
        return;
    }
    const QString text = QApplication::clipboard()->text();
    openAddDialog(AddJobDialog::urlsIn(text).isEmpty() ? QString() : text);
}

void MainWindow::onJobError(const QUuid &id, const QString &description)
{
    m_errorPane->enqueue(id);
    const std::optional<Job> job = m_model->job(id);
    const bool ownProgram = job && !job->notifyProgram.isEmpty(); // it replaces the notification
    if (!ownProgram && m_settings.notifications && (!isActiveWindow() || isMinimized()))
        m_notifier->jobFailed(id, jobName(id), description);
}

void MainWindow::onJobTransferred(const QUuid &id)
{
    // As a BITS application does: on Transferred, Complete makes the files final.
    // A job with its own program (setnotifycmdline) is the program's to complete, as in BITS;
    // it replaces the notification too.
    m_engine->post(
        this,
        [id](Engine &engine) {
            const std::optional<Job> job = engine.job(id);
            return job && !job->notifyProgram.isEmpty() ? CallResult { ErrorCode::E_InvalidState }
                                                        : engine.complete(id);
        },
        [this, id](const CallResult &r) {
            if (r.code == ErrorCode::E_InvalidState)
                return;
            if (!r.ok()) {
                QMessageBox::warning(this, tr("Could not save the files"),
                    tr("%1: %2 (%3)%4")
                        .arg(jobName(id), ErrorCode::description(r.code), ErrorCode::hex(r.code),
                            r.details.isEmpty() ? QString() : QStringLiteral("\n") + r.details));
                return;
            }
            m_jobActions->filesSaved(id); // Open when done, Run…: the files are final now
            if (m_settings.notifications && (!isActiveWindow() || isMinimized()))
                m_notifier->jobFinished(id,
                    tr("%1\n%2").arg(jobName(id),
                        DownloadTotals::of(m_model->jobs(), m_model->totalSpeed())
                            .afterFinishing()));
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
    if (m_clipboard)
        m_clipboard->setEnabled(settings.clipboardCapture);
    if (languageChanged)
        Languages::apply(settings.language);
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    QApplication::quit();
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
        showTrayHintOnce();
        return;
    }
    saveLayout();
    m_errorPane->hide();
    event->accept();
    QApplication::quit();
}

// Once: a closed window that only hid must not look like a Haul that quit.
void MainWindow::showTrayHintOnce()
{
    QSettings s;
    if (s.value(QStringLiteral("window/trayHintShown")).toBool())
        return;
    s.setValue(QStringLiteral("window/trayHintShown"), true);
    m_trayHint = tr("Haul keeps downloading in the tray; Quit from its menu.");
    m_tray->showMessage(tr("Haul is still running"), m_trayHint, windowIcon(), 8000);
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
    openAddDialog(JobView::linksIn(event->mimeData()));
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
            m_jobActions->copyUrls();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::restoreLayout()
{
    WindowLayout(this, m_view->header(), { m_sideSplitter, m_detailsSplitter }).restore();
}

void MainWindow::saveLayout()
{
    WindowLayout(this, m_view->header(), { m_sideSplitter, m_detailsSplitter }).save();
}

// Clipboard capture: a copied link to a file is offered by notification, else in the status
// bar; accepting opens the Add dialog with it (its folder picked by the folder rules).
void MainWindow::watchClipboard()
{
    m_clipboard = new ClipboardWatcher(QApplication::clipboard(), this);
    auto add = [this](const QUrl &url) {
        bringToFront();
        openAddDialog(url.toString(QUrl::FullyEncoded));
    };
    connect(m_clipboard, &ClipboardWatcher::addRequested, this, add);
    connect(m_notifier, &Notifier::addLinkRequested, this, add);
    connect(m_clipboard, &ClipboardWatcher::linkOffered, this, [this](const QUrl &url) {
        if (!m_notifier->offerLink(url))
            m_clipboard->offerInStatusBar(statusBar(), url);
    });
}
