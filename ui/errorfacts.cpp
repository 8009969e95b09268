#include "ui/errorfacts.h"

#include "core/l10n/format.h"
#include "core/model/errorcodes.h"
#include "core/model/job.h"
#include "core/model/jobtypes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>

namespace {

const char *const FieldNames[] = { "what", "where", "file", "address", "saveTo", "code", "http",
    "protocol", "details", "count", "when" };

// Long addresses and paths are shortened in the middle; the tooltip and Copy details keep
// them whole.
QString shortened(const QLabel *label, const QString &text)
{
    return label->fontMetrics().elidedText(text, Qt::ElideMiddle, 460);
}

} // namespace

ErrorFacts::ErrorFacts()
{
    setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const char *name : FieldNames) {
        auto *label = new QLabel;
        auto *value = new QLabel;
        value->setObjectName(QString::fromLatin1(name));
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_fields.append(qMakePair(label, value));
        addRow(label, value);
    }
    retranslate();
}

void ErrorFacts::retranslate()
{
    // The texts keep the context of the pane they were written for.
    const QStringList names { QCoreApplication::translate("ErrorPane", "What happened:"),
        QCoreApplication::translate("ErrorPane", "Where:"),
        QCoreApplication::translate("ErrorPane", "File:"),
        QCoreApplication::translate("ErrorPane", "Address:"),
        QCoreApplication::translate("ErrorPane", "Saved to:"),
        QCoreApplication::translate("ErrorPane", "Code:"),
        QCoreApplication::translate("ErrorPane", "HTTP status:"),
        QCoreApplication::translate("ErrorPane", "Protocol:"),
        QCoreApplication::translate("ErrorPane", "Details:"),
        QCoreApplication::translate("ErrorPane", "Errors so far:"),
        QCoreApplication::translate("ErrorPane", "When:") };
    for (int i = 0; i < m_fields.size(); ++i)
        m_fields[i].first->setText(names.at(i));
}

QString ErrorFacts::fileLabel(const JobFile &f)
{
    return f.localPath.isEmpty() ? f.remoteUrl.fileName() : QFileInfo(f.localPath).fileName();
}

void ErrorFacts::clear()
{
    for (const auto &field : std::as_const(m_fields)) {
        field.second->clear();
        field.second->setProperty("fullText", QString());
    }
}

void ErrorFacts::set(const char *name, const QString &text)
{
    for (const auto &field : std::as_const(m_fields)) {
        if (field.second->objectName() == QLatin1String(name)) {
            field.second->setText(shortened(field.second, text));
            field.second->setToolTip(text);
            field.second->setProperty("fullText", text);
            field.first->setVisible(!text.isEmpty());
            field.second->setVisible(!text.isEmpty());
        }
    }
}

void ErrorFacts::setError(const Job &job, const JobError &e)
{
    set("what", e.description());
    set("where",
        QCoreApplication::translate("ErrorPane", "%1 — %2")
            .arg(JobTypes::contextName(e.context), e.contextDescription()));
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
        set("saveTo", QString());
        set("address", QString());
    }
    set("code", QStringLiteral("%1 (%2)").arg(ErrorCode::hex(e.code), e.codeName()));
    set("http",
        e.httpStatus ? QStringLiteral("%1 %2").arg(e.httpStatus).arg(e.httpReason).trimmed()
                     : QString());
    set("protocol",
        e.protocol.isEmpty() ? QCoreApplication::translate("ErrorPane", "not a protocol error")
                             : e.protocol);
    set("details", e.details);
    set("count", QString::number(job.errorCount));
    set("when", Format::dateTime(e.time));
}

QString ErrorFacts::text(const QString &name) const
{
    for (const auto &field : m_fields) {
        if (field.second->objectName() == name)
            return field.second->property("fullText").toString();
    }
    return QString();
}

QStringList ErrorFacts::lines() const
{
    QStringList lines;
    for (const auto &field : m_fields) {
        const QString text = field.second->property("fullText").toString();
        if (!text.isEmpty())
            lines << QStringLiteral("%1 %2").arg(field.first->text(), text);
    }
    return lines;
}
