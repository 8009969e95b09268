#pragma once

#include "core/model/jobtypes.h"
#include "core/protocol/browsermessage.h"
#include "ui/appsettings.h"
#include "ui/categorylist.h"
#include "ui/jobactions.h"
#include "ui/jobview.h"

#include <QMainWindow>
#include <QUuid>
#include <functional>

class AddJobDialog;
class ClipboardWatcher;
class BrowserIntake;
class LinkRenewalPrompt;
class Engine;
class ErrorPane;
class JobDetails;
class JobFilterModel;
class JobTableModel;
class MainActions;
class Notifier;
class QLabel;
class QLineEdit;
class QSplitter;
class QSystemTrayIcon;
class QToolBar;

// Haul's window: the jobs with their progress, a side list of categories, the details of
// the selected job, the error pane, the tray icon. Every change goes through the Engine;
// the window only shows what the Engine says. It composes the parts: JobView, CategoryList,
// MainActions (actions, menus, toolbar), TrayIcon, JobDetails, ErrorPane.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Engine *engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    JobTableModel *model() const { return m_model; }
    JobFilterModel *filter() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    ErrorPane *errorPane() const { return m_errorPane; }
    JobDetails *details() const { return m_details; }
    QListWidget *categories() const { return m_categories; }
    QLineEdit *searchBox() const { return m_search; }
    QSystemTrayIcon *tray() const { return m_tray; }
    QList<QUuid> selectedJobs() const;
    void selectJob(const QUuid &id);

    // Creates the jobs an Add dialog asked for, on the engine thread; `done` then hears
    // whether they were added, or why not. 0 connections: the default; 0 rate: no limit.
    void addJobs(const QList<QUrl> &urls, const QString &folder, const QString &name,
        JobPriority priority, bool startPaused, bool oneJob, const QString &sha256,
        std::function<void(bool added, const QString &problem)> done = {},
        const QList<BrowserDownload> &fromBrowser = {}, int connections = 0, qint64 rateLimit = 0);
    // Non-modal; a URL of `fromBrowser` becomes a job with that download's name and headers.
    AddJobDialog *openAddDialog(
        const QString &urlsText = QString(), const QList<BrowserDownload> &fromBrowser = {});
    // Downloads the browser extension handed over, in the Add dialog.
    void offerBrowserDownloads(const QList<BrowserDownload> &downloads);
    // The owner's intake of browser downloads, for renewing expired links (none in tests).
    void setBrowserIntake(BrowserIntake *intake);
    LinkRenewalPrompt *linkRenewal() const { return m_linkRenewal; }
    void applySettings(const AppSettings &settings);
    void bringToFront();
    void quit(); // leaves even when closing would only hide the window in the tray
    void openSettings();
    // The hint shown once when closing only hid the window in the tray (empty before).
    QString trayHint() const { return m_trayHint; }

    // What the window does to the selected downloads (JobActions); the forwarders below
    // are the usual ones.
    JobActions *jobActions() const { return m_jobActions; }
    void openFiles(bool folder) { m_jobActions->openFiles(folder); }
    void resumeSelected() { m_jobActions->resume(); }
    void suspendSelected() { m_jobActions->suspend(); }
    void toggleSelected() { m_jobActions->toggle(); } // Space
    void cancelSelected(bool ask = true) { m_jobActions->cancel(ask); }
    void completeSelected() { m_jobActions->complete(); }
    void removeSelected() { m_jobActions->remove(); }
    void copyUrls() { m_jobActions->copyUrls(); }
    void setSelectedPriority(JobPriority priority) { m_jobActions->setPriority(priority); }
    void inspectSelected();
    void pasteUrls();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createTray();
    void watchClipboard();
    void connectSignals();
    void retranslate();
    void updateActions();
    void updateCounts();
    void updateStatus();
    void onJobError(const QUuid &id, const QString &description);
    void onJobTransferred(const QUuid &id);
    void showTrayHintOnce();
    void restoreLayout();
    void saveLayout();
    QString jobName(const QUuid &id) const;

    Engine *m_engine;
    AppSettings m_settings;
    JobTableModel *m_model;
    JobFilterModel *m_filter;
    JobView *m_view = nullptr;
    CategoryList *m_categories;
    QLineEdit *m_search;
    JobDetails *m_details;
    ErrorPane *m_errorPane;
    QSplitter *m_sideSplitter;
    QSplitter *m_detailsSplitter;
    QToolBar *m_toolbar;
    QLabel *m_speedLabel;
    QLabel *m_countLabel;
    QSystemTrayIcon *m_tray = nullptr;
    Notifier *m_notifier = nullptr;
    ClipboardWatcher *m_clipboard = nullptr;
    LinkRenewalPrompt *m_linkRenewal = nullptr;
    MainActions *m_actions = nullptr;
    JobActions *m_jobActions = nullptr;
    QString m_trayHint;
    bool m_quitting = false;
};
