#include "ui/errorfacts.h"

#include "core/l10n/format.h"
#include "core/model/errorcodes.h"
#include "core/model/job.h"
#include "core/model/jobtypes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>

// The texts keep the context of the pane they were written for (ErrorPane).

namespace {

// The facts shown, in form order (the names text() takes).
const char *const FieldNames[]
    = { "what", "where", "file", "address", "saveTo", "technical", "details", "when" };

// Long addresses and paths (no spaces to wrap at) are shortened in the middle; the tooltip
// and Copy details keep them whole.
QString shortened(const QLabel *label, const QString &text)
{
    return label->fontMetrics().elidedText(text, Qt::ElideMiddle, 440);
}

} // namespace

ErrorFacts::ErrorFacts()
{
    setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (const char *name : FieldNames) {
        auto *label = new QLabel;
        auto *value = new QLabel;
        value->setObjectName(QString::fromLatin1(name));
        value->setWordWrap(true);
        // Selectable by keyboard too: Tab reaches each fact, and a screen reader reads it.
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setFocusPolicy(Qt::StrongFocus);
        label->setBuddy(value);
        m_fields.append(qMakePair(label, value));
        addRow(label, value);
    }
    retranslate();
}

void ErrorFacts::retranslate()
{
    const QStringList names { QCoreApplication::translate("ErrorPane", "What happened:"),
        QCoreApplication::translate("ErrorPane", "Where:"),
        QCoreApplication::translate("ErrorPane", "File:"),
        QCoreApplication::translate("ErrorPane", "Address:"),
        QCoreApplication::translate("ErrorPane", "Saved to:"),
        QCoreApplication::translate("ErrorPane", "Technical details:"),
        QCoreApplication::translate("ErrorPane", "Details:"),
        QCoreApplication::translate("ErrorPane", "When:") };
    for (int i = 0; i < m_fields.size(); ++i) {
        m_fields[i].first->setText(names.at(i));
        // The name without its colon (and the space French puts before it).
        QString name = names.at(i);
        while (!name.isEmpty() && (name.back() == QLatin1Char(':') || name.back().isSpace()))
            name.chop(1);
        m_fields[i].second->setAccessibleName(name);
    }
}

QString ErrorFacts::fileLabel(const JobFile &f)
{
    return f.localPath.isEmpty() ? f.remoteUrl.fileName() : QFileInfo(f.localPath).fileName();
}

QString ErrorFacts::whereText(ErrorContext context)
{
    QString where;
    switch (context) {
    case ErrorContext::LocalFile:
        where = QCoreApplication::translate("ErrorPane", "with the file on this computer");
        break;
    case ErrorContext::RemoteFile:
        where = QCoreApplication::translate("ErrorPane", "on the server");
        break;
    case ErrorContext::GeneralTransport:
        where = QCoreApplication::translate("ErrorPane", "in the network connection");
        break;
    case ErrorContext::RemoteApplication:
        where = QCoreApplication::translate("ErrorPane", "in the server's application");
        break;
    case ErrorContext::ServerCertificate:
        where = QCoreApplication::translate("ErrorPane", "in the server's certificate");
        break;
    case ErrorContext::GeneralQueueManager:
        where = QCoreApplication::translate("ErrorPane", "in Haul's list of downloads");
        break;
    case ErrorContext::QueueManagerNotification:
        where = QCoreApplication::translate(
            "ErrorPane", "while telling an application about the download");
        break;
    case ErrorContext::None:
    case ErrorContext::Unknown:
        where = QCoreApplication::translate("ErrorPane", "unknown");
        break;
    }
    return QCoreApplication::translate("ErrorPane", "%1 (%2)")
        .arg(where, JobTypes::contextName(context));
}

void ErrorFacts::clear()
{
    m_text.clear();
    for (const auto &field : std::as_const(m_fields))
        field.second->clear();
}

void ErrorFacts::set(const char *name, const QString &text)
{
    m_text.insert(QString::fromLatin1(name), text);
    for (const auto &field : std::as_const(m_fields)) {
        if (field.second->objectName() == QLatin1String(name)) {
            field.second->setText(shortened(field.second, text));
            field.second->setToolTip(text);
            field.first->setVisible(!text.isEmpty());
            field.second->setVisible(!text.isEmpty());
        }
    }
}

void ErrorFacts::setError(const Job &job, const JobError &e)
{
    clear();
    set("what", e.description());
    set("where", whereText(e.context));
    if (e.hasFile() && e.fileIndex < job.files.size()) {
        const JobFile &f = job.files.at(e.fileIndex);
        set("file",
            QCoreApplication::translate("ErrorPane", "%1 (file %2 of %3)")
                .arg(fileLabel(f))
                .arg(e.fileIndex + 1)
                .arg(job.files.size()));
        set("address", e.remoteUrl.isEmpty() ? f.remoteUrl.toDisplayString() : e.remoteUrl);
        const QString local = !e.localPath.isEmpty() ? e.localPath
            : f.localPath.isEmpty()                  ? f.folder
                                                     : f.localPath;
        set("saveTo", QDir::toNativeSeparators(local));
    } else {
        set("file",
            QCoreApplication::translate("ErrorPane", "not tied to one file (%1)")
                .arg(ErrorCode::hex(ErrorCode::E_FileNotAvailable)));
        set("address", QString());
        set("saveTo", QString());
    }
    m_text.insert(QStringLiteral("code"),
        QStringLiteral("%1 (%2)").arg(ErrorCode::hex(e.code), e.codeName()));
    const QString http = e.httpStatus
        ? QStringLiteral("%1 %2").arg(e.httpStatus).arg(e.httpReason).trimmed()
        : QString();
    m_text.insert(QStringLiteral("http"), http);
    m_text.insert(QStringLiteral("protocol"), e.protocol);
    m_text.insert(QStringLiteral("count"), QString::number(job.errorCount));
    // The code's name first: what a search or a bug report needs.
    set("technical",
        http.isEmpty() ? QCoreApplication::translate("ErrorPane", "%1 (%2)")
                             .arg(e.codeName(), ErrorCode::hex(e.code))
                       : QCoreApplication::translate("ErrorPane", "%1 (%2), HTTP status %3")
                             .arg(e.codeName(), ErrorCode::hex(e.code), http));
    set("details", e.details);
    set("when",
        QCoreApplication::translate(
            "ErrorPane", "%1 (error %n of this download)", nullptr, job.errorCount)
            .arg(Format::dateTime(e.time)));
}

void ErrorFacts::setOutcome(const Job &job, const JobError &e)
{
    if (!e.hasFile() || e.fileIndex >= job.files.size())
        return;
    const JobFile &f = job.files.at(e.fileIndex);
    if (f.completed)
        set("saveTo", QDir::toNativeSeparators(f.localPath));
    else if (job.state == JobState::Cancelled || job.state == JobState::Acknowledged)
        set("saveTo",
            QCoreApplication::translate(
                "ErrorPane", "nothing (the partial data of this file was deleted)"));
}

QString ErrorFacts::text(const QString &name) const
{
    return m_text.value(name);
}

QStringList ErrorFacts::lines() const
{
    QStringList lines;
    for (const auto &field : m_fields) {
        const QString text = m_text.value(field.second->objectName());
        if (!text.isEmpty())
            lines << QStringLiteral("%1 %2").arg(field.first->text(), text);
    }
    return lines;
}
