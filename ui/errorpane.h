#pragma once

#include "core/model/errorcodes.h"
#include "core/model/job.h"
#include "ui/errorqueue.h"
#include "ui/fixandresumebox.h"
#include "ui/seenerrors.h"

#include <QDialog>
#include <QList>
#include <QSet>
#include <QUuid>
#include <functional>

class LinkRenewalPrompt;
class Engine;
class ErrorFacts;
class JobTableModel;
class QLabel;
class QPushButton;

// The error pane: opened by jobError for a job (non-modal; further errors wait in an
// ErrorQueue), it explains every member of the error object (ErrorFacts) and offers Cancel,
// Complete partial and Fix-and-Resume with the fix that fits the error (FixAndResumeBox).
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
    // Whether the window tells the user of this error: false for one shown before (the engine
    // repeats every job's error at each start); marks it shown.
    bool announces(const QUuid &id, const JobError &error);
    void inspect(const QUuid &id); // "Inspect error…": this job's error, now
    QUuid currentJob() const { return m_id; }
    int waiting() const { return m_queue.size(); }
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    // Where "Get a new link from the browser…" waits for a fresh link (none: not offered).
    void setLinkRenewal(LinkRenewalPrompt *renewal);
    void getNewLinkFromBrowser();

    Fix fix() const { return m_fixBox->fix(); }
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
    QLineEdit *urlEdit() const { return m_fixBox->urlEdit(); }
    QComboBox *credentialTarget() const { return m_fixBox->credentialTarget(); }
    QLineEdit *userEdit() const { return m_fixBox->userEdit(); }
    QLineEdit *passwordEdit() const { return m_fixBox->passwordEdit(); }
    QLineEdit *folderEdit() const { return m_fixBox->folderEdit(); }
    QSpinBox *retryDelayEdit() const { return m_fixBox->retryDelayEdit(); }
    QSpinBox *noProgressEdit() const { return m_fixBox->noProgressEdit(); }
    QCheckBox *trustCertificateBox() const { return m_fixBox->trustCertificateBox(); }
    // The certificate as the Certificate fix shows it.
    QString certificateText() const { return m_fixBox->certificateText(); }
    QString fieldText(const QString &name) const; // the value shown for a member, by object name

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void showOnScreen(); // sized to its content, centred over the window when it opens
    void fitToContent();
    void showQueue();
    void showOutcome(const Job &job);
    bool hasResult() const;
    void focusTheFix();
    bool stillInError(const std::optional<Job> &job) const;
    QLayout *createHeader();
    QLayout *createButtons();
    std::optional<Job> currentJobState() const; // the newest snapshot: the model's or the engine's
    void reload(); // the job on show, from the model at once and from the engine when it answers
    void onJobsUpdated(const QSet<QUuid> &ids);
    void showCompleted(const CallResult &r, const QList<JobFile> &files, int keptCount);
    void showNotResumed(const CallResult &r);
    void showResumed(const CallResult &r);
    void load();
    void showNoError(const std::optional<Job> &job);
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
    Confirmation m_confirm;
    QSet<QUuid> m_credentialsGiven; // jobs whose credentials Fix-and-Resume set
    SeenErrors m_seen;
    bool m_dealtWith = false; // Cancel or Complete partial was asked for the job on show
    QPair<QUuid, QDateTime> m_focusedError; // the error whose fix has the keyboard

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_queueLabel;
    ErrorFacts *m_facts;
    FixAndResumeBox *m_fixBox;
    LinkRenewalPrompt *m_linkRenewal = nullptr;
    QLabel *m_result;
    QPushButton *m_copy;
    QPushButton *m_cancel;
    QPushButton *m_complete;
    QPushButton *m_fixResume;
    QPushButton *m_next;
    QPushButton *m_close;
};
