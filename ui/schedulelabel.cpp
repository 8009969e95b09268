#include "ui/schedulelabel.h"

#include "core/engine/engine.h"

#include <QEvent>

ScheduleLabel::ScheduleLabel(Engine *engine, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("scheduleStatus"));
    setVisible(false);
    connect(engine, &Engine::scheduleStateChanged, this, &ScheduleLabel::showState);
    engine->post(
        this, [](Engine &e) { return e.scheduleState(); },
        [this](const Schedule::State &state) { showState(state); });
}

void ScheduleLabel::showState(const Schedule::State &state)
{
    m_state = state;
    const QString words = Schedule::describe(state, QDateTime::currentDateTime(), locale());
    setText(words);
    setVisible(!words.isEmpty());
}

void ScheduleLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        showState(m_state);
    QLabel::changeEvent(event);
}
