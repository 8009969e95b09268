#include "ui/schedulepage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace {
QTime timeOf(int minutes)
{
    return minutes < 0 ? QTime(0, 0) : QTime(minutes / 60, minutes % 60);
}
int minutesOf(const QCheckBox *on, const QTimeEdit *edit)
{
    return on->isChecked() ? edit->time().hour() * 60 + edit->time().minute() : -1;
}
} // namespace

SchedulePage::SchedulePage(const Schedule &schedule, QWidget *parent)
    : QWidget(parent)
    , m_original(schedule)
    , m_rules(schedule.rules)
    , m_list(new QListWidget)
    , m_newRule(new QLineEdit)
    , m_problem(new QLabel)
    , m_startOn(new QCheckBox(tr("Start queued downloads at")))
    , m_start(new QTimeEdit(timeOf(schedule.startAt)))
    , m_pauseOn(new QCheckBox(tr("Pause downloads at")))
    , m_pause(new QTimeEdit(timeOf(schedule.pauseAt)))
{
    setObjectName(QStringLiteral("schedulePage"));
    m_list->setObjectName(QStringLiteral("scheduleRules"));
    m_list->setAccessibleName(tr("Schedule rules"));
    m_newRule->setObjectName(QStringLiteral("newScheduleRule"));
    m_newRule->setAccessibleName(tr("New rule"));
    m_newRule->setPlaceholderText(QStringLiteral("mon-fri 09:00-18:00 limit 2M"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *add = new QPushButton(tr("Add rule"));
    auto *remove = new QPushButton(tr("Remove rule"));
    auto *explain = new QLabel(tr("Background downloads pause or share a speed limit at these "
                                  "times; foreground ones ignore them. A rule: days (mon-fri, "
                                  "sat,sun, daily), times (22:00-06:00 crosses midnight), then "
                                  "\"pause\" or \"limit\" and a rate such as 500k or 2M."));
    explain->setWordWrap(true);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_newRule, 1);
    newRow->addWidget(add);
    newRow->addWidget(remove);
    m_start->setAccessibleName(m_startOn->text());
    m_pause->setAccessibleName(m_pauseOn->text());
    m_startOn->setChecked(schedule.startAt >= 0);
    m_pauseOn->setChecked(schedule.pauseAt >= 0);
    auto *times = new QFormLayout;
    times->addRow(m_startOn, m_start);
    times->addRow(m_pauseOn, m_pause);
    auto *column = new QVBoxLayout(this);
    column->addWidget(explain);
    column->addWidget(m_list, 1);
    column->addLayout(newRow);
    column->addWidget(m_problem);
    column->addLayout(times);
    connect(add, &QPushButton::clicked, this, &SchedulePage::addRule);
    connect(m_newRule, &QLineEdit::returnPressed, this, &SchedulePage::addRule);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_rules.size()) {
            m_rules.removeAt(row);
            showRules();
        }
    });
    showRules();
}

void SchedulePage::addRule()
{
    ScheduleRule rule;
    const QString problem
        = ScheduleRule::parse(m_newRule->text().split(QLatin1Char(' '), Qt::SkipEmptyParts), &rule);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        m_problem->setText(tr("Not a rule: %1").arg(problem));
        return;
    }
    m_rules.append(rule);
    m_newRule->clear();
    showRules();
}

void SchedulePage::showRules()
{
    m_list->clear();
    for (const ScheduleRule &r : std::as_const(m_rules))
        m_list->addItem(r.text());
}

Schedule SchedulePage::schedule() const
{
    Schedule s = m_original;
    s.rules = m_rules;
    const QDateTime now = QDateTime::currentDateTime();
    if (const int start = minutesOf(m_startOn, m_start); start != s.startAt) {
        s.startAt = start;
        s.startSince = now;
    }
    if (const int pause = minutesOf(m_pauseOn, m_pause); pause != s.pauseAt) {
        s.pauseAt = pause;
        s.pauseSince = now;
    }
    return s;
}

void SchedulePage::save() const
{
    const Schedule s = schedule();
    if (s != m_original)
        s.save();
}
