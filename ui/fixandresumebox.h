#pragma once

#include "core/engine/engine.h"
#include "core/model/errorcodes.h"

#include <QGroupBox>
#include <QList>
#include <functional>

struct JobError;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// The error pane's "Fix and resume" box: what the error calls for (ErrorCode::remedy) and the
// editors of that fix — a new address, credentials, another folder, how patiently to retry,
// trusting the server's certificate — one page each, and whether resuming continues the file
// or starts it over.
class FixAndResumeBox : public QGroupBox
{
    Q_OBJECT
public:
    using Fix = ErrorCode::Remedy;

    // What Fix-and-Resume changes before it resumes, read from the editors: `apply` runs on
    // the engine thread, unless an entry is refused (`refused`, `missing`) or the user must
    // first say yes to `question`.
    struct Change
    {
        std::function<CallResult(Engine &)> apply;
        CallResult refused; // what the intake check said of the entry
        QString missing; // an entry the user must make first
        QString questionTitle;
        QString question;
    };

    explicit FixAndResumeBox(QWidget *parent = nullptr);

    // The fix for this error of this job, its hint and its editors filled in from the job.
    void setError(const Job &job, const JobError &error, const QString &memoryOnlyReason);
    // The credentials Fix-and-Resume gave were refused: the hint says so.
    void setCredentialsTried(bool tried) { m_credentialsTried = tried; }
    Fix fix() const { return m_fix; }
    Change change(const QUuid &id, const Job &job, const JobError &error) const;
    QString resumeText(const Job &job, const JobError &error) const;
    void retranslate();
    // Focus on the first editor of the fix on show, or on `otherwise` where there is none.
    void focusFirstEditor(QWidget *otherwise);

    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *credentialTarget() const { return m_target; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *folderEdit() const { return m_folder; }
    QSpinBox *retryDelayEdit() const { return m_retryDelay; }
    QSpinBox *noProgressEdit() const { return m_noProgress; }
    QCheckBox *trustCertificateBox() const { return m_trustCert; }
    QString certificateText() const;
    // The browser extension can hand over a fresh link (the window owns a store and hears
    // the browser): the new-address page offers "Get a new link from the browser…".
    void setBrowserAvailable(bool available);
    QPushButton *newLinkFromBrowserButton() const { return m_fromBrowser; }

signals:
    void newLinkFromBrowser();

private:
    void addPage(std::initializer_list<QWidget *> fields);
    void showPage(Fix fix);
    void showHint(const JobError &error, const QString &memoryOnlyReason);
    void fillEditors(const Job &job, const JobError &error);

    Fix m_fix = Fix::None;
    QLabel *m_hint;
    QWidget *m_pages;
    QList<QWidget *> m_pageList; // in the order of Fix
    QLineEdit *m_url;
    QPushButton *m_fromBrowser;
    bool m_browserAvailable = false;
    bool m_credentialsTried = false;
    QUuid m_credentialsJob; // whose user name the editor holds
    QComboBox *m_target;
    QComboBox *m_scheme;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QSpinBox *m_retryDelay;
    QSpinBox *m_noProgress;
    QLabel *m_certSubject;
    QLabel *m_certIssuer;
    QLabel *m_certValid;
    QLabel *m_certSha;
    QCheckBox *m_trustCert;
    QLabel *m_resume;
    QList<QLabel *> m_labels; // of the editors, in page order
};
