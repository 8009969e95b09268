#include "ui/runwhendonedialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

RunWhenDoneDialog::RunWhenDoneDialog(const QString &names, QWidget *parent)
    : QDialog(parent)
    , m_program(new QLineEdit)
    , m_arguments(new QLineEdit)
    , m_problem(new QLabel)
{
    setObjectName(QStringLiteral("runWhenDoneDialog"));
    setWindowTitle(tr("Run when done"));
    m_program->setObjectName(QStringLiteral("program"));
    m_arguments->setObjectName(QStringLiteral("arguments"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *intro = new QLabel(tr("When %1 is done, run this program with the saved files' paths as "
                                "its last arguments. Leave it empty to run nothing.")
                                 .arg(names));
    intro->setWordWrap(true);
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, &RunWhenDoneDialog::browse);
    auto *programRow = new QHBoxLayout;
    programRow->addWidget(m_program, 1);
    programRow->addWidget(browse);
    m_arguments->setPlaceholderText(tr("Optional, e.g. --verbose"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Program:"), programRow);
    form->addRow(tr("&Arguments:"), m_arguments);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(qMax(sizeHint().width(), 480), sizeHint().height());
}

void RunWhenDoneDialog::setRun(const WhenDone::Run &run)
{
    m_program->setText(run.program);
    QStringList quoted;
    for (const QString &argument : run.arguments)
        quoted << (argument.contains(QLatin1Char(' ')) || argument.isEmpty()
                ? QLatin1Char('"') + argument + QLatin1Char('"')
                : argument);
    m_arguments->setText(quoted.join(QLatin1Char(' ')));
}

WhenDone::Run RunWhenDoneDialog::run() const
{
    const QString program = resolvedProgram();
    if (program.isEmpty())
        return {};
    // Split as a shell would split words, but no shell ever sees them.
    return { program, QProcess::splitCommand(m_arguments->text()) };
}

QString RunWhenDoneDialog::resolvedProgram() const
{
    const QString typed = m_program->text().trimmed();
    if (typed.isEmpty() || typed.contains(QLatin1Char('/'))) {
        const QFileInfo file(typed);
        return file.isFile() && file.isExecutable() ? file.absoluteFilePath() : QString();
    }
    return QStandardPaths::findExecutable(typed);
}

QString RunWhenDoneDialog::problem() const
{
    const QString typed = m_program->text().trimmed();
    if (typed.isEmpty() || !resolvedProgram().isEmpty())
        return QString();
    return tr("“%1” is not a program that can be run. Choose one with Browse….").arg(typed);
}

void RunWhenDoneDialog::accept()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (why.isEmpty())
        QDialog::accept();
}

void RunWhenDoneDialog::browse()
{
    const QString start = m_program->text().trimmed().isEmpty()
        ? QStringLiteral("/usr/bin")
        : QFileInfo(resolvedProgram()).absolutePath();
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose a program"), start);
    if (!chosen.isEmpty())
        m_program->setText(chosen);
}
