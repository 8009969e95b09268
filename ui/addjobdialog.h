#pragma once

#include "core/model/jobtypes.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Add downloads: many URLs at once (one per line), the folder (remembered), a name, the
// priority, start paused, and an optional SHA-256. A malformed or unsupported URL is
// flagged at once and nothing can be added until it is fixed.
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
        bool oneJob = true; // all URLs as the files of one job, else one job per URL
        QString sha256;
    };

    explicit AddJobDialog(QWidget *parent = nullptr);
    void setUrlsText(const QString &text);
    void setFolder(const QString &folder);
    void setOneJob(bool oneJob);
    Request request() const;
    QString problem() const; // empty when the input is acceptable
    QPlainTextEdit *urlsEdit() const { return m_urls; }
    QPushButton *addButton() const { return m_add; }

    // Every http(s) URL in a text (one per line or separated by spaces): for paste and drop.
    static QList<QUrl> urlsIn(const QString &text);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();

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
    QList<QLabel *> m_labels; // the form's labels, in order
    QString m_problem;
};
