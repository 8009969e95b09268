#pragma once

#include "core/protocol/browserintake.h"

#include <QObject>
#include <QPointer>

class Engine;
class QStatusBar;
class QWidget;

// The window's side of renewing an expired link from the browser (BrowserIntake): the
// error pane's "Get a new link from the browser…" starts the wait; a fresh link to the
// same bytes is said in the status bar; one to other bytes asks before the file starts
// over.
class LinkRenewalPrompt : public QObject
{
    Q_OBJECT
public:
    LinkRenewalPrompt(BrowserIntake *intake, Engine *engine, QWidget *window, QStatusBar *status);

    // Waits for the browser to hand over a new link for that file; `done` hears whether
    // Haul waits (false: the file needs none, or there is no such file).
    void await(const QUuid &job, int file, std::function<void(bool waiting)> done = {});

private:
    void askToStartOver(const AwaitedLink &awaited, const BrowserDownload &download);

    QPointer<BrowserIntake> m_intake;
    Engine *m_engine;
    QWidget *m_window;
    QStatusBar *m_status;
};
