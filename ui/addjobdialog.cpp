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
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace {
QStringList linesOf(const QString &text)
{
    QStringList lines;
    for (const QString &line :
        text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        lines << line.trimmed();
    return lines;
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
{
    m_add->setDefault(true);
    setMinimumWidth(560);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto row = [this, form](QWidget *field) {
        auto *label = new QLabel;
        label->setBuddy(field);
        m_labels.append(label);
        form->addRow(label, field);
    };
    m_urls->setTabChangesFocus(true);
    m_urls->setMinimumHeight(100);
    m_urlProblem->setObjectName(QStringLiteral("urlProblem"));
    m_urlProblem->setWordWrap(true);
    m_urlProblem->setStyleSheet(QStringLiteral("color: #d63a3a;"));
    m_urlProblem->hide();
    row(m_urls);
    form->addRow(QString(), m_urlProblem);

    auto *folderRow = new QWidget;
    auto *folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(m_browse);
    row(folderRow);
    m_folder->setText(QDir::toNativeSeparators(AppSettings::lastFolder()));
    row(m_name);
    for (JobPriority p :
        { JobPriority::Foreground, JobPriority::High, JobPriority::Normal, JobPriority::Low })
        m_priority->addItem(QString(), int(p));
    m_priority->setCurrentIndex(int(JobPriority::Normal));
    row(m_priority);
    row(m_sha256);
    m_oneJob->setChecked(true);
    form->addRow(QString(), m_oneJob);
    form->addRow(QString(), m_paused);
    form->addRow(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Save in"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddJobDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddJobDialog::reject);
    connect(m_urls, &QPlainTextEdit::textChanged, this, &AddJobDialog::validate);
    connect(m_folder, &QLineEdit::textChanged, this, &AddJobDialog::validate);
    connect(m_sha256, &QLineEdit::textChanged, this, &AddJobDialog::validate);
    retranslate();
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
        tr("SHA-256:") };
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(labels.at(i));
    m_urls->setPlaceholderText(tr("One address per line, e.g. https://example.org/file.iso"));
    m_browse->setText(tr("Browse…"));
    m_name->setPlaceholderText(tr("from the server or the address"));
    for (int i = 0; i < m_priority->count(); ++i)
        m_priority->setItemText(
            i, JobTypes::priorityDisplayName(JobPriority(m_priority->itemData(i).toInt())));
    m_sha256->setPlaceholderText(
        tr("optional: 64 hexadecimal digits, checked before the file is kept"));
    m_oneJob->setText(tr("Download all addresses as one job"));
    m_paused->setText(tr("Add paused (start later with Resume)"));
    m_add->setText(tr("Add")); // a button of our own: the box retranslates only its standard ones
    validate();
}

void AddJobDialog::setUrlsText(const QString &text)
{
    m_urls->setPlainText(text);
}

void AddJobDialog::setOneJob(bool oneJob)
{
    m_oneJob->setChecked(oneJob);
}

void AddJobDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

QList<QUrl> AddJobDialog::urlsIn(const QString &text)
{
    QList<QUrl> urls;
    for (const QString &word : linesOf(text)) {
        const QUrl url(word, QUrl::StrictMode);
        if (url.isValid() && Intake::checkRemoteUrl(url).ok())
            urls.append(url);
    }
    return urls;
}

void AddJobDialog::validate()
{
    const QStringList lines = linesOf(m_urls->toPlainText());
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
    m_urlProblem->setVisible(!lines.isEmpty() && !m_problem.isEmpty());

    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    const QFileInfo info(folder);
    if (m_problem.isEmpty() && (!info.isDir() || !info.isWritable()))
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
    for (const QString &line : linesOf(m_urls->toPlainText()))
        r.urls.append(QUrl(line, QUrl::StrictMode));
    r.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    r.name = m_name->text().trimmed();
    r.priority = JobPriority(m_priority->currentData().toInt());
    r.startPaused = m_paused->isChecked();
    r.oneJob = m_oneJob->isChecked();
    r.sha256 = m_sha256->text().trimmed().toLower();
    return r;
}

void AddJobDialog::accept()
{
    validate();
    if (!m_problem.isEmpty()) {
        m_urlProblem->setText(m_problem);
        m_urlProblem->show();
        return;
    }
    AppSettings::setLastFolder(request().folder);
    QDialog::accept();
}
