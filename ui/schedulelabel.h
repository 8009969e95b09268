#pragma once

#include "core/engine/schedule.h"

#include <QLabel>

class Engine;

// The main window's status bar: what the schedule does now, in words (Schedule::describe),
// "Limited to 2 MiB/s until 18:00"; hidden when nothing applies. Follows the engine's
// scheduleStateChanged; never waits for the engine thread.
class ScheduleLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ScheduleLabel(Engine *engine, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showState(const Schedule::State &state);
    Schedule::State m_state;
};
