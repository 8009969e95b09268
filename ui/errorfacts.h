#pragma once

#include <QFormLayout>
#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

struct Job;
struct JobError;
struct JobFile;
enum class ErrorContext;
class QLabel;

// The facts of one error, as the error pane lists them in the user's words: what happened,
// where, the file, its address and folder, the technical details (the code's name and hex,
// the HTTP status), the system's message and when. Each value is a word-wrapped label that a
// keyboard and a screen reader reach (its name is the fact's label: "What happened"); long
// addresses and paths are shortened in the middle, their tooltip and text() keep them whole.
// text() also knows the members the technical line gathers ("code", "http", "protocol",
// "count"). A layout in the pane's layout rather than a widget of its own: a widget's layout
// was not laid out again when the pane grew to fit new text, which cut wrapped values short.
class ErrorFacts : public QFormLayout
{
    Q_OBJECT
public:
    ErrorFacts();

    void setError(const Job &job, const JobError &error);
    // The job left Error (cancelled, completed, resumed): "Saved to" says what is there now.
    void setOutcome(const Job &job, const JobError &error);
    void clear(); // the values only: the names stay
    QString text(const QString &name) const; // a fact in full, by its name
    QStringList lines() const; // "Name: value" of each fact there is, as Copy details gives it
    void retranslate();

    static QString fileLabel(const JobFile &file); // a file's name, as the pane shows it
    static QString whereText(ErrorContext context); // "on the server (RemoteFile)"

private:
    void set(const char *name, const QString &text);

    QList<QPair<QLabel *, QLabel *>> m_fields; // (name, value), in form order
    QHash<QString, QString> m_text; // every fact in full, by name
};
