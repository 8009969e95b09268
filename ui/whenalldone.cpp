#include "ui/whenalldone.h"

#include "core/engine/engine.h"
#include "ui/countdowndialog.h"
#include "ui/jobtablemodel.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QMessageBox>

namespace {
const QString Service = QStringLiteral("org.freedesktop.login1");
const QString Path = QStringLiteral("/org/freedesktop/login1");
const QString Interface = QStringLiteral("org.freedesktop.login1.Manager");
} // namespace

WhenAllDone::WhenAllDone(
    JobTableModel *model, Engine *engine, QWidget *window, const QDBusConnection &bus)
    : QObject(window)
    , m_model(model)
    , m_window(window)
    , m_bus(bus)
{
    connect(m_model, &JobTableModel::jobsUpdated, this, &WhenAllDone::check);
    connect(m_model, &JobTableModel::countsChanged, this, &WhenAllDone::check);
    // A job may go from Queued to Transferred within one of the model's ticks: it counts.
    connect(engine, &Engine::jobTransferred, this, [this] {
        if (m_choice != Choice::Nothing)
            m_sawWork = true;
    });
    askWhatTheComputerCan();
}

bool WhenAllDone::keepsBusy(JobState state)
{
    return state == JobState::Queued || state == JobState::Connecting
        || state == JobState::Transferring || state == JobState::TransientError;
}

QString WhenAllDone::countdownText(Choice choice, int secondsLeft)
{
    switch (choice) {
    case Choice::Quit:
        return tr(
            "All downloads have finished. Haul will quit in %n second(s).", nullptr, secondsLeft);
    case Choice::Suspend:
        return tr("All downloads have finished. Haul will suspend the computer in %n second(s).",
            nullptr, secondsLeft);
    case Choice::PowerOff:
        return tr("All downloads have finished. Haul will power off the computer in %n second(s).",
            nullptr, secondsLeft);
    case Choice::Nothing:
        break;
    }
    return QString();
}

void WhenAllDone::setChoice(Choice choice)
{
    if (!isAvailable(choice))
        choice = Choice::Nothing;
    m_choice = choice;
    m_sawWork = choice != Choice::Nothing && anyBusy();
    if (m_countdown && choice == Choice::Nothing)
        m_countdown->deleteLater();
    emit choiceChanged(choice);
}

bool WhenAllDone::isAvailable(Choice choice) const
{
    switch (choice) {
    case Choice::Suspend:
        return m_canSuspend;
    case Choice::PowerOff:
        return m_canPowerOff;
    case Choice::Nothing:
    case Choice::Quit:
        break;
    }
    return true;
}

void WhenAllDone::setBus(const QDBusConnection &bus)
{
    m_bus = bus;
    m_canSuspend = m_canPowerOff = false;
    emit availabilityChanged();
    askWhatTheComputerCan();
}

bool WhenAllDone::anyBusy() const
{
    const QList<Job> jobs = m_model->jobs();
    return std::any_of(
        jobs.begin(), jobs.end(), [](const Job &job) { return keepsBusy(job.state); });
}

void WhenAllDone::check()
{
    if (m_choice == Choice::Nothing)
        return;
    if (anyBusy()) {
        m_sawWork = true;
        // A download added during the countdown: the queue is not done after all.
        if (m_countdown)
            m_countdown->deleteLater();
        return;
    }
    if (m_sawWork && !m_countdown)
        startCountdown();
}

// Asynchronous: logind (or a bus that does not answer) never holds up the window.
void WhenAllDone::askWhatTheComputerCan()
{
    for (const QString &method : { QStringLiteral("CanSuspend"), QStringLiteral("CanPowerOff") }) {
        if (!m_bus.isConnected())
            return;
        const QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, method);
        auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
        const QString name = m_bus.name();
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, method, name] {
            watcher->deleteLater();
            const QDBusPendingReply<QString> reply = *watcher;
            if (name != m_bus.name()) // the answer of a bus replaced since
                return;
            // "challenge" would need a password that interactive=false cannot ask for.
            const bool yes = !reply.isError() && reply.value() == QLatin1String("yes");
            (method == QLatin1String("CanSuspend") ? m_canSuspend : m_canPowerOff) = yes;
            if (!isAvailable(m_choice))
                setChoice(Choice::Nothing);
            emit availabilityChanged();
        });
    }
}

void WhenAllDone::startCountdown()
{
    const Choice choice = m_choice;
    m_countdown = new CountdownDialog(
        [choice](int left) { return countdownText(choice, left); }, m_seconds, m_window);
    m_countdown->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_countdown, &QDialog::finished, this, [this] { m_countdown.clear(); });
    connect(m_countdown, &QDialog::accepted, this, &WhenAllDone::carryOut);
    connect(m_countdown, &QDialog::rejected, this, [this] { setChoice(Choice::Nothing); });
    m_countdown->open();
}

// Once: after it, the choice is Do nothing again (a computer woken from suspend does not
// go back to sleep when the next download finishes).
void WhenAllDone::carryOut()
{
    const Choice choice = m_choice;
    setChoice(Choice::Nothing);
    if (choice == Choice::Quit)
        emit quitRequested();
    else if (choice == Choice::Suspend)
        callLogind(QStringLiteral("Suspend"));
    else if (choice == Choice::PowerOff)
        callLogind(QStringLiteral("PowerOff"));
}

void WhenAllDone::callLogind(const QString &method)
{
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, method);
    call << false; // interactive: no password prompt from Haul's side
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, method] {
        watcher->deleteLater();
        if (!watcher->isError())
            return;
        const QString why = watcher->error().message();
        failed(method == QLatin1String("Suspend")
                ? tr("Haul could not suspend the computer: %1").arg(why)
                : tr("Haul could not power off the computer: %1").arg(why));
    });
}

void WhenAllDone::failed(const QString &why)
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("When all downloads finish"), why, QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("whenAllDoneFailed"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
