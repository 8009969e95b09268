#include "ui/fixandresumebox.h"

#include "core/engine/intake.h"
#include "core/l10n/format.h"
#include "core/model/job.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

// The texts keep the translation context of the pane they were written for (ErrorPane).

namespace {

// The folder a file is saved into: its own, or the one it will be saved into.
QString folderOf(const JobFile &f)
{
    return f.localPath.isEmpty() ? f.folder : QFileInfo(f.localPath).absolutePath();
}

const JobFile *fileOf(const Job &job, const JobError &error)
{
    return error.hasFile() && error.fileIndex < job.files.size() ? &job.files.at(error.fileIndex)
                                                                 : nullptr;
}

} // namespace

FixAndResumeBox::FixAndResumeBox(QWidget *parent)
    : QGroupBox(parent)
    , m_hint(new QLabel)
    , m_pages(new QWidget)
    , m_url(new QLineEdit)
    , m_fromBrowser(new QPushButton)
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
{
    // The hint first: the box's first label is its hint (the window's tests read it there).
    auto *layout = new QVBoxLayout(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    // The fixes, one page each, in the order of Fix; only the one on show takes room (a
    // QStackedWidget's height would be that of its tallest page).
    auto *pages = new QVBoxLayout(m_pages);
    pages->setContentsMargins(0, 0, 0, 0);
    m_pageList.append(new QWidget(m_pages)); // None: nothing to edit
    m_url->setObjectName(QStringLiteral("newUrl"));
    m_fromBrowser->setObjectName(QStringLiteral("newLinkFromBrowser"));
    m_fromBrowser->hide();
    auto *urlRow = new QWidget;
    auto *urlLayout = new QHBoxLayout(urlRow);
    urlLayout->setContentsMargins(0, 0, 0, 0);
    urlLayout->addWidget(m_url, 1);
    urlLayout->addWidget(m_fromBrowser);
    addPage({ urlRow });
    m_password->setEchoMode(QLineEdit::Password);
    m_target->addItems({ QString(), QString() });
    m_scheme->addItems({ QStringLiteral("Basic"), QStringLiteral("Digest"), QStringLiteral("NTLM"),
        QStringLiteral("Negotiate") });
    addPage({ m_target, m_scheme, m_user, m_password });
    auto *folderRow = new QWidget;
    auto *folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(m_browse);
    addPage({ folderRow });
    m_retryDelay->setRange(1, 3600);
    m_noProgress->setRange(0, 24 * 30);
    addPage({ m_retryDelay, m_noProgress });
    for (QLabel *l : { m_certSubject, m_certIssuer, m_certValid, m_certSha }) {
        // Reached by Tab and read by a screen reader, as the error's facts are.
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        l->setFocusPolicy(Qt::StrongFocus);
        l->setWordWrap(true);
    }
    m_certSha->setObjectName(QStringLiteral("certificateSha256"));
    m_trustCert->setObjectName(QStringLiteral("trustCertificate"));
    addPage({ m_certSubject, m_certIssuer, m_certValid, m_certSha, m_trustCert });
    layout->addWidget(m_pages);
    m_resume->setWordWrap(true);
    m_resume->setObjectName(QStringLiteral("resumeExplanation"));
    layout->addWidget(m_resume);

    connect(m_fromBrowser, &QPushButton::clicked, this, &FixAndResumeBox::newLinkFromBrowser);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(window(),
            QCoreApplication::translate("ErrorPane", "Save into folder"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    showPage(Fix::None);
    retranslate();
}

void FixAndResumeBox::addPage(std::initializer_list<QWidget *> fields)
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (QWidget *field : fields) {
        auto *label = new QLabel;
        // The editor itself, where the field is a row of an editor and a button.
        QWidget *editor = field;
        if (field->focusPolicy() == Qt::NoFocus)
            if (auto *edit = field->findChild<QLineEdit *>())
                editor = edit;
        label->setBuddy(editor);
        m_labels.append(label);
        form->addRow(label, field);
    }
    m_pages->layout()->addWidget(page);
    m_pageList.append(page);
}

void FixAndResumeBox::focusFirstEditor(QWidget *otherwise)
{
    if (isVisible() && isEnabled() && m_fix != Fix::None) {
        for (QWidget *w : m_pageList.at(int(m_fix))->findChildren<QWidget *>()) {
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
                w->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
    }
    otherwise->setFocus(Qt::OtherFocusReason);
}

void FixAndResumeBox::setBrowserAvailable(bool available)
{
    m_browserAvailable = available;
    m_fromBrowser->setVisible(available && m_fix == Fix::Url);
}

void FixAndResumeBox::retranslate()
{
    m_fromBrowser->setText(
        QCoreApplication::translate("ErrorPane", "Get a new link from the browser…"));
    const QStringList labels { QCoreApplication::translate("ErrorPane", "New address:"),
        QCoreApplication::translate("ErrorPane", "For:"),
        QCoreApplication::translate("ErrorPane", "Scheme:"),
        QCoreApplication::translate("ErrorPane", "User:"),
        QCoreApplication::translate("ErrorPane", "Password:"),
        QCoreApplication::translate("ErrorPane", "Folder:"),
        QCoreApplication::translate("ErrorPane", "First retry after (s):"),
        QCoreApplication::translate("ErrorPane", "Give up after (h):"),
        QCoreApplication::translate("ErrorPane", "Certificate:"),
        QCoreApplication::translate("ErrorPane", "Issued by:"),
        QCoreApplication::translate("ErrorPane", "Valid:"),
        QCoreApplication::translate("ErrorPane", "SHA-256:"), QString() };
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i) {
        m_labels[i]->setText(labels.at(i));
        // A screen reader names the editor by its label, without the colon.
        QString name = labels.at(i);
        while (!name.isEmpty() && (name.back() == QLatin1Char(':') || name.back().isSpace()))
            name.chop(1);
        if (!name.isEmpty())
            m_labels[i]->buddy()->setAccessibleName(name);
    }
    m_target->setItemText(0, QCoreApplication::translate("ErrorPane", "the server"));
    m_target->setItemText(1, QCoreApplication::translate("ErrorPane", "the proxy"));
    m_noProgress->setSpecialValueText(
        QCoreApplication::translate("ErrorPane", "at the first error"));
    m_browse->setText(QCoreApplication::translate("ErrorPane", "Browse…"));
    setTitle(QCoreApplication::translate("ErrorPane", "Fix and resume"));
}

void FixAndResumeBox::showPage(Fix fix)
{
    for (int i = 0; i < m_pageList.size(); ++i)
        m_pageList.at(i)->setVisible(i == int(fix) && fix != Fix::None);
    m_pages->setVisible(fix != Fix::None);
}

void FixAndResumeBox::setError(
    const Job &job, const JobError &error, const QString &memoryOnlyReason)
{
    m_fix = error.remedy();
    showPage(m_fix);
    m_fromBrowser->setVisible(m_browserAvailable && m_fix == Fix::Url);
    showHint(error, memoryOnlyReason);
    fillEditors(job, error);
    m_resume->setText(resumeText(job, error));
}

void FixAndResumeBox::showHint(const JobError &e, const QString &memoryOnlyReason)
{
    switch (m_fix) {
    case Fix::Url:
        m_hint->setText(QCoreApplication::translate("ErrorPane",
            "The server refused or no longer has this file. If you have a new link (an expired link, a moved file), enter it below."));
        break;
    case Fix::Credentials:
        if (m_credentialsTried)
            m_hint->setText(e.httpStatus == 407
                    ? QCoreApplication::translate("ErrorPane",
                        "The proxy refused this user name and password. Check them and enter them again.")
                    : QCoreApplication::translate("ErrorPane",
                        "The server refused this user name and password. Check them and enter them again."));
        else
            m_hint->setText(e.httpStatus == 407
                    ? QCoreApplication::translate(
                        "ErrorPane", "The proxy asks for a user name and password.")
                    : QCoreApplication::translate(
                        "ErrorPane", "The server asks for a user name and password."));
        if (!memoryOnlyReason.isEmpty())
            m_hint->setText(m_hint->text() + QLatin1Char(' ')
                + QCoreApplication::translate("ErrorPane",
                    "No keychain is available (%1): Haul keeps the password in memory only, until it quits.")
                      .arg(memoryOnlyReason));
        break;
    case Fix::Folder:
        m_hint->setText(QCoreApplication::translate("ErrorPane",
            "The file cannot be written where it is. Free some space and resume, or choose another folder."));
        break;
    case Fix::Retry:
        m_hint->setText(e.context == ErrorContext::RemoteFile
                ? QCoreApplication::translate("ErrorPane",
                    "The server could not serve the file for now. Resume tries again; you may also change how patiently Haul retries.")
                : QCoreApplication::translate("ErrorPane",
                    "The connection failed. Resume tries again; you may also change how patiently Haul retries."));
        break;
    case Fix::Certificate:
        m_hint->setText(QCoreApplication::translate("ErrorPane",
            "The server's certificate is not trusted (self-signed, expired, or made out to another name). Haul never ignores certificate errors wholesale, but if you know this is the server's own certificate you may trust exactly this one, for this server only."));
        break;
    case Fix::None:
        m_hint->setText(
            e.context == ErrorContext::ServerCertificate ? QCoreApplication::translate("ErrorPane",
                "Haul never ignores certificate errors. Once the server's certificate is fixed, Resume tries again.")
                                                         : QCoreApplication::translate(
                                                             "ErrorPane", "Resume tries again."));
        break;
    }
}

void FixAndResumeBox::fillEditors(const Job &job, const JobError &e)
{
    const JobFile *f = fileOf(job, e);
    switch (m_fix) {
    case Fix::Url:
        m_url->setText(f ? f->remoteUrl.toString() : QString());
        break;
    case Fix::Credentials:
        m_target->setCurrentIndex(e.httpStatus == 407 ? 1 : 0);
        if (job.id != m_credentialsJob)
            m_user->clear(); // another download's user name is no guess for this one
        m_credentialsJob = job.id;
        m_password->clear();
        break;
    case Fix::Folder:
        m_folder->setText(QDir::toNativeSeparators(f ? folderOf(*f) : QString()));
        break;
    case Fix::Retry:
        m_retryDelay->setValue(job.minimumRetryDelay);
        m_noProgress->setValue(job.noProgressTimeout / 3600);
        break;
    case Fix::Certificate: {
        const CertificateInfo &c = e.certificate;
        m_certSubject->setText(c.subject);
        m_certIssuer->setText(c.issuer);
        m_certValid->setText(QCoreApplication::translate("ErrorPane", "%1 to %2")
                                 .arg(Format::fullDate(c.notBefore), Format::fullDate(c.notAfter)));
        // 32 pairs on two lines of 16: a fingerprint has no spaces to wrap at.
        const QString fingerprint = c.fingerprint();
        m_certSha->setText(fingerprint.size() > 48
                ? fingerprint.left(47) + QLatin1Char('\n') + fingerprint.mid(48)
                : fingerprint);
        m_trustCert->setText(
            QCoreApplication::translate("ErrorPane", "Trust this certificate for %1").arg(c.host));
        m_trustCert->setChecked(false);
        break;
    }
    case Fix::None:
        break;
    }
}

QString FixAndResumeBox::certificateText() const
{
    return QStringList { m_certSubject->text(), m_certIssuer->text(), m_certValid->text(),
        m_certSha->text().replace(QLatin1Char('\n'), QLatin1Char(':')) }
        .join(QLatin1Char('\n'));
}

QString FixAndResumeBox::resumeText(const Job &job, const JobError &error) const
{
    int finished = 0;
    for (const JobFile &f : job.files)
        finished += f.transferred ? 1 : 0;
    const QString kept = finished > 0 ? QLatin1Char(' ')
            + QCoreApplication::translate(
                "ErrorPane", "%n finished file will not be fetched again.", nullptr, finished)
                                      : QString();
    const JobFile *f = fileOf(job, error);
    if (!f || f->bytesTransferred == 0)
        return QCoreApplication::translate("ErrorPane",
                   "The file starts from the beginning: nothing of it was received yet.")
            + kept;
    const QString at = Format::size(f->bytesTransferred);
    if (error.code == ErrorCode::E_ChecksumMismatch)
        return QCoreApplication::translate("ErrorPane",
                   "The file restarts from the beginning: the data received did not match the expected SHA-256.")
            + kept;
    if (!f->resumable)
        return QCoreApplication::translate("ErrorPane",
                   "The file must restart from the beginning: the server did not allow resuming it (no ranges or no validator such as an ETag).")
            + kept;
    switch (m_fix) {
    case Fix::Url:
        return QCoreApplication::translate("ErrorPane",
                   "If the new address serves the same file (same size and ETag or date), the download continues from %1; otherwise it restarts from the beginning, so old and new data are never mixed.")
                   .arg(at)
            + kept;
    case Fix::Folder:
        return QCoreApplication::translate("ErrorPane",
                   "The %1 already received move to the new folder and the download continues from there; if they cannot be moved, the file restarts.")
                   .arg(at)
            + kept;
    default:
        return QCoreApplication::translate("ErrorPane",
                   "The download continues from %1, where it stopped, if the file on the server has not changed.")
                   .arg(at)
            + kept;
    }
}

FixAndResumeBox::Change FixAndResumeBox::change(
    const QUuid &id, const Job &job, const JobError &error) const
{
    Change change;
    change.apply = [](Engine &) { return CallResult(); };
    const int file = error.fileIndex;
    switch (m_fix) {
    case Fix::Url: {
        const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
        change.refused = Intake::checkRemoteUrl(url);
        if (change.refused.ok() && file >= 0 && url != job.files.at(file).remoteUrl)
            change.apply = [=](Engine &engine) { return engine.setRemoteUrl(id, file, url); };
        break;
    }
    case Fix::Credentials: {
        if (m_user->text().isEmpty()) {
            change.missing = QCoreApplication::translate("ErrorPane", "Enter a user name.");
            break;
        }
        const CredentialTarget target
            = m_target->currentIndex() == 1 ? CredentialTarget::Proxy : CredentialTarget::Server;
        const CredentialScheme scheme = CredentialScheme(m_scheme->currentIndex());
        const QString user = m_user->text();
        const QString secret = m_password->text();
        change.apply = [=](Engine &engine) {
            return engine.setCredentials(id, target, scheme, user, secret);
        };
        break;
    }
    case Fix::Folder: {
        const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
        const QString current = file >= 0 ? folderOf(job.files.at(file)) : QString();
        if (file >= 0 && QDir::cleanPath(folder) != QDir::cleanPath(current))
            change.apply = [=](Engine &engine) { return engine.setDestination(id, file, folder); };
        break;
    }
    case Fix::Retry: {
        const int delay = m_retryDelay->value();
        const int noProgress = m_noProgress->value() * 3600;
        change.apply = [=](Engine &engine) {
            CallResult r = engine.setMinimumRetryDelay(id, delay);
            return r.ok() ? engine.setNoProgressTimeout(id, noProgress) : r;
        };
        break;
    }
    case Fix::Certificate:
        if (m_trustCert->isChecked()) {
            const CertificateInfo &c = error.certificate;
            change.questionTitle
                = QCoreApplication::translate("ErrorPane", "Trust this certificate?");
            change.question = QCoreApplication::translate("ErrorPane",
                "Haul will accept this exact certificate for %1 from now on, and no other:\n\n%2\nSHA-256 %3\n\nDo this only if you know the server really uses it (a device on your network with a certificate of its own, say). Settings lists the certificates you trusted and removes them.")
                                  .arg(c.host, c.subject, c.fingerprint());
            change.apply = [=](Engine &engine) { return engine.trustCertificate(id); };
        }
        break;
    case Fix::None:
        break;
    }
    return change;
}
