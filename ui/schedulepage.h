#pragma once

#include "core/engine/schedule.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimeEdit;

// Settings → Schedule: the rules (in `haul schedule add`'s words, one a line), and the daily
// start and pause times. save() writes them to the user's settings (Schedule::save), which
// the engine then applies.
class SchedulePage : public QWidget
{
    Q_OBJECT
public:
    explicit SchedulePage(const Schedule &schedule, QWidget *parent = nullptr);
    Schedule schedule() const; // as edited
    void save() const; // only when changed: the times keep when they were set

private:
    void addRule();
    void showRules();

    Schedule m_original;
    QList<ScheduleRule> m_rules;
    QListWidget *m_list;
    QLineEdit *m_newRule;
    QLabel *m_problem;
    QCheckBox *m_startOn;
    QTimeEdit *m_start;
    QCheckBox *m_pauseOn;
    QTimeEdit *m_pause;
};
