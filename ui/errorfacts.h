#pragma once

#include <QFormLayout>
#include <QList>
#include <QPair>
#include <QStringList>

struct Job;
struct JobError;
struct JobFile;
class QLabel;

// The facts of one error, as the error pane lists them: what happened, where, the file, its
// address and folder, the code, the HTTP status, the protocol, the details, how many errors so
// far and when. Each value is selectable and named by its object name ("code"); long ones are
// shortened in the middle, their tooltip and text() keep them whole. A layout in the pane's
// layout rather than a widget of its own: a widget's layout was not laid out again when the
// pane grew to fit new text, which cut wrapped values short.
class ErrorFacts : public QFormLayout
{
    Q_OBJECT
public:
    ErrorFacts();

    void setError(const Job &job, const JobError &error);
    void clear(); // the values only: the names stay
    QString text(const QString &name) const; // a fact in full, by its object name
    QStringList lines() const; // "Name: value" of each fact there is, as Copy details gives it
    void retranslate();

    static QString fileLabel(const JobFile &file); // a file's name, as the pane shows it

private:
    void set(const char *name, const QString &text);

    QList<QPair<QLabel *, QLabel *>> m_fields; // (name, value), in form order
};
