#pragma once

#include "core/engine/jobmaker.h"
#include "core/protocol/browsermessage.h"
#include "core/protocol/linkrenewal.h"

#include <QJsonObject>
#include <QObject>
#include <functional>

class Engine;
class QNetworkAccessManager;

// What the store's owner does with the downloads the browser extension hands over
// (`haul browser-host` forwards them as the verb "browser", PROTOCOL.md): a file waiting
// for a new link takes its download (LinkRenewal); the window's Add dialog opens with the
// rest, or they are added and started at once (`haul serve`, or when Settings says so).
class BrowserIntake : public QObject
{
    Q_OBJECT
public:
    explicit BrowserIntake(Engine *engine, QObject *parent = nullptr);

    // The window's Add dialog, filled in with the downloads; none: add them at once.
    // It answers false when Settings says to add them at once instead.
    using Dialog = std::function<bool(const QList<BrowserDownload> &downloads)>;
    void setDialog(Dialog dialog) { m_dialog = std::move(dialog); }

    using Reply = std::function<void(const QJsonObject &answer)>;
    // `request` is the socket's {"verb": "browser", "message": {...}}; the answer carries
    // the browser's answer as "browser".
    void take(const QJsonObject &request, const Reply &reply);

    // The job made of one download (one file, its headers), saved in `folder` under the
    // name the browser suggests (never over an existing file), or the server's.
    static NewJob newJob(const BrowserDownload &download, const QString &folder);
    // The jobs of an Add dialog: all `urls` as one job's files, or a job each; a URL the
    // browser handed over takes its download's name and headers (in a job of its own).
    static QList<NewJob> newJobs(const QList<QUrl> &urls, bool oneJob, const QString &folder,
        const QList<BrowserDownload> &fromBrowser = {});

    // The file waits for a fresh link from the browser (`haul renewlink`, the error pane):
    // the next download that matches it (LinkRenewal) becomes its address when the new
    // link gives the same bytes.
    void awaitNewLink(const AwaitedLink &awaited);

signals:
    void added(const QList<QUuid> &jobs); // at once, without a dialog
    void linkRenewed(const QUuid &job, int file);
    // The fresh link gives other bytes; starting over with it is the user's choice (the
    // window asks). Without a window the browser keeps its download.
    void newLinkDiffers(const AwaitedLink &awaited, const BrowserDownload &download);

private:
    void addAtOnce(const BrowserRequest &request, const Reply &reply);
    void probe(const AwaitedLink &awaited, const BrowserRequest &request, const Reply &reply);
    void settle(const AwaitedLink &awaited, LinkRenewal::Entity entity, int status,
        const BrowserRequest &request, const Reply &reply);

    Engine *m_engine;
    Dialog m_dialog;
    QNetworkAccessManager *m_network = nullptr; // for the fresh links' probes
    QList<AwaitedLink> m_awaited;
};
