#include "ui/addjobdialog.h"

#include "core/engine/intake.h"
#include "core/model/errorcodes.h"
#include "ui/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>

namespace {
QStringList wordsOf(const QString &text)
{
    QStringList words;
    for (const QString &word :
        text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        words << word.trimmed();
    return words;
}
} // namespace

AddJobDialog::AddJobDialog(QWidget *parent)
    : QDialog(parent)
    , m_urls(new QPlainTextEdit)
    , m_urlProblem(new QLabel)
    , m_folder(new QLineEdit)
    , m_name(new QLineEdit)
    , m_priority(new QComboBox)
    , m_paused(new QCheckBox)
    , m_oneJob(new QCheckBox)
    , m_sha256(new QLineEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
    , m_browse(new QPushButton)
    , m_add(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
    , m_more(new QToolButton)
    , m_folderRule(new QLabel)
    , m_rules(FolderRules::load())
    , m_baseFolder(AppSettings::lastFolder())
{
    setMinimumWidth(560);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto row = [this, form](QWidget *buddy, QLayout *field) {
        auto *label = new QLabel;
        label->setBuddy(buddy);
        m_labels.append(label);
        if (field)
            form->addRow(label, field);
        else
            form->addRow(label, buddy);
    };
    m_urls->setTabChangesFocus(true);
    m_urls->setMinimumHeight(100);
    m_urls->installEventFilter(this);
    m_urlProblem->setObjectName(QStringLiteral("urlProblem"));
    m_urlProblem->setWordWrap(true);
    m_urlProblem->setStyleSheet(QStringLiteral("color: #d63a3a;"));
    m_urlProblem->hide();
    row(m_urls, nullptr);
    form->addRow(QString(), m_urlProblem);

    // A layout, not a widget: the label and its buddy share a parent, as screen readers need.
    auto *folderLayout = new QHBoxLayout;
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(m_browse);
    m_folder->setObjectName(QStringLiteral("folder"));
    m_browse->setObjectName(QStringLiteral("browse"));
    m_browse->setAutoDefault(false); // Enter adds; it never opens the folder picker
    row(m_folder, folderLayout);
    m_folder->setText(QDir::toNativeSeparators(m_baseFolder));
    m_folderRule->setObjectName(QStringLiteral("folderRule"));
    m_folderRule->setWordWrap(true); // shown by applyFolderRules
    form->addRow(QString(), m_folderRule);
    row(m_name, nullptr);
    for (JobPriority p :
        { JobPriority::Foreground, JobPriority::High, JobPriority::Normal, JobPriority::Low })
        m_priority->addItem(QString(), int(p));
    m_priority->setCurrentIndex(int(JobPriority::Normal));
    row(m_priority, nullptr);
    m_sha256->setObjectName(QStringLiteral("sha256"));
    row(m_sha256, nullptr);
    m_oneJob->setObjectName(QStringLiteral("oneJob"));
    m_oneJob->setChecked(AppSettings::oneDownloadForMany());
    form->addRow(QString(), m_oneJob);
    form->addRow(QString(), m_paused);
    m_more->setObjectName(QStringLiteral("moreOptions"));
    m_more->setCheckable(true);
    m_more->setAutoRaise(true);
    m_more->setArrowType(Qt::RightArrow);
    m_more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    form->addRow(m_more);
    form->addRow(createAdvanced());
    form->addRow(m_buttons);
    m_add->setDefault(true); // now that it is in the dialog, which keeps it as its default

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Save in"), m_folder->text());
        if (!folder.isEmpty()) {
            m_folderChosen = true;
            m_folder->setText(QDir::toNativeSeparators(folder));
        }
    });
    connect(m_folder, &QLineEdit::textEdited, this, [this] { m_folderChosen = true; });
    connect(m_folder, &QLineEdit::textEdited, this, &AddJobDialog::applyFolderRules);
    connect(m_more, &QToolButton::toggled, this, [this](bool open) {
        m_more->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_advanced->setVisible(open);
        growToFit();
    });
    connect(m_oneJob, &QCheckBox::clicked, this, [this] { m_oneJobChosen = true; });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddJobDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddJobDialog::reject);
    connect(m_urls, &QPlainTextEdit::textChanged, this, &AddJobDialog::applyFolderRules);
    connect(m_urls, &QPlainTextEdit::textChanged, this, &AddJobDialog::validate);
    connect(m_folder, &QLineEdit::textChanged, this, &AddJobDialog::validate);
    connect(m_sha256, &QLineEdit::textChanged, this, &AddJobDialog::validate);
    retranslate();
}

QWidget *AddJobDialog::createAdvanced()
{
    m_advanced = new QWidget;
    m_advanced->setObjectName(QStringLiteral("advanced"));
    auto *form = new QFormLayout(m_advanced);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_rate = new QSpinBox;
    m_rate->setObjectName(QStringLiteral("rateLimit"));
    m_rate->setRange(0, 999999);
    m_rateUnit = new QComboBox;
    m_rateUnit->setObjectName(QStringLiteral("rateUnit"));
    m_rateUnit->addItem(QString(), 1024);
    m_rateUnit->addItem(QString(), 1024 * 1024);
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rate, 1);
    rateRow->addWidget(m_rateUnit);
    m_connections = new QSpinBox;
    m_connections->setObjectName(QStringLiteral("connections"));
    m_connections->setRange(0, 16);
    for (QWidget *field :
        { static_cast<QWidget *>(m_rate), static_cast<QWidget *>(m_connections) }) {
        auto *label = new QLabel;
        label->setBuddy(field);
        m_labels.append(label);
        if (field == m_rate)
            form->addRow(label, rateRow);
        else
            form->addRow(label, field);
    }
    m_advanced->hide();
    return m_advanced;
}

void AddJobDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AddJobDialog::retranslate()
{
    setWindowTitle(tr("Add downloads"));
    const QStringList labels { tr("Addresses:"), tr("Save in:"), tr("Name:"), tr("Priority:"),
        tr("SHA-256:"), tr("Speed limit:"), tr("Connections per file:") };
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(labels.at(i));
    m_urls->setPlaceholderText(tr("One address per line, e.g. https://example.org/file.iso"));
    m_browse->setText(tr("Browse…"));
    m_name->setPlaceholderText(tr("from the server or the address"));
    for (int i = 0; i < m_priority->count(); ++i)
        m_priority->setItemText(
            i, JobTypes::priorityDisplayName(JobPriority(m_priority->itemData(i).toInt())));
    // Short, so that it fits in every language; the tooltip says the rest.
    m_sha256->setPlaceholderText(tr("optional"));
    m_sha256->setToolTip(tr("64 hexadecimal digits, checked before the file is kept"));
    m_oneJob->setText(tr("Put all addresses in one download"));
    m_paused->setText(tr("Add paused (start later with Resume)"));
    m_more->setText(tr("More options"));
    m_rate->setSpecialValueText(tr("no limit"));
    m_rateUnit->setItemText(0, tr("KiB/s"));
    m_rateUnit->setItemText(1, tr("MiB/s"));
    m_connections->setSpecialValueText(tr("as in Settings"));
    m_add->setText(tr("Add")); // a button of our own: the box retranslates only its standard ones
    applyFolderRules();
    validate();
}

void AddJobDialog::growToFit()
{
    // A window's minimum height ignores that a wrapped label grows taller as it narrows:
    // the problem label, several lines long, would overlap the addresses.
    if (!isVisible())
        return;
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalMinimumSize().height();
    if (height() < needed)
        resize(width(), needed);
}

void AddJobDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    growToFit();
}

void AddJobDialog::setUrlsText(const QString &text)
{
    m_urls->setPlainText(text);
    m_urls->moveCursor(QTextCursor::End); // so that Enter adds what was pasted or dropped
}

void AddJobDialog::setOneJob(bool oneJob)
{
    m_oneJob->setChecked(oneJob);
}

void AddJobDialog::setFolder(const QString &folder)
{
    m_folderChosen = true;
    m_folder->setText(QDir::toNativeSeparators(folder));
}

void AddJobDialog::applyFolderRules()
{
    // The folder of the rule every address agrees on; else the remembered one.
    int rule = -1;
    QString folder;
    const QStringList addresses = addressesIn(m_urls->toPlainText());
    for (const QString &address : addresses) {
        const FolderRules::Choice c = m_rules.choose(QUrl(address, QUrl::StrictMode), QString());
        if (c.rule < 0 || (rule >= 0 && c.folder != folder)) {
            rule = -1;
            break;
        }
        rule = c.rule;
        folder = c.folder;
    }
    if (!m_folderChosen) {
        m_rule = rule;
        m_ruleFolder = rule < 0 ? QString() : folder;
        m_folder->setText(QDir::toNativeSeparators(rule < 0 ? m_baseFolder : folder));
    }
    const bool shown = m_folderRule->isVisible();
    m_folderRule->setVisible(!m_folderChosen && m_rule >= 0);
    if (m_rule >= 0)
        m_folderRule->setText(tr("Picked by the folder rule “%1” (Settings, Folders); Browse… "
                                 "chooses another folder.")
                                  .arg(m_rules.rules.at(m_rule).name));
    if (m_folderRule->isVisible() != shown)
        growToFit();
}

QList<QUrl> AddJobDialog::urlsIn(const QString &text)
{
    QList<QUrl> urls;
    for (const QString &word : wordsOf(text)) {
        const QUrl url(word, QUrl::StrictMode);
        if (url.isValid() && Intake::checkRemoteUrl(url).ok())
            urls.append(url);
    }
    return urls;
}

QStringList AddJobDialog::addressesIn(const QString &text)
{
    // Whitespace before a scheme separates two addresses; any other space is part of one
    // ("http://x/a b c.zip", pasted from a page that did not encode it).
    static const QRegularExpression beforeScheme(
        QStringLiteral("\\s+(?=[A-Za-z][A-Za-z0-9+.-]*://)"));
    QStringList addresses;
    for (const QString &line : text.split(QRegularExpression(QStringLiteral("[\\r\\n]+")))) {
        for (const QString &piece : line.split(beforeScheme, Qt::SkipEmptyParts)) {
            const QString address = piece.trimmed();
            if (!address.isEmpty())
                addresses << QString(address).replace(QLatin1Char(' '), QStringLiteral("%20"));
        }
    }
    return addresses;
}

bool AddJobDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter after the last address adds them (Ctrl+Enter anywhere); Shift+Enter, or Enter
    // inside the text, starts a new line.
    if (watched == m_urls && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (enter
            && (mods == Qt::ControlModifier
                || (mods == Qt::NoModifier && m_urls->textCursor().atEnd()
                    && m_problem.isEmpty()))) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AddJobDialog::validate()
{
    const QStringList lines = addressesIn(m_urls->toPlainText());
    QStringList bad;
    for (const QString &line : lines) {
        const QUrl url(line, QUrl::StrictMode);
        const CallResult r = Intake::checkRemoteUrl(url);
        if (!r.ok())
            bad << tr("%1: %2").arg(line.left(80), ErrorCode::description(r.code));
    }
    m_problem.clear();
    if (lines.isEmpty())
        m_problem = tr("Enter at least one address.");
    else if (!bad.isEmpty())
        m_problem = tr("Fix or remove these addresses:") + QLatin1Char('\n')
            + bad.join(QLatin1Char('\n'));
    m_urlProblem->setText(lines.isEmpty() ? QString() : m_problem);
    const bool shown = m_urlProblem->isVisible();
    m_urlProblem->setVisible(!lines.isEmpty() && !m_problem.isEmpty());
    if (m_urlProblem->isVisible() || shown)
        growToFit();

    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    const QFileInfo info(folder);
    const bool madeOnAdd = !m_ruleFolder.isEmpty() && folder == m_ruleFolder && !info.exists();
    if (m_problem.isEmpty() && !madeOnAdd && (!info.isDir() || !info.isWritable()))
        m_problem = tr("The folder %1 does not exist or cannot be written.").arg(m_folder->text());
    const QString sha = m_sha256->text().trimmed();
    if (m_problem.isEmpty() && !sha.isEmpty()) {
        if (!QRegularExpression(QStringLiteral("^[0-9A-Fa-f]{64}$")).match(sha).hasMatch())
            m_problem = tr("A SHA-256 is 64 hexadecimal digits.");
        else if (lines.size() != 1)
            m_problem = tr("A SHA-256 can be given for one address only.");
    }
    m_add->setEnabled(m_problem.isEmpty());
    m_add->setToolTip(m_problem);
    m_oneJob->setEnabled(lines.size() > 1);
}

QString AddJobDialog::problem() const
{
    return m_problem;
}

AddJobDialog::Request AddJobDialog::request() const
{
    Request r;
    for (const QString &line : addressesIn(m_urls->toPlainText()))
        r.urls.append(QUrl(line, QUrl::StrictMode));
    r.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    r.name = m_name->text().trimmed();
    r.priority = JobPriority(m_priority->currentData().toInt());
    r.startPaused = m_paused->isChecked();
    r.oneJob = r.urls.size() > 1 && m_oneJob->isChecked();
    r.sha256 = m_sha256->text().trimmed().toLower();
    r.connections = m_connections->value();
    r.rateLimit = qint64(m_rate->value()) * m_rateUnit->currentData().toLongLong();
    return r;
}

void AddJobDialog::accept()
{
    validate();
    if (!m_problem.isEmpty()) {
        m_urlProblem->setText(m_problem);
        m_urlProblem->show();
        growToFit();
        return;
    }
    const QString folder = request().folder;
    if (!m_ruleFolder.isEmpty() && folder == m_ruleFolder) {
        // The rule's folder, made the first time; the remembered folder stays the user's own.
        const CallResult made = FolderRules::prepareFolder(folder);
        if (!made.ok()) {
            m_problem = tr("The folder %1 could not be made: %2")
                            .arg(m_folder->text(), ErrorCode::description(made.code));
            m_urlProblem->setText(m_problem);
            m_urlProblem->show();
            growToFit();
            return;
        }
    } else {
        AppSettings::setLastFolder(folder);
    }
    if (m_oneJobChosen)
        AppSettings::setOneDownloadForMany(m_oneJob->isChecked());
    QDialog::accept();
}
