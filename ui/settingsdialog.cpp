#include "ui/settingsdialog.h"
#include "ui/schedulepage.h"
#include "ui/folderrulespage.h"

#include "core/engine/engine.h"
#include "core/http/proxychoice.h"
#include "core/l10n/format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(const AppSettings &settings, Engine *engine, QWidget *parent)
    : QDialog(parent)
    , m_original(settings)
    , m_folder(new QLineEdit(QDir::toNativeSeparators(settings.defaultFolder)))
    , m_parallel(new QSpinBox)
    , m_retryDelay(new QSpinBox)
    , m_noProgress(new QSpinBox)
    , m_stall(new QSpinBox)
    , m_connections(new QSpinBox)
    , m_filesAtOnce(new QSpinBox)
    , m_connectionsPerHost(new QSpinBox)
    , m_speedLimit(new QSpinBox)
    , m_notifications(new QCheckBox(tr("Tell me when a download finishes or fails")))
    , m_closeToTray(new QCheckBox(tr("Closing the window keeps Haul running in the tray")))
    , m_browserAddAtOnce(new QCheckBox(tr("Add downloads from the browser without asking")))
    , m_language(new QComboBox)
    , m_proxyMode(new QComboBox)
    , m_proxyList(new QLineEdit)
    , m_proxyBypass(new QLineEdit)
    , m_proxyProblem(new QLabel)
    , m_engine(engine)
{
    setWindowTitle(tr("Settings"));
    // Pages, so that the dialog fits a small screen in every language.
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("settingsPages"));
    tabs->setAccessibleName(tr("Settings pages"));
    tabs->tabBar()->setAccessibleName(tabs->accessibleName());
    QWidget *general = createGeneralPage(settings);
    QWidget *downloads = createDownloadsPage(settings);
    QWidget *network = createNetworkPage(settings);
    tabs->addTab(general, tr("General"));
    tabs->addTab(downloads, tr("Downloads"));
    tabs->addTab(network, tr("Network"));
    m_schedulePage = new SchedulePage(Schedule::load());
    tabs->addTab(m_schedulePage, tr("Schedule"));
    m_folderRules = new FolderRulesPage(
        FolderRules::load(), settings.defaultFolder, settings.clipboardCapture);
    tabs->addTab(m_folderRules, tr("Folders"));
    // The stack lowers the pages it takes: raised again in order, its children are in the
    // order the pages are shown in, as a search of the dialog's children expects.
    for (QWidget *page : { general, downloads, network, static_cast<QWidget *>(m_schedulePage) })
        page->raise();
    m_folderRules->raise(); // after the others, as it is shown
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *column = new QVBoxLayout(this);
    column->addWidget(tabs);
    column->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QFormLayout *SettingsDialog::newPageForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

QWidget *SettingsDialog::createGeneralPage(const AppSettings &settings)
{
    auto *page = new QWidget;
    QFormLayout *form = newPageForm(page);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setAutoDefault(false); // Enter is OK, never the folder picker
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("Default folder:"));
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    // Language names in their own language, as every desktop shows them.
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));
    form->addRow(tr("Language:"), m_language);
    m_notifications->setChecked(settings.notifications);
    form->addRow(QString(), m_notifications);
    m_closeToTray->setChecked(settings.closeToTray);
    form->addRow(QString(), m_closeToTray);
    m_browserAddAtOnce->setChecked(settings.browserAddAtOnce);
    m_browserAddAtOnce->setToolTip(
        tr("Off: a download the browser extension hands over opens the Add dialog first."));
    form->addRow(QString(), m_browserAddAtOnce);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Default folder"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    return page;
}

QWidget *SettingsDialog::createDownloadsPage(const AppSettings &settings)
{
    auto *page = new QWidget;
    QFormLayout *form = newPageForm(page);
    m_parallel->setRange(1, 32);
    m_parallel->setValue(settings.parallelJobs);
    m_parallel->setToolTip(tr("Foreground downloads always run; this limits the others."));
    form->addRow(tr("Downloads at the same time:"), m_parallel);
    m_retryDelay->setRange(1, 3600);
    m_retryDelay->setSuffix(tr(" s"));
    m_retryDelay->setValue(settings.retryDelay);
    form->addRow(tr("First retry after:"), m_retryDelay);
    m_noProgress->setRange(0, 24 * 30);
    m_noProgress->setSuffix(tr(" h"));
    m_noProgress->setSpecialValueText(tr("at the first error"));
    m_noProgress->setValue(settings.noProgressTimeout / 3600);
    form->addRow(tr("Give up after no progress for:"), m_noProgress);
    m_stall->setRange(5, 3600);
    m_stall->setSuffix(tr(" s"));
    m_stall->setValue(settings.stallTimeout);
    m_stall->setToolTip(tr("A connection that receives nothing for this long is retried."));
    form->addRow(tr("Stalled connection after:"), m_stall);
    m_connections->setRange(1, 16);
    m_connections->setValue(settings.connections);
    m_connections->setToolTip(tr(
        "A large file from a server that allows it is fetched over this many connections at once."));
    form->addRow(tr("Connections per file:"), m_connections);
    m_connectionsPerHost->setObjectName(QStringLiteral("connectionsPerHost"));
    m_connectionsPerHost->setRange(1, 64);
    m_connectionsPerHost->setValue(settings.connectionsPerHost);
    m_connectionsPerHost->setToolTip(tr("Every download together opens at most this many "
                                        "connections to one server; more files wait their turn."));
    form->addRow(tr("Connections per server:"), m_connectionsPerHost);
    m_filesAtOnce->setRange(1, 32);
    m_filesAtOnce->setValue(settings.filesAtOnce);
    form->addRow(tr("Files of a download at once:"), m_filesAtOnce);
    m_speedLimit->setRange(0, 10 * 1024 * 1024);
    m_speedLimit->setSingleStep(64);
    m_speedLimit->setSuffix(tr(" KiB/s"));
    m_speedLimit->setSpecialValueText(tr("no limit"));
    m_speedLimit->setValue(settings.speedLimitKiB);
    form->addRow(tr("Speed limit for all downloads:"), m_speedLimit);
    return page;
}

QWidget *SettingsDialog::createNetworkPage(const AppSettings &settings)
{
    auto *page = new QWidget;
    QFormLayout *form = newPageForm(page);
    addProxyRows(form, settings.defaultProxy);
    if (m_engine)
        addCertificateRows(form);
    return page;
}

void SettingsDialog::addCertificateRows(QFormLayout *form)
{
    // Certificates trusted from the error pane (or haul trustcert), each for one host.
    m_certificates = new QTreeWidget;
    m_certificates->setObjectName(QStringLiteral("trustedCertificates"));
    m_certificates->setRootIsDecorated(false);
    m_certificates->setAccessibleName(tr("Trusted certificates")); // a table has no buddy
    m_certificates->setHeaderLabels(
        { tr("Server"), tr("Certificate"), tr("Valid until"), tr("SHA-256") });
    m_certificates->setMinimumHeight(90);
    // Each heading whole, in every language ("Valid until" is long in Russian).
    for (int column = 0; column < 3; ++column)
        m_certificates->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Read from the store on the engine thread; the list fills in when it answers.
    m_engine->post(
        this, [](Engine &engine) { return engine.trustedCertificates(); },
        [this](const QList<CertificateInfo> &certificates) {
            for (const CertificateInfo &c : certificates) {
                auto *item = new QTreeWidgetItem(
                    { c.host, c.subject, Format::fullDate(c.notAfter), c.fingerprint() });
                item->setData(0, Qt::UserRole, c.sha256);
                item->setToolTip(3, c.fingerprint());
                m_certificates->addTopLevelItem(item);
            }
        });
    auto *remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("removeCertificate"));
    remove->setEnabled(false);
    auto *column = new QVBoxLayout;
    column->addWidget(m_certificates);
    column->addWidget(remove, 0, Qt::AlignLeft);
    auto *label = new QLabel(tr("Trusted certificates:"));
    label->setBuddy(m_certificates);
    form->addRow(label, column);
    connect(m_certificates, &QTreeWidget::currentItemChanged, remove,
        [remove](QTreeWidgetItem *current) { remove->setEnabled(current != nullptr); });
    connect(remove, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_certificates->currentItem();
        if (!item)
            return;
        m_revoked.append({ item->text(0), item->data(0, Qt::UserRole).toString() });
        delete item;
    });
}

void SettingsDialog::addProxyRows(QFormLayout *form, const ProxySettings &proxy)
{
    m_proxyMode->setObjectName(QStringLiteral("proxyMode"));
    m_proxyMode->addItem(tr("System: the environment's proxy, else the desktop's"),
        int(ProxySettings::Mode::System));
    m_proxyMode->addItem(tr("None: connect directly"), int(ProxySettings::Mode::NoProxy));
    m_proxyMode->addItem(tr("Manual"), int(ProxySettings::Mode::Override));
    m_proxyMode->setCurrentIndex(qMax(0, m_proxyMode->findData(int(proxy.mode))));
    m_proxyMode->setToolTip(tr("The proxy a new download starts with; haul setproxysettings "
                               "changes it for one download."));
    m_proxyList->setObjectName(QStringLiteral("proxyList"));
    m_proxyList->setPlaceholderText(tr("http://proxy:3128 or socks5h://host:1080"));
    m_proxyList->setText(proxy.proxies.join(QLatin1Char(' ')));
    m_proxyBypass->setObjectName(QStringLiteral("proxyBypass"));
    m_proxyBypass->setPlaceholderText(tr("<local> .example.org 10.0.0.0/8"));
    m_proxyBypass->setText(proxy.bypass.join(QLatin1Char(' ')));
    m_proxyProblem->setObjectName(QStringLiteral("proxyProblem"));
    m_proxyProblem->setWordWrap(true);
    m_proxyProblem->hide();
    form->addRow(tr("Proxy for new downloads:"), m_proxyMode);
    form->addRow(tr("Proxies:"), m_proxyList);
    form->addRow(tr("Except for:"), m_proxyBypass);
    form->addRow(QString(), m_proxyProblem);
    auto manual = [this] {
        const bool on = m_proxyMode->currentData().toInt() == int(ProxySettings::Mode::Override);
        m_proxyList->setEnabled(on);
        m_proxyBypass->setEnabled(on);
    };
    manual();
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, manual);
}

bool SettingsDialog::proxyFromFields(ProxySettings *proxy, QString *problem) const
{
    const auto mode = ProxySettings::Mode(m_proxyMode->currentData().toInt());
    if (mode != ProxySettings::Mode::Override) {
        proxy->mode = mode;
        proxy->proxies.clear();
        proxy->bypass.clear();
        return true;
    }
    return ProxyChoice::parseSettings(
        ProxyChoice::modeName(mode), m_proxyList->text(), m_proxyBypass->text(), proxy, problem);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_original;
    s.defaultFolder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    s.parallelJobs = m_parallel->value();
    s.retryDelay = m_retryDelay->value();
    s.noProgressTimeout = m_noProgress->value() * 3600;
    s.stallTimeout = m_stall->value();
    s.connections = m_connections->value();
    s.filesAtOnce = m_filesAtOnce->value();
    s.connectionsPerHost = m_connectionsPerHost->value();
    s.speedLimitKiB = m_speedLimit->value();
    s.notifications = m_notifications->isChecked();
    s.closeToTray = m_closeToTray->isChecked();
    s.browserAddAtOnce = m_browserAddAtOnce->isChecked();
    s.language = m_language->currentData().toString();
    s.clipboardCapture = m_folderRules->clipboardCapture();
    QString problem;
    if (!proxyFromFields(&s.defaultProxy, &problem))
        s.defaultProxy = m_original.defaultProxy; // accept() refuses to close on it
    return s;
}

void SettingsDialog::accept()
{
    ProxySettings proxy;
    QString problem;
    if (!proxyFromFields(&proxy, &problem)) {
        m_proxyProblem->setText(problem);
        m_proxyProblem->show();
        m_proxyList->setFocus();
        return;
    }
    if (m_engine && !m_revoked.isEmpty())
        m_engine->post([revoked = std::exchange(m_revoked, {})](Engine &engine) {
            for (const auto &[host, sha256] : revoked)
                engine.revokeCertificate(host, sha256);
        });
    m_schedulePage->save(); // the window's applySettings then applies it (applyTo)
    m_folderRules->rules().save();
    QDialog::accept();
}
