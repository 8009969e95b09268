#include "core/protocol/storeowner.h"

#include "core/engine/engine.h"
#include "core/model/errorcodes.h"
#include "core/protocol/browserintake.h"
#include "core/protocol/commandprocessor.h"
#include "core/protocol/exitcodes.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QtEndian>
#include <sys/socket.h>
#include <unistd.h>

namespace {

QByteArray frame(const QJsonObject &o)
{
    const QByteArray body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(quint32(body.size()), out.data());
    return out + body;
}

// The other end of a local socket runs as this user. The socket's file permissions already
// keep other users out; this also keeps a client from talking to (and handing a password
// to) another user's program that took the socket's name first.
bool peerIsThisUser(const QLocalSocket &socket)
{
    struct ucred peer
    {
    };
    socklen_t size = sizeof peer;
    return ::getsockopt(int(socket.socketDescriptor()), SOL_SOCKET, SO_PEERCRED, &peer, &size) == 0
        && peer.uid == ::geteuid();
}

// Reads one framed message; false on a timeout, a closed socket or an oversized frame.
bool readFrame(QLocalSocket &socket, QByteArray *body, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QByteArray buffer;
    quint32 length = 0;
    bool haveLength = false;
    for (;;) {
        if (!haveLength && buffer.size() >= 4) {
            length = qFromBigEndian<quint32>(buffer.constData());
            if (length > StoreOwner::MaxMessage)
                return false;
            buffer.remove(0, 4);
            haveLength = true;
        }
        if (haveLength && quint32(buffer.size()) >= length) {
            *body = buffer.left(length);
            return true;
        }
        const int left = timeoutMs - int(clock.elapsed());
        if (left <= 0 || (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(left)))
            return false;
        buffer += socket.readAll();
    }
}

} // namespace

StoreOwner::StoreOwner(QObject *parent)
    : QObject(parent)
{ }

StoreOwner::~StoreOwner()
{
    if (m_server)
        m_server->close();
    delete m_lock;
}

QString StoreOwner::socketName(const QString &storePath)
{
    // Beside the store, in the user's own folder, where no other user can take the name
    // first; every process finds it from the store's path alone (no environment needed).
    // A socket's path must fit in 108 bytes: a store deep in the tree falls back to a name
    // in the temporary folder (both ends also check each other's user id).
    const QString beside = QFileInfo(storePath).absoluteFilePath() + QStringLiteral(".socket");
    if (QFile::encodeName(beside).size() < 100)
        return beside;
    const QByteArray path = QFileInfo(storePath).absoluteFilePath().toUtf8();
    return QStringLiteral("haul-%1-%2")
        .arg(QString::fromLatin1(qgetenv("USER")).left(32),
            QString::fromLatin1(
                QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(24)));
}

bool StoreOwner::claim(const QString &storePath, qint64 *ownerPid, int waitForVerbsMs)
{
    m_storePath = storePath;
    delete m_lock;
    m_lock = new QLockFile(storePath + QStringLiteral(".lock"));
    QElapsedTimer clock;
    clock.start();
    while (!m_lock->tryLock(0)) {
        if (clock.elapsed() >= waitForVerbsMs)
            break;
        QLocalSocket probe;
        probe.connectToServer(socketName(storePath));
        if (probe.waitForConnected(200) && peerIsThisUser(probe))
            break; // an owner: it will not let go
        QThread::msleep(50);
    }
    if (m_lock->isLocked())
        return true;
    QString host, app;
    qint64 pid = 0;
    m_lock->getLockInfo(&pid, &host, &app);
    if (ownerPid)
        *ownerPid = pid;
    delete m_lock;
    m_lock = nullptr;
    return false;
}

bool StoreOwner::listen(Engine *engine, QString *problem)
{
    m_engine = engine;
    m_browser = new BrowserIntake(engine, this);
    m_server = new QLocalServer(this);
    // Only the same user may talk to the owner of their jobs.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString name = socketName(m_storePath);
    QLocalServer::removeServer(name); // a socket file left by a killed owner
    if (!m_server->listen(name)) {
        *problem = m_server->errorString();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &StoreOwner::onConnection);
    return true;
}

StoreOwner::Parse StoreOwner::parseMessage(
    const QByteArray &buffer, QJsonObject *request, QJsonObject *refusal)
{
    if (buffer.size() < 4)
        return Parse::NeedMore;
    const quint32 length = qFromBigEndian<quint32>(buffer.constData());
    auto refuse = [refusal](const QString &why) {
        *refusal = CommandProcessor::answer(ExitCode::Usage, ErrorCode::E_InvalidArg, why);
        return Parse::Refused;
    };
    if (length > MaxMessage)
        return refuse(QStringLiteral("message too large"));
    if (quint32(buffer.size()) - 4 < length)
        return Parse::NeedMore;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(buffer.mid(4, length), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(QStringLiteral("malformed message: %1")
                          .arg(error.error != QJsonParseError::NoError
                                  ? error.errorString()
                                  : QStringLiteral("not a JSON object")));
    *request = doc.object();
    return Parse::Request;
}

void StoreOwner::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        if (!peerIsThisUser(*socket)) {
            socket->abort(); // another user: no answer at all
            socket->deleteLater();
            continue;
        }
        auto buffer = std::make_shared<QByteArray>();
        auto taken = std::make_shared<bool>(false); // one request per connection
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer, taken] {
            if (*taken)
                return;
            *buffer += socket->readAll();
            QJsonObject request;
            QJsonObject answer;
            const Parse parsed = parseMessage(*buffer, &request, &answer);
            if (parsed == Parse::NeedMore)
                return;
            *taken = true;
            if (parsed == Parse::Refused) {
                answerOn(socket, request, answer);
                return;
            }
            const QString verb = request.value(QStringLiteral("verb")).toString();
            if (verb == QLatin1String("show")) {
                answer = CommandProcessor::answer(m_hasWindow ? 0 : 2,
                    m_hasWindow ? ErrorCode::S_Ok : ErrorCode::E_InvalidState,
                    m_hasWindow ? QString() : QStringLiteral("no window"));
                if (m_hasWindow)
                    emit showRequested();
                answerOn(socket, request, answer);
            } else if (verb == QLatin1String("browser")) {
                m_browser->take(request,
                    [this, socket = QPointer<QLocalSocket>(socket), request](
                        const QJsonObject &answer) { answerOn(socket, request, answer); });
            } else {
                // On the engine thread: the window's thread never waits for the engine.
                m_engine->post(
                    this,
                    [request](
                        Engine &engine) { return CommandProcessor::execute(engine, request); },
                    [this, socket = QPointer<QLocalSocket>(socket), request](
                        const QJsonObject &answer) {
                        if (request.value(QStringLiteral("verb")).toString()
                                == QLatin1String("renewlink")
                            && answer.value(QStringLiteral("exit")).toInt() == ExitCode::Ok)
                            m_browser->awaitNewLink(LinkRenewal::fromAnswer(answer));
                        answerOn(socket, request, answer);
                    });
            }
        });
    }
}

void StoreOwner::answerOn(QLocalSocket *socket, QJsonObject request, const QJsonObject &answer)
{
    if (socket) {
        socket->write(frame(answer));
        socket->flush();
        socket->disconnectFromServer();
    }
    request.remove(QStringLiteral("secret"));
    request.remove(QStringLiteral("message")); // a browser's cookies
    emit requestHandled(request, answer);
}

bool StoreOwner::forward(
    const QString &storePath, const QJsonObject &request, QJsonObject *answer, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(socketName(storePath));
    if (!socket.waitForConnected(1000) || !peerIsThisUser(socket))
        return false;
    socket.write(frame(request));
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray body;
    if (!readFrame(socket, &body, timeoutMs))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return false;
    *answer = doc.object();
    return true;
}
