#include "ui/jobdetails.h"

#include "core/engine/engine.h"
#include "core/l10n/format.h"
#include "core/model/errorcodes.h"
#include "core/model/fileranges.h"
#include "ui/jobtablemodel.h"
#include "ui/rangesbar.h"
#include "ui/speedgraph.h"
#include "ui/stateicon.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Fact
{
    FactUrls,
    FactDestination,
    FactState,
    FactPriority,
    FactCreated,
    FactModified,
    FactFinished,
    FactRetry,
    FactErrors,
    FactResumable,
    FactProxy,
    FactCount
};
} // namespace

JobDetails::JobDetails(Engine *engine, JobTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_model(model)
    , m_tabs(new QTabWidget(this))
    , m_general(new QWidget)
    , m_form(new QFormLayout(m_general))
    , m_files(new QTableWidget(0, 4))
    , m_rangesCaption(new QLabel)
    , m_ranges(new RangesBar)
    , m_graph(new SpeedGraph)
    , m_graphCaption(new QLabel)
    , m_history(new QTableWidget(0, 3))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    for (int i = 0; i < FactCount; ++i) {
        auto *label = new QLabel;
        auto *value = new QLabel;
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_labels.append(label);
        m_values.append(value);
        m_form->addRow(label, value);
    }
    m_tabs->addTab(m_general, QString());

    for (QTableWidget *table : { m_files, m_history }) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setAlternatingRowColors(true);
        table->setWordWrap(false);
        // Tab leaves the table for the next control instead of walking its cells.
        table->setTabKeyNavigation(false);
    }
    m_files->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->horizontalHeader()->setStretchLastSection(false);
    m_rangesCaption->setWordWrap(true);
    m_rangesCaption->setBuddy(m_ranges);
    m_ranges->setFocusPolicy(Qt::TabFocus); // a screen reader reaches it and reads its words
    auto *files = new QWidget;
    auto *filesLayout = new QVBoxLayout(files);
    filesLayout->addWidget(m_files, 1);
    filesLayout->addWidget(m_rangesCaption);
    filesLayout->addWidget(m_ranges);
    m_tabs->addTab(files, QString());
    // The file whose parts the bar shows is the one picked in the table.
    connect(m_files, &QTableWidget::currentCellChanged, this, [this] {
        if (const std::optional<Job> job = m_id.isNull() ? std::nullopt : m_model->job(m_id))
            showRanges(*job);
    });

    auto *speed = new QWidget;
    auto *speedLayout = new QVBoxLayout(speed);
    speedLayout->addWidget(m_graphCaption);
    speedLayout->addWidget(m_graph, 1);
    m_tabs->addTab(speed, QString());
    m_tabs->addTab(m_history, QString());

    m_tabs->setFocusPolicy(Qt::StrongFocus);
    connect(model, &JobTableModel::jobsUpdated, this, &JobDetails::onJobsUpdated);
    retranslate();
    showJob(QUuid());
}

void JobDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void JobDetails::retranslate()
{
    m_tabs->setTabText(0, tr("General"));
    m_tabs->setTabText(1, tr("Files"));
    m_tabs->setTabText(2, tr("Speed"));
    m_tabs->setTabText(3, tr("History"));
    const QStringList facts { tr("Address:"), tr("Destination:"), tr("State:"), tr("Priority:"),
        tr("Added:"), tr("Last change:"), tr("Transferred:"), tr("Retries:"), tr("Errors so far:"),
        tr("Resumable:"), tr("Proxy:") };
    for (int i = 0; i < FactCount; ++i)
        m_labels[i]->setText(facts.at(i));
    m_files->setHorizontalHeaderLabels({ tr("File"), tr("Progress"), tr("Size"), tr("Status") });
    m_history->setHorizontalHeaderLabels({ tr("Time"), tr("State"), tr("Error") });
    m_tabs->setAccessibleName(tr("Details of the selected download"));
    m_files->setAccessibleName(tr("Files of the download"));
    m_history->setAccessibleName(tr("History of the download"));
    m_graph->setAccessibleName(tr("Speed over the last minutes"));
    m_graph->update();
    refresh(true);
}

void JobDetails::showJob(const QUuid &id)
{
    m_id = id;
    m_lastState = -1;
    m_lastErrorCount = -1;
    refresh(true);
}

void JobDetails::onJobsUpdated(const QSet<QUuid> &ids)
{
    if (!m_id.isNull() && ids.contains(m_id))
        refresh(false);
}

QString JobDetails::proxyText(const ProxySettings &proxy)
{
    switch (proxy.mode) {
    case ProxySettings::Mode::NoProxy:
        return tr("none: direct connections");
    case ProxySettings::Mode::Override:
        return proxy.bypass.isEmpty()
            ? proxy.proxies.join(QLatin1Char(' '))
            : tr("%1, except for %2")
                  .arg(proxy.proxies.join(QLatin1Char(' ')), proxy.bypass.join(QLatin1Char(' ')));
    case ProxySettings::Mode::System:
        break;
    }
    return tr("the environment's proxy (http_proxy, all_proxy…), else the desktop's");
}

void JobDetails::refresh(bool historyToo)
{
    const std::optional<Job> job = m_id.isNull() ? std::nullopt : m_model->job(m_id);
    // The pages go grey without a job, the tabs never: a disabled widget is skipped by Tab,
    // and a keyboard or screen-reader user must find the details before choosing a job.
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->widget(i)->setEnabled(job.has_value());
    if (!job) {
        for (QLabel *value : std::as_const(m_values))
            value->clear();
        m_files->setRowCount(0);
        m_history->setRowCount(0);
        m_rangesCaption->clear();
        m_ranges->setRanges(FileRanges());
        m_graph->setSamples({}, JobTableModel::SpeedHistorySeconds);
        m_graphCaption->setText(tr("Select a download to see its details."));
        return;
    }
    showFacts(*job);
    showFiles(*job);

    const QVector<float> samples = m_model->speedHistory(m_id);
    m_graph->setSamples(samples, JobTableModel::SpeedHistorySeconds);
    const double now = m_model->speed(m_id);
    m_graphCaption->setText(
        now > 0 ? tr("Now %1").arg(Format::speed(now)) : tr("Not transferring now."));

    if (historyToo || m_lastState != int(job->state) || m_lastErrorCount != job->errorCount) {
        m_lastState = int(job->state);
        m_lastErrorCount = job->errorCount;
        // The history is read from the store on the engine thread; it fills in when it comes.
        const QUuid id = m_id;
        m_engine->post(
            this, [id](Engine &engine) { return engine.history(id); },
            [this, id](const QList<JobEvent> &events) {
                if (id == m_id)
                    showHistory(events);
            });
    }
}

void JobDetails::showFacts(const Job &job)
{
    QStringList urls;
    QSet<QString> folders;
    for (const JobFile &f : job.files) {
        urls << f.remoteUrl.toDisplayString();
        folders.insert(QDir::toNativeSeparators(
            f.localPath.isEmpty() ? f.folder : QFileInfo(f.localPath).absolutePath()));
    }
    const int shown = 5;
    QString urlText = QStringList(urls.mid(0, shown)).join(QLatin1Char('\n'));
    if (urls.size() > shown)
        urlText += QLatin1Char('\n') + tr("and %n more", nullptr, int(urls.size() - shown));
    m_values[FactUrls]->setText(urlText);
    m_values[FactDestination]->setText(QStringList(folders.values()).join(QLatin1Char('\n')));
    m_values[FactState]->setText(JobTypes::stateDisplayName(job.state));
    m_values[FactPriority]->setText(JobTypes::priorityDisplayName(job.priority));
    m_values[FactCreated]->setText(Format::dateTime(job.creationTime));
    m_values[FactModified]->setText(Format::dateTime(job.modificationTime));
    m_values[FactFinished]->setText(job.transferCompletionTime.isValid()
            ? Format::dateTime(job.transferCompletionTime)
            : tr("not yet"));
    m_values[FactRetry]->setText(job.noProgressTimeout == 0
            ? tr("every error is final")
            : tr("first after %1, give up after %2 without progress")
                  .arg(Format::duration(job.minimumRetryDelay),
                      Format::duration(job.noProgressTimeout)));
    m_values[FactErrors]->setText(QString::number(job.errorCount));
    m_values[FactResumable]->setText(resumableText(job));
    m_values[FactProxy]->setText(proxyText(job.proxy));
}

QString JobDetails::resumableText(const Job &job)
{
    bool allResumable = !job.files.isEmpty();
    bool anyResumable = false;
    for (const JobFile &f : job.files) {
        allResumable = allResumable && (f.resumable || f.transferred);
        anyResumable = anyResumable || f.resumable;
    }
    if (job.files.isEmpty())
        return tr("no files yet");
    if (allResumable)
        return tr("yes: an interrupted download continues where it stopped");
    if (anyResumable)
        return tr("only some files: the others restart from the beginning if interrupted");
    if (job.progress().bytesTransferred == 0)
        return tr("not known until the server answers");
    return tr(
        "no: the server offers no ranges or no validator, so an interrupted file restarts from the beginning");
}

void JobDetails::showFiles(const Job &job)
{
    m_files->setRowCount(int(job.files.size()));
    for (int i = 0; i < job.files.size(); ++i) {
        const JobFile &f = job.files.at(i);
        const QString name = fileName(f);
        auto setText = [this, i](int column, const QString &text, const QString &tip = QString()) {
            QTableWidgetItem *item = m_files->item(i, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_files->setItem(i, column, item);
            }
            item->setText(text);
            item->setToolTip(tip);
        };
        setText(0, name, f.remoteUrl.toDisplayString());
        auto *bar = qobject_cast<QProgressBar *>(m_files->cellWidget(i, 1));
        if (!bar) {
            bar = new QProgressBar;
            bar->setRange(0, 1000);
            m_files->setCellWidget(i, 1, bar);
        }
        bar->setValue(f.bytesTotal > 0 ? int(f.bytesTransferred * 1000 / f.bytesTotal)
                                       : (f.transferred ? 1000 : 0));
        bar->setFormat(f.bytesTotal > 0 ? QStringLiteral("%p%") : QString());
        bar->setMaximum(1000);
        setText(2,
            f.bytesTotal < 0
                ? Format::size(f.bytesTransferred)
                : tr("%1 of %2").arg(Format::size(f.bytesTransferred), Format::size(f.bytesTotal)));
        const QString status = fileStatus(job, i);
        setText(3, status, status);
    }
    m_files->resizeColumnToContents(2);
    m_files->resizeColumnToContents(3);
    showRanges(job);
}

void JobDetails::showRanges(const Job &job)
{
    int shown = m_files->currentRow();
    if (shown < 0 || shown >= job.files.size())
        shown = qMax(0, job.currentFileIndex());
    if (shown >= job.files.size()) {
        m_rangesCaption->clear();
        m_ranges->setRanges(FileRanges());
        return;
    }
    const JobFile &f = job.files.at(shown);
    const bool fetched = job.state == JobState::Transferring && isUnderWay(job, shown);
    m_ranges->setRanges(FileRanges::of(f, fetched ? qMax(1, job.connections) : 0));
    m_rangesCaption->setText(
        tr("Parts of %1 (filled: on disk; numbered: fetched now over that connection):")
            .arg(fileName(f)));
}

QString JobDetails::fileName(const JobFile &f)
{
    return f.localPath.isEmpty() ? f.remoteUrl.fileName() : QFileInfo(f.localPath).fileName();
}

QString JobDetails::fileStatus(const Job &job, int index)
{
    const JobFile &f = job.files.at(index);
    if (f.completed)
        return tr("kept: saved as %1").arg(QDir::toNativeSeparators(f.localPath));
    // Complete keeps the files transferred and drops the rest; Cancel drops them all.
    if (job.state == JobState::Acknowledged)
        return tr("dropped: not finished when the download was completed");
    if (job.state == JobState::Cancelled)
        return tr("dropped: the download was cancelled");
    if (f.transferred)
        return tr("done");
    const bool failed = job.state == JobState::Error || job.state == JobState::TransientError;
    if (failed && job.error && job.error->fileIndex == index)
        return job.state == JobState::Error
            ? tr("failed: %1").arg(job.error->description())
            : tr("failed, retried soon: %1").arg(job.error->description());
    // Several files of a job transfer at once: any with bytes is under way, as is the first.
    if (!isUnderWay(job, index))
        return tr("waiting");
    return currentFileStatus(job, f);
}

bool JobDetails::isUnderWay(const Job &job, int index)
{
    const JobFile &f = job.files.at(index);
    return !f.transferred && (index == job.currentFileIndex() || f.bytesTransferred > 0);
}

QString JobDetails::currentFileStatus(const Job &job, const JobFile &f)
{
    switch (job.state) {
    case JobState::Transferring:
        return f.bytesTransferred > 0 && !f.resumable
            ? tr("transferring (not resumable: an interruption restarts it)")
            : tr("transferring");
    case JobState::Connecting:
        return tr("connecting");
    case JobState::Queued:
        return tr("waiting for its turn in the queue");
    case JobState::Suspended:
        return f.bytesTransferred > 0 ? tr("paused") : tr("waiting: the download is paused");
    case JobState::TransientError:
        return tr("waiting to retry");
    case JobState::Error:
        return tr("stopped by the download's error");
    case JobState::Transferred:
    case JobState::Acknowledged:
    case JobState::Cancelled:
        break;
    }
    return tr("waiting");
}

QString JobDetails::historyStateText(const JobEvent &event, const QDateTime &created)
{
    // A job is born Suspended (as in BITS) and its first event says so; to the user it was
    // added then, not paused.
    const bool creation = event.state == JobState::Suspended && event.code == 0 && created.isValid()
        && qAbs(event.time.msecsTo(created)) < 1000;
    return creation ? tr("Added") : JobTypes::stateDisplayName(event.state);
}

void JobDetails::showHistory(const QList<JobEvent> &events)
{
    const std::optional<Job> job = m_model->job(m_id);
    const QDateTime created = job ? job->creationTime : QDateTime();
    m_history->setRowCount(int(events.size()));
    // Newest first: what just happened is what one looks for.
    for (int i = 0; i < events.size(); ++i) {
        const JobEvent &e = events.at(events.size() - 1 - i);
        auto *time = new QTableWidgetItem(Format::preciseDateTime(e.time));
        const QString stateText = historyStateText(e, created);
        // "Added" is no pause: it goes without the Suspended icon.
        auto *state = new QTableWidgetItem(stateText == JobTypes::stateDisplayName(e.state)
                ? StateIcon::forState(e.state)
                : QIcon(),
            stateText);
        QString error;
        if (e.code) {
            error = QStringLiteral("%1 (%2)").arg(
                ErrorCode::description(e.code), ErrorCode::hex(e.code));
            if (e.fileIndex >= 0)
                error = tr("file %1: %2").arg(e.fileIndex).arg(error);
        }
        m_history->setItem(i, 0, time);
        m_history->setItem(i, 1, state);
        m_history->setItem(i, 2, new QTableWidgetItem(error));
    }
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(1);
}
