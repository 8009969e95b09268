#pragma once

#include "ui/whendone.h"

#include <QDialog>

class QLabel;
class QLineEdit;

// "Run…": the program a download runs once its files are final, and the arguments that go
// before the final paths. An empty program runs nothing. A program is taken only when it
// can be run (a path to an executable file, or a name found in PATH).
class RunWhenDoneDialog : public QDialog
{
    Q_OBJECT
public:
    RunWhenDoneDialog(const QString &names, QWidget *parent = nullptr);

    void setRun(const WhenDone::Run &run);
    WhenDone::Run run() const; // the program as it will be started: a full path
    QLineEdit *programEdit() const { return m_program; }
    QLineEdit *argumentsEdit() const { return m_arguments; }
    QString problem() const; // why OK is refused, empty when it is not

    void accept() override;

private:
    void browse();
    QString resolvedProgram() const;

    QLineEdit *m_program;
    QLineEdit *m_arguments;
    QLabel *m_problem;
};
