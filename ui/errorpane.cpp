#include "ui/errorpane.h"

#include "core/engine/engine.h"
#include "core/l10n/format.h"
#include "core/model/errorcodes.h"
#include "ui/dialogfit.h"
#include "ui/errorfacts.h"
#include "ui/jobtablemodel.h"
#include "ui/linkrenewalprompt.h"
#include "ui/stateicon.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// Wide enough for an address or a path shortened in the middle to say where it goes; the
// height follows the texts at this width.
constexpr int PreferredWidth = 680;

} // namespace

ErrorPane::ErrorPane(Engine *engine, JobTableModel *model, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_model(model)
    , m_icon(new QLabel)
    , m_title(new QLabel)
    , m_summary(new QLabel)
    , m_queueLabel(new QLabel)
    , m_facts(new ErrorFacts)
    , m_fixBox(new FixAndResumeBox)
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
    setMinimumWidth(480);

    // The height follows the content at the pane's width (DialogFit), not a fixed size.
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(createHeader());
    m_queueLabel->setObjectName(QStringLiteral("queue"));
    m_queueLabel->setWordWrap(true);
    layout->addWidget(m_queueLabel);
    layout->addLayout(m_facts);
    layout->addWidget(m_fixBox);
    connect(
        m_fixBox, &FixAndResumeBox::newLinkFromBrowser, this, &ErrorPane::getNewLinkFromBrowser);
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->hide();
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addLayout(createButtons());

    connect(m_copy, &QPushButton::clicked, this, &ErrorPane::copyDetails);
    connect(m_cancel, &QPushButton::clicked, this, &ErrorPane::cancelJob);
    connect(m_complete, &QPushButton::clicked, this, &ErrorPane::completePartial);
    connect(m_fixResume, &QPushButton::clicked, this, &ErrorPane::fixAndResume);
    connect(m_next, &QPushButton::clicked, this, &ErrorPane::showNext);
    connect(m_close, &QPushButton::clicked, this, &ErrorPane::close);
    connect(m_model, &JobTableModel::jobsUpdated, this, &ErrorPane::onJobsUpdated);
    retranslate();
}

QLayout *ErrorPane::createHeader()
{
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
    m_title->setObjectName(QStringLiteral("title"));
    m_summary->setObjectName(QStringLiteral("summary"));
    titles->addWidget(m_title);
    titles->addWidget(m_summary);
    header->addWidget(m_icon);
    header->addLayout(titles, 1);
    return header;
}

QLayout *ErrorPane::createButtons()
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_complete);
    buttons->addWidget(m_fixResume);
    buttons->addWidget(m_next);
    buttons->addWidget(m_close);
    m_fixResume->setDefault(true);
    return buttons;
}

void ErrorPane::onJobsUpdated(const QSet<QUuid> &ids)
{
    // Errors resolved meanwhile, from the pane or elsewhere, no longer wait.
    bool dropped = false;
    for (const QUuid &id : ids) {
        if (!m_queue.contains(id))
            continue;
        const std::optional<Job> job = m_model->job(id);
        if (!job)
            m_queue.remove(id);
        dropped = !job || m_queue.update(*job) || dropped;
    }
    if (dropped && isVisible())
        showQueue();
    if (!isVisible() || !ids.contains(m_id))
        return;
    // The model's snapshot, unless the one the engine answered with is newer.
    const std::optional<Job> fresh = m_model->job(m_id);
    if (fresh && (!m_job || fresh->modificationTime >= m_job->modificationTime))
        m_job = fresh;
    refreshState();
}

QString ErrorPane::fieldText(const QString &name) const
{
    return m_facts->text(name);
}

void ErrorPane::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    DialogFit::keepContentHeight(this);
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
    m_fixBox->retranslate();
    m_copy->setText(tr("Copy details"));
    m_cancel->setText(tr("Cancel download…"));
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
    if (!isVisible() || m_id.isNull() || !stillInError(m_job) || hasResult())
        showNext();
    else
        showQueue(); // the same job, one more waiting
}

bool ErrorPane::announces(const QUuid &id, const JobError &error)
{
    return m_seen.announce(id, error, m_model->jobs());
}

bool ErrorPane::hasResult() const
{
    return !m_result->isHidden(); // also while the pane is closed
}

bool ErrorPane::stillInError(const std::optional<Job> &job) const
{
    // The model may have heard of a change the pane's snapshot has not caught up with.
    const std::optional<Job> fresh = job ? m_model->job(job->id) : std::nullopt;
    if (fresh && fresh->modificationTime > job->modificationTime)
        return m_hasError && fresh->state == JobState::Error;
    return m_hasError && job && job->state == JobState::Error;
}

void ErrorPane::inspect(const QUuid &id)
{
    m_queue.remove(id);
    // The one on screen waits for its turn, unless it was dealt with.
    if (!m_id.isNull() && m_id != id && stillInError(m_job) && !hasResult() && !m_dealtWith)
        m_queue.putFirst(m_id);
    m_id = id;
    m_dealtWith = false;
    m_result->hide();
    reload();
    showOnScreen();
    activateWindow();
}

void ErrorPane::showOnScreen()
{
    QWidget *owner = parentWidget() ? parentWidget()->window() : nullptr;
    const bool opening = !isVisible();
    if (opening) {
        fitToContent();
        DialogFit::placeOver(this, owner, true);
        show();
        focusTheFix();
    }
    // Once more when shown, after the window system's answer to show(): the size given to a
    // closed window may be lost as it opens again, and only now is the frame known, whose
    // title bar must be on the screen too.
    QTimer::singleShot(0, this, [this, opening] {
        QWidget *owner = parentWidget() ? parentWidget()->window() : nullptr;
        DialogFit::fitToContent(this, PreferredWidth);
        DialogFit::placeOver(this, owner, opening);
    });
    raise();
}

void ErrorPane::fitToContent()
{
    DialogFit::fitToContent(this, PreferredWidth);
    if (isVisible())
        DialogFit::placeOver(this, parentWidget() ? parentWidget()->window() : nullptr, false);
}

void ErrorPane::showQueue()
{
    m_queueLabel->setVisible(!m_queue.isEmpty());
    m_queueLabel->setText(m_queue.waitingText());
    m_next->setText(m_queue.nextText());
    m_next->setVisible(!m_queue.isEmpty());
    fitToContent();
}

void ErrorPane::showNext()
{
    m_result->hide();
    // A job that left Error while it waited is not shown, even if its snapshot is still to come.
    while (!m_queue.isEmpty()) {
        const QUuid id = m_queue.takeFirst();
        const std::optional<Job> job = m_model->job(id);
        if (job && ErrorQueue::isFinal(job->state))
            continue;
        m_id = id;
        m_dealtWith = false;
        reload();
        showOnScreen();
        return;
    }
    m_id = QUuid();
    hide();
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
    if (!job || !m_hasError) {
        showNoError(job);
        showQueue();
        return;
    }
    m_summary->setText(tr(
        "Haul stopped this download and keeps what it received. Fix the problem and resume, keep only the finished files, or cancel."));
    m_facts->setError(*job, m_error);
    m_icon->setPixmap(StateIcon::forState(JobState::Error).pixmap(40, 40));
    // A 401 or 407 again after the pane gave credentials: those were wrong.
    m_fixBox->setCredentialsTried(m_credentialsGiven.contains(m_id));
    m_fixBox->setError(*job, m_error, m_memoryOnlyReason);
    m_fixBox->show();
    refreshState();
    showQueue();
    if (isVisible() && m_focusedError != qMakePair(m_id, m_error.time))
        focusTheFix();
}

void ErrorPane::focusTheFix()
{
    // The keyboard starts in the fix's first editor ("New address"), else on its button.
    m_focusedError = qMakePair(m_id, m_hasError ? m_error.time : QDateTime());
    m_fixBox->focusFirstEditor(m_fixResume);
}

void ErrorPane::showNoError(const std::optional<Job> &job)
{
    m_summary->setText(job
            ? tr("This download has no error now (%1).").arg(JobTypes::stateDisplayName(job->state))
            : tr("This download no longer exists."));
    m_facts->clear();
    m_fixBox->hide();
    m_cancel->setEnabled(false);
    m_complete->setEnabled(false);
    m_fixResume->setEnabled(false);
}

std::optional<Job> ErrorPane::currentJobState() const
{
    return m_id.isNull() ? std::nullopt : m_job;
}

void ErrorPane::refreshState()
{
    const std::optional<Job> job = currentJobState();
    const bool inError = job && job->state == JobState::Error;
    m_cancel->setEnabled(inError);
    m_complete->setEnabled(inError);
    m_fixResume->setEnabled(inError);
    m_fixBox->setEnabled(inError);
    if (job && !inError && m_hasError)
        showOutcome(*job);
}

void ErrorPane::showOutcome(const Job &job)
{
    // What is true now, not what was when the download stopped.
    const QString name = JobTableModel::displayName(job);
    m_fixBox->hide();
    m_icon->setPixmap(StateIcon::forState(job.state).pixmap(40, 40));
    m_facts->setOutcome(job, m_error);
    if (job.state == JobState::Cancelled) {
        m_title->setText(tr("“%1” was cancelled").arg(name));
        m_summary->setText(tr(
            "The download was cancelled and its partial data deleted. Files already saved are kept."));
    } else if (job.state == JobState::Acknowledged) {
        m_title->setText(tr("“%1” was completed").arg(name));
        m_summary->setText(JobTableModel::isPartial(job)
                ? tr("%1. What was not finished was dropped and its partial data deleted.")
                      .arg(JobTableModel::stateText(job))
                : tr("Every file of the download was saved."));
    } else {
        m_title->setText(tr("“%1” goes on").arg(name));
        m_summary->setText(
            tr("The download is now %1.").arg(JobTypes::stateDisplayName(job.state)));
    }
    fitToContent();
}

QString ErrorPane::resumeText() const
{
    const std::optional<Job> job = currentJobState();
    if (!job || !m_hasError)
        return QString();
    return m_fixBox->resumeText(*job, m_error);
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
    lines << tr("Download: %1").arg(m_id.toString(QUuid::WithoutBraces));
    return lines.join(QLatin1Char('\n'));
}

void ErrorPane::copyDetails()
{
    QApplication::clipboard()->setText(detailsText());
    setResult(tr("The details are on the clipboard."), false);
}

QString ErrorPane::resultText() const
{
    return hasResult() ? m_result->text() : QString();
}

void ErrorPane::setLinkRenewal(LinkRenewalPrompt *renewal)
{
    m_linkRenewal = renewal;
    m_fixBox->setBrowserAvailable(renewal != nullptr);
}

void ErrorPane::getNewLinkFromBrowser()
{
    if (!m_linkRenewal || m_id.isNull() || !m_hasError)
        return;
    m_linkRenewal->await(m_id, qMax(0, m_error.fileIndex), [this](bool waiting) {
        setResult(
            waiting ? tr(
                "Waiting for a new link: start this download again in the browser, from the page that offers it. Haul takes it over and goes on from the bytes already received.")
                    : tr("This file does not need a new link any more."),
            !waiting);
    });
}

void ErrorPane::setResult(const QString &text, bool failure)
{
    m_result->setText(text);
    m_result->setStyleSheet(failure ? QStringLiteral("color: #d63a3a;") : QString());
    m_result->show();
    if (isVisible())
        fitToContent();
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
    showQueue();
}

bool ErrorPane::cancelJob()
{
    const std::optional<Job> job = currentJobState();
    if (!job)
        return false;
    qint64 partial = 0;
    for (const JobFile &f : job->files)
        partial += f.completed ? 0 : f.bytesTransferred;
    if (!confirm(tr("Cancel the download?"),
            tr("The download is cancelled and its partial data (%1) is deleted. Files already saved are kept.")
                .arg(Format::size(partial))))
        return false;
    const QUuid id = m_id;
    m_dealtWith = true;
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
    m_dealtWith = true;
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
        finishWith(tr("Completed partially: %1 of %n file kept, the rest dropped.", nullptr,
            int(files.size()))
                       .arg(keptCount));
    else
        finishWith(tr("Completed: every file was kept."));
}

bool ErrorPane::fixAndResume()
{
    const std::optional<Job> job = currentJobState();
    if (!job || !m_hasError)
        return false;
    // What the fix changes, checked here and done on the engine thread with the resume.
    const FixAndResumeBox::Change change = m_fixBox->change(m_id, *job, m_error);
    if (!change.refused.ok()) {
        showNotResumed(change.refused);
        return false;
    }
    if (!change.missing.isEmpty()) {
        setResult(change.missing, true);
        return false;
    }
    if (!change.question.isEmpty() && !confirm(change.questionTitle, change.question))
        return false;
    const QUuid id = m_id;
    if (m_fixBox->fix() == Fix::Credentials)
        m_credentialsGiven.insert(id);
    auto work = [id, apply = change.apply](Engine &engine) {
        const CallResult r = apply(engine);
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
