#pragma once

#include "ui/appsettings.h"

#include <QDialog>

class Engine;
class QCheckBox;
class SchedulePage;
class FolderRulesPage;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

// Settings, on three pages (General, Downloads, Network): default folder, parallel jobs, retry
// delay, no-progress timeout, stall timeout, connections per file and per server, the proxy of new
// jobs, notifications, close to tray and the language; with an engine, also the server certificates
// the user trusted, which can be removed (on OK).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(
        const AppSettings &settings, Engine *engine = nullptr, QWidget *parent = nullptr);
    AppSettings settings() const;
    QTreeWidget *trustedCertificates() const { return m_certificates; }
    void accept() override;

private:
    AppSettings m_original;
    QLineEdit *m_folder;
    QSpinBox *m_parallel;
    QSpinBox *m_retryDelay;
    QSpinBox *m_noProgress;
    QSpinBox *m_stall;
    QSpinBox *m_connections;
    QSpinBox *m_filesAtOnce;
    QSpinBox *m_connectionsPerHost;
    QSpinBox *m_speedLimit;
    QCheckBox *m_notifications;
    QCheckBox *m_closeToTray;
    QCheckBox *m_browserAddAtOnce;
    QComboBox *m_language;
    QComboBox *m_proxyMode; // system / none / manual
    QLineEdit *m_proxyList;
    QLineEdit *m_proxyBypass;
    QLabel *m_proxyProblem;
    static QFormLayout *newPageForm(QWidget *page);
    QWidget *createGeneralPage(const AppSettings &settings);
    QWidget *createDownloadsPage(const AppSettings &settings);
    QWidget *createNetworkPage(const AppSettings &settings);
    void addProxyRows(QFormLayout *form, const ProxySettings &proxy);
    void addCertificateRows(QFormLayout *form); // the trusted ones, with Remove
    bool proxyFromFields(ProxySettings *proxy, QString *problem) const;
    Engine *m_engine;
    SchedulePage *m_schedulePage = nullptr; // Settings → Schedule
    FolderRulesPage *m_folderRules = nullptr; // Settings → Folders (saved on OK)
    QTreeWidget *m_certificates = nullptr;
    QList<QPair<QString, QString>> m_revoked; // (host, SHA-256), applied on OK
};
