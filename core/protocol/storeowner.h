#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

class BrowserIntake;
class Engine;
class QLocalSocket;
class QLocalServer;
class QLockFile;

// One engine per store: the process that runs a store's engine (haul serve, haul transfer,
// later the window) holds the lock beside the store and answers, on a local socket that
// only the same user may open, the verbs other haul processes forward to it.
//
// Protocol: each message is a 4-byte big-endian length and that many bytes of UTF-8 JSON
// (at most MaxMessage), carrying a "version" field; one request, one answer, per connection.
class StoreOwner : public QObject
{
    Q_OBJECT
public:
    static constexpr quint32 MaxMessage = 1024 * 1024;

    explicit StoreOwner(QObject *parent = nullptr);
    ~StoreOwner() override;

    // Takes the lock (a stale one left by a killed process is taken over). False, with
    // the owner's pid, when another live process owns the store.
    // With waitForVerbsMs, a lock held by a verb working on the store directly (a process
    // that answers no socket and lets go within moments) is waited for, so an owner that
    // starts while `haul list` runs does not fail.
    bool claim(const QString &storePath, qint64 *ownerPid, int waitForVerbsMs = 0);
    // Starts answering forwarded verbs on `engine`.
    bool listen(Engine *engine, QString *problem);
    // The owner has a window: a second `haul` with no verb asks it to come to the front
    // (the request {"verb": "show"}) instead of starting another one.
    void setHasWindow(bool hasWindow) { m_hasWindow = hasWindow; }

    static QString socketName(const QString &storePath);
    // The framing of the local socket, on its own so that it can be fuzzed: NeedMore until
    // `buffer` holds a whole message; then Request (the JSON object) or Refused (`refusal`
    // is the answer to send: too large, not JSON, not an object).
    enum class Parse
    {
        NeedMore,
        Request,
        Refused,
    };
    static Parse parseMessage(const QByteArray &buffer, QJsonObject *request, QJsonObject *refusal);
    // Client side: sends `request` to the store's owner. False when no owner answers.
    static bool forward(const QString &storePath, const QJsonObject &request, QJsonObject *answer,
        int timeoutMs = 30000);

    // What becomes of downloads the browser hands over (created by listen()).
    BrowserIntake *browserIntake() const { return m_browser; }

signals:
    void requestHandled(const QJsonObject &request, const QJsonObject &answer);
    void showRequested();

private:
    void onConnection();
    void answerOn(QLocalSocket *socket, QJsonObject request, const QJsonObject &answer);

    QLockFile *m_lock = nullptr;
    QLocalServer *m_server = nullptr;
    Engine *m_engine = nullptr;
    BrowserIntake *m_browser = nullptr;
    QString m_storePath;
    bool m_hasWindow = false;
};
