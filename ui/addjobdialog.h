#pragma once

#include "core/engine/folderrules.h"
#include "core/model/jobtypes.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

// Add downloads: many URLs at once (one per line), the folder (remembered), a name, the
// priority, start paused, and an optional SHA-256; under "More options" a speed limit and
// the connections per file of these downloads. A malformed or unsupported URL is flagged
// at once and nothing can be added until it is fixed. Enter adds (never browses). The folder
// is the one the folder rules pick for the addresses (and says which rule), until the user
// or the caller chooses one.
class AddJobDialog : public QDialog
{
    Q_OBJECT
public:
    struct Request
    {
        QList<QUrl> urls;
        QString folder;
        QString name;
        JobPriority priority = JobPriority::Normal;
        bool startPaused = false;
        bool oneJob = false; // all URLs as the files of one job, else one job per URL
        QString sha256;
        int connections = 0; // 0 = the default
        qint64 rateLimit = 0; // bytes/s, 0 = none
    };

    explicit AddJobDialog(QWidget *parent = nullptr);
    void setUrlsText(const QString &text);
    void setFolder(const QString &folder);
    void setOneJob(bool oneJob);
    Request request() const;
    QString problem() const; // empty when the input is acceptable
    QPlainTextEdit *urlsEdit() const { return m_urls; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *browseButton() const { return m_browse; }
    QToolButton *moreOptions() const { return m_more; }
    QLabel *folderRule() const { return m_folderRule; } // which rule picked the folder

    // Every http(s) URL in a text (one per line or separated by spaces): for paste and drop.
    static QList<QUrl> urlsIn(const QString &text);
    // The addresses of the dialog's field: one per line, or several on a line where each
    // begins with a scheme; spaces inside one address are kept, percent-encoded.
    static QStringList addressesIn(const QString &text);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void validate();
    QWidget *createAdvanced();
    void growToFit(); // tall enough for its wrapped problem label
    void applyFolderRules();

    QPlainTextEdit *m_urls;
    QLabel *m_urlProblem;
    QLineEdit *m_folder;
    QLineEdit *m_name;
    QComboBox *m_priority;
    QCheckBox *m_paused;
    QCheckBox *m_oneJob;
    QLineEdit *m_sha256;
    QDialogButtonBox *m_buttons;
    QPushButton *m_browse;
    QPushButton *m_add;
    QToolButton *m_more;
    QWidget *m_advanced = nullptr;
    QSpinBox *m_rate = nullptr;
    QComboBox *m_rateUnit = nullptr;
    QSpinBox *m_connections = nullptr;
    QList<QLabel *> m_labels; // the form's labels, in order
    bool m_oneJobChosen = false; // the user clicked "one download": remembered on Add
    QString m_problem;
    QLabel *m_folderRule;
    FolderRules m_rules;
    QString m_baseFolder; // the remembered folder, where no rule applies
    QString m_ruleFolder; // the folder a rule picked, made on Add if missing
    int m_rule = -1;
    bool m_folderChosen = false; // by the user or the caller: the rules no longer apply
};
