#include "ui/errorpane.h"

#include "core/engine/engine.h"
#include "core/engine/intake.h"
#include "core/l10n/format.h"
#include "core/model/errorcodes.h"
#include "ui/errorfacts.h"
#include "ui/jobtablemodel.h"
#include "ui/stateicon.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

ErrorPane::ErrorPane(Engine *engine, JobTableModel *model, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_model(model)
    , m_icon(new QLabel)
    , m_title(new QLabel)
    , m_summary(new QLabel)
    , m_queueLabel(new QLabel)
    , m_facts(new ErrorFacts)
    , m_fixBox(new QGroupBox)
    , m_fixHint(new QLabel)
    , m_fixStack(new QStackedWidget)
    , m_url(new QLineEdit)
    , m_target(new QComboBox)
    , m_scheme(new QComboBox)
    , m_user(new QLineEdit)
    , m_password(new QLineEdit)
    , m_folder(new QLineEdit)
    , m_browse(new QPushButton)
    , m_retryDelay(new QSpinBox)
    , m_noProgress(new QSpinBox)
    , m_certSubject(new QLabel)
    , m_certIssuer(new QLabel)
    , m_certValid(new QLabel)
    , m_certSha(new QLabel)
    , m_trustCert(new QCheckBox)
    , m_resume(new QLabel)
    , m_result(new QLabel)
    , m_copy(new QPushButton)
    , m_cancel(new QPushButton)
    , m_complete(new QPushButton)
    , m_fixResume(new QPushButton)
    , m_next(new QPushButton)
    , m_close(new QPushButton)
{
    setObjectName(QStringLiteral("errorPane"));
    setModal(false);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    setMinimumWidth(560);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // never smaller than its text
    auto *header = new QHBoxLayout;
    m_icon->setPixmap(StateIcon::forState(JobState::Error).pixmap(40, 40));
    m_icon->setAlignment(Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    titles->addWidget(m_title);
    titles->addWidget(m_summary);
    header->addWidget(m_icon);
    header->addLayout(titles, 1);
    layout->addLayout(header);
    m_queueLabel->setObjectName(QStringLiteral("queue"));
    layout->addWidget(m_queueLabel);

    layout->addLayout(m_facts);

    // The fixes, one page each, in the order of Fix.
    auto *fixLayout = new QVBoxLayout(m_fixBox);
    m_fixHint->setWordWrap(true);
    fixLayout->addWidget(m_fixHint);
    m_fixStack->addWidget(new QWidget); // None
    auto page = [this](std::initializer_list<QWidget *> fields) {
        auto *w = new QWidget;
        auto *f = new QFormLayout(w);
        f->setContentsMargins(0, 0, 0, 0);
        f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (QWidget *field : fields) {
            auto *label = new QLabel;
            m_fixLabels.append(label);
            f->addRow(label, field);
        }
        m_fixStack->addWidget(w);
    };
    m_url->setObjectName(QStringLiteral("newUrl"));
    page({ m_url });
    m_password->setEchoMode(QLineEdit::Password);
    m_target->addItems({ QString(), QString() });
    m_scheme->addItems({ QStringLiteral("Basic"), QStringLiteral("Digest"), QStringLiteral("NTLM"),
        QStringLiteral("Negotiate") });
    page({ m_target, m_scheme, m_user, m_password });
    auto *folderRow = new QWidget;
    auto *folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(m_browse);
    page({ folderRow });
    m_retryDelay->setRange(1, 3600);
    m_noProgress->setRange(0, 24 * 30);
    page({ m_retryDelay, m_noProgress });
    for (QLabel *l : { m_certSubject, m_certIssuer, m_certValid, m_certSha }) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
    }
    m_certSha->setObjectName(QStringLiteral("certificateSha256"));
    m_trustCert->setObjectName(QStringLiteral("trustCertificate"));
    page({ m_certSubject, m_certIssuer, m_certValid, m_certSha, m_trustCert });
    fixLayout->addWidget(m_fixStack);
    m_resume->setWordWrap(true);
    m_resume->setObjectName(QStringLiteral("resumeExplanation"));
    fixLayout->addWidget(m_resume);
    layout->addWidget(m_fixBox);

    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->hide();
    layout->addWidget(m_result);
    layout->addStretch();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_complete);
    buttons->addWidget(m_fixResume);
    buttons->addWidget(m_next);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    m_fixResume->setDefault(true);

    connect(m_copy, &QPushButton::clicked, this, &ErrorPane::copyDetails);
    connect(m_cancel, &QPushButton::clicked, this, &ErrorPane::cancelJob);
    connect(m_complete, &QPushButton::clicked, this, &ErrorPane::completePartial);
    connect(m_fixResume, &QPushButton::clicked, this, &ErrorPane::fixAndResume);
    connect(m_next, &QPushButton::clicked, this, &ErrorPane::showNext);
    connect(m_close, &QPushButton::clicked, this, &ErrorPane::close);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Save into folder"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    connect(m_model, &JobTableModel::jobsUpdated, this, [this](const QSet<QUuid> &ids) {
        if (!isVisible() || !ids.contains(m_id))
            return;
        // The model's snapshot, unless the one the engine answered with is newer.
        const std::optional<Job> fresh = m_model->job(m_id);
        if (fresh && (!m_job || fresh->modificationTime >= m_job->modificationTime))
            m_job = fresh;
        refreshState();
    });
    retranslate();
}

QString ErrorPane::fieldText(const QString &name) const
{
    return m_facts->text(name);
}

QString ErrorPane::certificateText() const
{
    return QStringList { m_certSubject->text(), m_certIssuer->text(), m_certValid->text(),
        m_certSha->text().replace(QLatin1Char('\n'), QLatin1Char(':')) }
        .join(QLatin1Char('\n'));
}

void ErrorPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ErrorPane::retranslate()
{
    m_facts->retranslate();
    const QStringList fixLabels { tr("New address:"), tr("For:"), tr("Scheme:"), tr("User:"),
        tr("Password:"), tr("Folder:"), tr("First retry after (s):"), tr("Give up after (h):"),
        tr("Certificate:"), tr("Issued by:"), tr("Valid:"), tr("SHA-256:"), QString() };
    for (int i = 0; i < m_fixLabels.size() && i < fixLabels.size(); ++i)
        m_fixLabels[i]->setText(fixLabels.at(i));
    m_target->setItemText(0, tr("the server"));
    m_target->setItemText(1, tr("the proxy"));
    m_noProgress->setSpecialValueText(tr("at the first error"));
    m_browse->setText(tr("Browse…"));
    m_fixBox->setTitle(tr("Fix and resume"));
    m_copy->setText(tr("Copy details"));
    m_cancel->setText(tr("Cancel job…"));
    m_complete->setText(tr("Complete partial…"));
    m_fixResume->setText(tr("Fix and Resume"));
    m_close->setText(tr("Close"));
    load();
}

void ErrorPane::enqueue(const QUuid &id)
{
    if (id == m_id && isVisible()) {
        reload(); // the same job failed again: show the new error
        return;
    }
    m_queue.add(id);
    if (!isVisible() || m_id.isNull() || !m_hasError || m_result->isVisible())
        showNext();
    else
        load(); // the same job, one more waiting
}

void ErrorPane::inspect(const QUuid &id)
{
    m_queue.remove(id);
    if (!m_id.isNull() && m_id != id && m_hasError && !m_result->isVisible())
        m_queue.putFirst(m_id); // the one on screen waits for its turn
    m_id = id;
    m_result->hide();
    reload();
    show();
    raise();
    activateWindow();
}

void ErrorPane::showNext()
{
    m_result->hide();
    if (m_queue.isEmpty()) {
        m_id = QUuid();
        hide();
        return;
    }
    m_id = m_queue.takeFirst();
    reload();
    show();
    raise();
}

ErrorPane::Fix ErrorPane::fixFor(const JobError &error)
{
    return error.remedy();
}

void ErrorPane::reload()
{
    // The model's snapshot at once (it may be a tick behind), then the engine's own.
    m_job = m_id.isNull() ? std::nullopt : m_model->job(m_id);
    load();
    if (m_id.isNull())
        return;
    const QUuid id = m_id;
    auto work = [id](Engine &engine) {
        return qMakePair(engine.job(id), engine.credentialsMemoryOnlyReason());
    };
    m_engine->post(this, work, [this, id](const QPair<std::optional<Job>, QString> &answer) {
        if (id != m_id)
            return;
        m_job = answer.first;
        m_memoryOnlyReason = answer.second;
        load();
    });
}

void ErrorPane::load()
{
    const std::optional<Job> job = m_id.isNull() ? std::nullopt : currentJobState();
    m_hasError = job && job->error;
    if (m_hasError)
        m_error = *job->error;
    const QString name = job ? JobTableModel::displayName(*job) : QString();
    setWindowTitle(tr("Download error — %1").arg(name));
    m_title->setText(tr("“%1” stopped").arg(name));
    m_queueLabel->setVisible(!m_queue.isEmpty());
    m_queueLabel->setText(m_queue.waitingText());
    m_next->setText(m_queue.nextText());
    m_next->setVisible(!m_queue.isEmpty());
    if (!job || !m_hasError) {
        m_summary->setText(job
                ? tr("This job has no error now (%1).").arg(JobTypes::stateDisplayName(job->state))
                : tr("This job no longer exists."));
        m_facts->clear();
        m_fixBox->hide();
        m_cancel->setEnabled(false);
        m_complete->setEnabled(false);
        m_fixResume->setEnabled(false);
        return;
    }
    const JobError &e = m_error;
    m_summary->setText(tr(
        "Haul stopped this download and keeps what it received. Fix the problem and resume, keep only the finished files, or cancel."));
    m_facts->setError(*job, e);

    m_fix = fixFor(e);
    showFixPage(m_fix);
    const JobFile *f
        = e.hasFile() && e.fileIndex < job->files.size() ? &job->files.at(e.fileIndex) : nullptr;
    switch (m_fix) {
    case Fix::Url:
        m_fixHint->setText(tr(
            "The server refused or no longer has this file. If you have a new link (an expired link, a moved file), enter it:"));
        m_url->setText(f ? f->remoteUrl.toString() : QString());
        break;
    case Fix::Credentials:
        m_fixHint->setText(e.httpStatus == 407
                ? tr("The proxy asks for a user name and password:")
                : tr("The server asks for a user name and password:"));
        if (const QString why = m_memoryOnlyReason; !why.isEmpty())
            m_fixHint->setText(m_fixHint->text() + QLatin1Char(' ')
                + tr(
                    "No keychain is available (%1): Haul keeps the password in memory only, until it quits.")
                      .arg(why));
        m_target->setCurrentIndex(e.httpStatus == 407 ? 1 : 0);
        m_password->clear();
        break;
    case Fix::Folder:
        m_fixHint->setText(tr(
            "The file cannot be written where it is. Free some space and resume, or choose another folder:"));
        m_folder->setText(QDir::toNativeSeparators(f
                ? (f->localPath.isEmpty() ? f->folder : QFileInfo(f->localPath).absolutePath())
                : QString()));
        break;
    case Fix::Retry:
        m_fixHint->setText(e.context == ErrorContext::RemoteFile
                ? tr(
                    "The server could not serve the file for now. Resume tries again; you may also change how patiently Haul retries:")
                : tr(
                    "The connection failed. Resume tries again; you may also change how patiently Haul retries:"));
        m_retryDelay->setValue(job->minimumRetryDelay);
        m_noProgress->setValue(job->noProgressTimeout / 3600);
        break;
    case Fix::Certificate: {
        const CertificateInfo &c = e.certificate;
        m_fixHint->setText(tr(
            "The server's certificate is not trusted (self-signed, expired, or made out to another name). Haul never ignores certificate errors wholesale, but if you know this is the server's own certificate you may trust exactly this one, for this server only:"));
        m_certSubject->setText(c.subject);
        m_certIssuer->setText(c.issuer);
        m_certValid->setText(
            tr("%1 to %2").arg(Format::fullDate(c.notBefore), Format::fullDate(c.notAfter)));
        // 32 pairs on two lines of 16: a fingerprint has no spaces to wrap at.
        const QString fingerprint = c.fingerprint();
        m_certSha->setText(fingerprint.size() > 48
                ? fingerprint.left(47) + QLatin1Char('\n') + fingerprint.mid(48)
                : fingerprint);
        m_trustCert->setText(tr("Trust this certificate for %1").arg(c.host));
        m_trustCert->setChecked(false);
        break;
    }
    case Fix::None:
        m_fixHint->setText(
            e.context == ErrorContext::ServerCertificate ? tr(
                "Haul never ignores certificate errors. Once the server's certificate is fixed, Resume tries again.")
                                                         : tr("Resume tries again."));
        break;
    }
    m_resume->setText(resumeText());
    m_fixBox->show();
    refreshState();
    resize(width(), sizeHint().height());
}

std::optional<Job> ErrorPane::currentJobState() const
{
    return m_id.isNull() ? std::nullopt : m_job;
}

void ErrorPane::showFixPage(Fix fix)
{
    // Only the page on show counts for the size, so that a short fix leaves no hole.
    for (int i = 0; i < m_fixStack->count(); ++i)
        m_fixStack->widget(i)->setSizePolicy(
            i == int(fix) ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            i == int(fix) ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_fixStack->setCurrentIndex(int(fix));
}

void ErrorPane::refreshState()
{
    const std::optional<Job> job = currentJobState();
    const bool inError = job && job->state == JobState::Error;
    m_cancel->setEnabled(inError);
    m_complete->setEnabled(inError);
    m_fixResume->setEnabled(inError);
    m_fixBox->setEnabled(inError);
    if (job && !inError && m_hasError && !m_result->isVisible())
        setResult(tr("The job is now %1.").arg(JobTypes::stateDisplayName(job->state)), false);
}

QString ErrorPane::resumeText() const
{
    const std::optional<Job> job = currentJobState();
    if (!job || !m_hasError)
        return QString();
    int finished = 0;
    for (const JobFile &f : job->files)
        finished += f.transferred ? 1 : 0;
    const QString kept = finished > 0
        ? QLatin1Char(' ') + tr("%n finished file(s) will not be fetched again.", nullptr, finished)
        : QString();
    const JobFile *f = m_error.hasFile() && m_error.fileIndex < job->files.size()
        ? &job->files.at(m_error.fileIndex)
        : nullptr;
    if (!f || f->bytesTransferred == 0)
        return tr("The file starts from the beginning: nothing of it was received yet.") + kept;
    const QString at = Format::size(f->bytesTransferred);
    if (m_error.code == ErrorCode::E_ChecksumMismatch)
        return tr("The file restarts from the beginning: the data received did not match the expected SHA-256.")
            + kept;
    if (!f->resumable)
        return tr("The file must restart from the beginning: the server did not allow resuming it (no ranges or no validator such as an ETag).")
            + kept;
    switch (m_fix) {
    case Fix::Url:
        return tr("If the new address serves the same file (same size and ETag or date), the download continues from %1; otherwise it restarts from the beginning, so old and new data are never mixed.")
                   .arg(at)
            + kept;
    case Fix::Folder:
        return tr("The %1 already received move to the new folder and the download continues from there; if they cannot be moved, the file restarts.")
                   .arg(at)
            + kept;
    default:
        return tr("The download continues from %1, where it stopped, if the file on the server has not changed.")
                   .arg(at)
            + kept;
    }
}

QString ErrorPane::detailsText() const
{
    QStringList lines { windowTitle() };
    lines << m_facts->lines();
    if (m_hasError && !m_error.certificate.isNull()) {
        const CertificateInfo &c = m_error.certificate;
        lines << tr("Certificate: %1 (issued by %2, valid %3 to %4)")
                     .arg(c.subject, c.issuer, Format::fullDate(c.notBefore),
                         Format::fullDate(c.notAfter));
        lines << tr("SHA-256: %1").arg(c.fingerprint());
    }
    lines << tr("Job: %1").arg(m_id.toString(QUuid::WithoutBraces));
    return lines.join(QLatin1Char('\n'));
}

void ErrorPane::copyDetails()
{
    QApplication::clipboard()->setText(detailsText());
    setResult(tr("The details are on the clipboard."), false);
}

QString ErrorPane::resultText() const
{
    return m_result->isVisible() ? m_result->text() : QString();
}

void ErrorPane::setResult(const QString &text, bool failure)
{
    m_result->setText(text);
    m_result->setStyleSheet(failure ? QStringLiteral("color: #d63a3a;") : QString());
    m_result->show();
}

bool ErrorPane::confirm(const QString &title, const QString &text)
{
    if (m_confirm)
        return m_confirm(title, text);
    return QMessageBox::question(
               this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void ErrorPane::finishWith(const QString &text)
{
    setResult(text, false);
    m_cancel->setEnabled(false);
    m_complete->setEnabled(false);
    m_fixResume->setEnabled(false);
    m_fixBox->setEnabled(false);
    m_next->setVisible(!m_queue.isEmpty());
}

bool ErrorPane::cancelJob()
{
    const std::optional<Job> job = currentJobState();
    if (!job)
        return false;
    qint64 partial = 0;
    for (const JobFile &f : job->files)
        partial += f.completed ? 0 : f.bytesTransferred;
    if (!confirm(tr("Cancel the job?"),
            tr("The job is cancelled and its partial data (%1) is deleted. Files already saved are kept.")
                .arg(Format::size(partial))))
        return false;
    const QUuid id = m_id;
    m_engine->post(
        this, [id](Engine &engine) { return engine.cancel(id); },
        [this, id](const CallResult &r) {
            if (id != m_id)
                return;
            if (!r.ok())
                setResult(tr("Could not cancel: %1 (%2)")
                              .arg(ErrorCode::description(r.code), ErrorCode::hex(r.code)),
                    true);
            else
                finishWith(tr("Cancelled. The partial data was deleted."));
        });
    return true;
}

bool ErrorPane::completePartial()
{
    const std::optional<Job> job = currentJobState();
    if (!job)
        return false;
    QStringList kept, dropped;
    for (const JobFile &f : job->files) {
        const QString line
            = QStringLiteral("  • %1 (%2)")
                  .arg(ErrorFacts::fileLabel(f),
                      Format::size(f.transferred ? f.bytesTotal : f.bytesTransferred));
        (f.transferred ? kept : dropped) << line;
    }
    QString text;
    text += kept.isEmpty()
        ? tr("No file is finished, so nothing will be kept.") + QLatin1Char('\n')
        : tr("Kept:") + QLatin1Char('\n') + kept.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (!dropped.isEmpty())
        text += tr("Dropped (partial data deleted):") + QLatin1Char('\n')
            + dropped.join(QLatin1Char('\n'));
    if (!confirm(tr("Complete with the finished files only?"), text))
        return false;
    const QUuid id = m_id;
    const QList<JobFile> files = job->files;
    const int keptCount = int(kept.size());
    m_engine->post(
        this, [id](Engine &engine) { return engine.complete(id); },
        [this, id, files, keptCount](const CallResult &r) {
            if (id == m_id)
                showCompleted(r, files, keptCount);
        });
    return true;
}

void ErrorPane::showCompleted(const CallResult &r, const QList<JobFile> &files, int keptCount)
{
    if (!r.ok()) {
        QString which;
        if (r.fileIndex >= 0 && r.fileIndex < files.size())
            which = ErrorFacts::fileLabel(files.at(r.fileIndex));
        setResult(
            tr("Could not save %1: %2 (%3). The finished files stay ready; fix the problem and complete again, or cancel.")
                    .arg(which, ErrorCode::description(r.code), ErrorCode::hex(r.code))
                + (r.details.isEmpty() ? QString() : QStringLiteral("\n") + r.details),
            true);
        return;
    }
    if (r.code == ErrorCode::S_PartialComplete)
        finishWith(
            tr("Completed partially (%1): %n file(s) kept, the rest dropped.", nullptr, keptCount)
                .arg(ErrorCode::name(r.code)));
    else
        finishWith(tr("Completed: every file was kept."));
}

bool ErrorPane::fixAndResume()
{
    const std::optional<Job> job = currentJobState();
    if (!job || !m_hasError)
        return false;
    // What the fix changes, checked here and done on the engine thread with the resume.
    std::function<CallResult(Engine &)> change = [](Engine &) { return CallResult(); };
    const QUuid id = m_id;
    const int file = m_error.fileIndex;
    switch (m_fix) {
    case Fix::Url: {
        const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
        if (const CallResult r = Intake::checkRemoteUrl(url); !r.ok()) {
            showNotResumed(r);
            return false;
        }
        if (file >= 0 && url != job->files.at(file).remoteUrl)
            change = [=](Engine &engine) { return engine.setRemoteUrl(id, file, url); };
        break;
    }
    case Fix::Credentials: {
        if (m_user->text().isEmpty()) {
            setResult(tr("Enter a user name."), true);
            return false;
        }
        const CredentialTarget target
            = m_target->currentIndex() == 1 ? CredentialTarget::Proxy : CredentialTarget::Server;
        const CredentialScheme scheme = CredentialScheme(m_scheme->currentIndex());
        const QString user = m_user->text();
        const QString secret = m_password->text();
        change = [=](Engine &engine) {
            return engine.setCredentials(id, target, scheme, user, secret);
        };
        break;
    }
    case Fix::Folder: {
        const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
        const QString current = file >= 0 ? (job->files.at(file).localPath.isEmpty()
                                        ? job->files.at(file).folder
                                        : QFileInfo(job->files.at(file).localPath).absolutePath())
                                          : QString();
        if (file >= 0 && QDir::cleanPath(folder) != QDir::cleanPath(current))
            change = [=](Engine &engine) { return engine.setDestination(id, file, folder); };
        break;
    }
    case Fix::Retry: {
        const int delay = m_retryDelay->value();
        const int noProgress = m_noProgress->value() * 3600;
        change = [=](Engine &engine) {
            CallResult r = engine.setMinimumRetryDelay(id, delay);
            return r.ok() ? engine.setNoProgressTimeout(id, noProgress) : r;
        };
        break;
    }
    case Fix::Certificate:
        if (m_trustCert->isChecked()) {
            const CertificateInfo &c = m_error.certificate;
            if (!confirm(tr("Trust this certificate?"),
                    tr("Haul will accept this exact certificate for %1 from now on, and no other:\n\n%2\nSHA-256 %3\n\nDo this only if you know the server really uses it (a device on your network with a certificate of its own, say). Settings lists the certificates you trusted and removes them.")
                        .arg(c.host, c.subject, c.fingerprint())))
                return false;
            change = [=](Engine &engine) { return engine.trustCertificate(id); };
        }
        break;
    case Fix::None:
        break;
    }
    auto work = [id, change](Engine &engine) {
        const CallResult r = change(engine);
        return r.ok() ? engine.resume(id) : r;
    };
    m_engine->post(this, work, [this, id](const CallResult &r) {
        if (id == m_id)
            showResumed(r);
    });
    return true;
}

void ErrorPane::showNotResumed(const CallResult &r)
{
    setResult(tr("Not resumed: %1 (%2)%3")
                  .arg(ErrorCode::description(r.code), ErrorCode::hex(r.code),
                      r.details.isEmpty() ? QString() : QStringLiteral(" — ") + r.details),
        true);
}

void ErrorPane::showResumed(const CallResult &r)
{
    if (!r.ok()) {
        showNotResumed(r);
        return;
    }
    m_hasError = false;
    if (m_queue.isEmpty()) {
        finishWith(tr("Resumed."));
        hide();
    } else {
        showNext();
    }
}
