#pragma once

#include "core/model/errorcodes.h"
#include "core/model/job.h"
#include "ui/errorqueue.h"

#include <QDialog>
#include <QList>
#include <QUuid>
#include <functional>

struct CallResult;
class Engine;
class ErrorFacts;
class JobTableModel;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

// The error pane: opened by jobError for a job (non-modal; further errors wait in an
// ErrorQueue), it explains every member of the error object (ErrorFacts) and offers Cancel,
// Complete partial and Fix-and-Resume with the fix that fits the error.
class ErrorPane : public QDialog
{
    Q_OBJECT
public:
    // The fix the pane offers is the remedy core names for the error (ErrorCode::remedy).
    using Fix = ErrorCode::Remedy;
    // Asks the user to confirm; tests replace it.
    using Confirmation = std::function<bool(const QString &title, const QString &text)>;

    ErrorPane(Engine *engine, JobTableModel *model, QWidget *parent = nullptr);

    void enqueue(const QUuid &id); // a new error: shown now, or after the ones before it
    void inspect(const QUuid &id); // "Inspect error…": this job's error, now
    QUuid currentJob() const { return m_id; }
    int waiting() const { return m_queue.size(); }
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    static Fix fixFor(const JobError &error);
    Fix fix() const { return m_fix; }
    QString detailsText() const; // what "Copy details" puts on the clipboard
    QString resultText() const;
    QString resumeText() const; // whether Fix-and-Resume continues or restarts, and why

    // The actions, as the buttons run them: false when refused at once (a bad entry, the
    // user said no); else the engine's answer shows when it comes (resultText()).
    bool cancelJob();
    bool completePartial();
    bool fixAndResume();
    void copyDetails();
    void showNext();

    // The fix editors.
    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *credentialTarget() const { return m_target; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *folderEdit() const { return m_folder; }
    QSpinBox *retryDelayEdit() const { return m_retryDelay; }
    QSpinBox *noProgressEdit() const { return m_noProgress; }
    QCheckBox *trustCertificateBox() const { return m_trustCert; }
    QString certificateText() const; // the certificate as the Certificate fix shows it
    QString fieldText(const QString &name) const; // the value shown for a member, by object name

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    std::optional<Job> currentJobState() const; // the newest snapshot: the model's or the engine's
    void reload(); // the job on show, from the model at once and from the engine when it answers
    void showCompleted(const CallResult &r, const QList<JobFile> &files, int keptCount);
    void showNotResumed(const CallResult &r);
    void showResumed(const CallResult &r);
    void showFixPage(Fix fix);
    void load();
    void refreshState();
    void setResult(const QString &text, bool failure);
    void finishWith(const QString &text);
    bool confirm(const QString &title, const QString &text);

    Engine *m_engine;
    JobTableModel *m_model;
    QUuid m_id;
    ErrorQueue m_queue;
    std::optional<Job> m_job;
    QString m_memoryOnlyReason; // why credentials would stay in memory only, if they would
    JobError m_error;
    bool m_hasError = false;
    Fix m_fix = Fix::None;
    Confirmation m_confirm;

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_queueLabel;
    ErrorFacts *m_facts;
    QGroupBox *m_fixBox;
    QLabel *m_fixHint;
    QStackedWidget *m_fixStack;
    QLineEdit *m_url;
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
    QLabel *m_result;
    QPushButton *m_copy;
    QPushButton *m_cancel;
    QPushButton *m_complete;
    QPushButton *m_fixResume;
    QPushButton *m_next;
    QPushButton *m_close;
    QList<QLabel *> m_fixLabels;
};
