#pragma once

#include "core/model/jobtypes.h"
#include "ui/countdowndialog.h"

#include <QDBusConnection>
#include <QObject>
#include <QPointer>

class Engine;
class JobTableModel;
class QDBusPendingCallWatcher;
class QWidget;

// "When all downloads finish": do nothing, quit Haul, suspend or power off the computer.
// The choice lasts until it is carried out or cancelled, and is never kept: every start
// begins with Do nothing (as in FDM and qBittorrent), so that a computer is never switched
// off by a choice made days ago. All downloads have finished when at least one job was busy
// since the choice was made (or finished since) and none is busy now: Queued, Connecting,
// Transferring and TransientError (it will retry) are busy; Suspended jobs and jobs in Error
// wait for the user and do not hold the computer on. A 60-second countdown then says what
// happens, with Cancel (back to Do nothing) and Now. Suspend and power off ask logind over
// the system bus (interactive=false); CanSuspend / CanPowerOff decide which are offered.
class WhenAllDone : public QObject
{
    Q_OBJECT
public:
    enum class Choice
    {
        Nothing,
        Quit,
        Suspend,
        PowerOff
    };
    Q_ENUM(Choice)

    // `window` owns the countdown and the messages; the bus is logind's (tests give theirs).
    WhenAllDone(JobTableModel *model, Engine *engine, QWidget *window,
        const QDBusConnection &bus = QDBusConnection::systemBus());

    Choice choice() const { return m_choice; }
    void setChoice(Choice choice);
    // Quit and Do nothing always; Suspend / Power off when logind said "yes" to Can….
    bool isAvailable(Choice choice) const;
    void setBus(const QDBusConnection &bus); // and asks it again what the computer can do
    void setCountdownSeconds(int seconds) { m_seconds = seconds; }
    CountdownDialog *countdown() const { return m_countdown; } // while one is on show
    static bool keepsBusy(JobState state);
    static QString countdownText(Choice choice, int secondsLeft);

signals:
    void choiceChanged(WhenAllDone::Choice choice);
    void availabilityChanged();
    void quitRequested(); // the window quits through its own Quit action

private:
    void check();
    bool anyBusy() const;
    void askWhatTheComputerCan();
    void startCountdown();
    void carryOut();
    void callLogind(const QString &method);
    void failed(const QString &why);

    JobTableModel *m_model;
    QWidget *m_window;
    QDBusConnection m_bus;
    Choice m_choice = Choice::Nothing;
    bool m_sawWork = false;
    bool m_canSuspend = false;
    bool m_canPowerOff = false;
    int m_seconds = 60;
    QPointer<CountdownDialog> m_countdown;
};
