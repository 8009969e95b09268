#include "core/http/http1reply.h"

#include "core/http/connectionpool.h"
#include "core/http/httpheaders.h"

#include <QSslSocket>
#include <QTimer>
#include <algorithm>
#include <cstring>
#include <limits>

namespace {
// Bytes read at a time before a body: the body behind them stays in the socket, to be read
// straight into the reader's buffer rather than copied through the parser.
constexpr qint64 HeadStep = 4096;
// Bytes read at a time for a chunk's size line: little more than the line itself.
constexpr qint64 ChunkLineStep = 128;

// What Qt's own stack reports for an HTTP error status once the answer is in.
QNetworkReply::NetworkError errorForStatus(int status)
{
    switch (status) {
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 407:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 418:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        if (status >= 400 && status < 500)
            return QNetworkReply::UnknownContentError;
        if (status >= 500 && status < 600)
            return QNetworkReply::UnknownServerError;
        return QNetworkReply::NoError;
    }
}

} // namespace

Http1Reply::Http1Reply(ConnectionPool *pool, const QNetworkRequest &request, QObject *parent)
    : QNetworkReply(parent)
    , m_pool(pool)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::GetOperation);
    m_server.tls = request.url().scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    m_server.host = request.url().host();
    m_server.port = quint16(request.url().port(m_server.tls ? 443 : 80));
    setAttribute(QNetworkRequest::ConnectionEncryptedAttribute, m_server.tls);
    setAttribute(QNetworkRequest::Http2WasUsedAttribute, false);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    // Like Qt's replies: nothing is emitted before the caller has connected.
    QMetaObject::invokeMethod(this, &Http1Reply::begin, Qt::QueuedConnection);
}

Http1Reply::~Http1Reply()
{
    dropSocket();
}

void Http1Reply::begin()
{
    if (isFinished())
        return;
    m_phase = Phase::Connecting;
    m_gotBytes = false;
    m_parser = Http1Parser();
    m_raw.clear();
    m_outOfStep = false;
    if (!m_pool) {
        failWith(OperationCanceledError, tr("Operation canceled"));
        return;
    }
    m_socket = m_retried ? nullptr : m_pool->takeIdleConnection(m_server);
    m_reused = m_socket != nullptr;
    if (!m_socket)
        m_socket = m_pool->openConnection(m_server, request().sslConfiguration());
    m_socket->setParent(this);
    if (qobject_cast<QSslSocket *>(m_socket)) // it announces each 4 KiB it decrypts: once
        connect(m_socket, &QTcpSocket::readyRead, this, &Http1Reply::readLater);
    else
        connect(m_socket, &QTcpSocket::readyRead, this, &Http1Reply::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &Http1Reply::onClosed);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &Http1Reply::onSocketError);
    if (m_reused) {
        sendRequest();
        return;
    }
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket)) {
        // Within this signal the reader may accept the certificate (ignoreSslErrors).
        connect(tls, &QSslSocket::sslErrors, this, &QNetworkReply::sslErrors);
        connect(tls, &QSslSocket::encrypted, this, &Http1Reply::sendRequest);
    } else {
        connect(m_socket, &QTcpSocket::connected, this, &Http1Reply::sendRequest);
    }
}

void Http1Reply::ignoreSslErrorsImplementation(const QList<QSslError> &errors)
{
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket))
        tls->ignoreSslErrors(errors);
}

void Http1Reply::sslConfigurationImplementation(QSslConfiguration &configuration) const
{
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket))
        configuration = tls->sslConfiguration();
    else if (m_server.tls)
        configuration = m_tls; // the connection went back to the pool
}

void Http1Reply::sendRequest()
{
    if (!m_socket)
        return;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket))
        m_tls = tls->sslConfiguration();
    const QUrl url = request().url();
    QByteArray target = url.toEncoded(
        QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment | QUrl::FullyEncoded);
    if (!target.startsWith('/'))
        target.prepend('/');
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (m_server.port != (m_server.tls ? 443 : 80))
        host += ':' + QByteArray::number(m_server.port);

    QByteArray message;
    message.reserve(512);
    message += "GET " + target + " HTTP/1.1\r\n";
    const QList<QByteArray> names = request().rawHeaderList();
    bool hostGiven = false;
    for (const QByteArray &name : names) {
        const QByteArray value = request().rawHeader(name);
        const QByteArray lower = name.toLower();
        // Framing is Haul's business; a line break would smuggle a second request.
        if (!HttpHeaders::isSendable(name, value) || lower == "connection"
            || lower == "content-length" || lower == "transfer-encoding")
            continue;
        hostGiven = hostGiven || lower == "host";
        message += name + ": " + value + "\r\n";
    }
    if (!hostGiven)
        message += "Host: " + host + "\r\n";
    message += "\r\n";
    m_phase = Phase::Head;
    m_socket->write(message);
}

bool Http1Reply::retryOnFreshConnection()
{
    // A kept-alive connection the server closed meanwhile: the request was never
    // answered, so it goes again once on a new connection.
    if (!m_reused || m_retried || m_gotBytes || m_phase == Phase::Body || m_phase == Phase::Done)
        return false;
    m_retried = true;
    dropSocket();
    begin();
    return true;
}

void Http1Reply::onSocketError(QAbstractSocket::SocketError error)
{
    if (isFinished() || !m_socket)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onClosed();
        return;
    }
    if (retryOnFreshConnection())
        return;
    const QString message = m_socket->errorString();
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        failWith(ConnectionRefusedError, message);
        return;
    case QAbstractSocket::HostNotFoundError:
        failWith(HostNotFoundError, message);
        return;
    case QAbstractSocket::SocketTimeoutError:
        failWith(TimeoutError, message);
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        failWith(SslHandshakeFailedError, message);
        return;
    default:
        break;
    }
    QPointer<Http1Reply> self(this);
    if (m_phase == Phase::Body) {
        takeRestOfSocket();
        if (pendingSize() > 0)
            emit readyRead();
    }
    if (self && !isFinished())
        failWith(m_gotBytes ? RemoteHostClosedError : UnknownNetworkError, message);
}

void Http1Reply::takeRestOfSocket()
{
    if (!m_socket || m_socket->bytesAvailable() <= 0)
        return;
    if (m_parser.framing() == Framing::Chunked) {
        decodeChunks(true);
        return;
    }
    const qint64 take = std::min(m_socket->bytesAvailable(), m_parser.rawBodyAhead());
    if (take <= 0)
        return;
    if (m_pendingPos > 0) {
        m_pending.remove(0, m_pendingPos);
        m_pendingPos = 0;
    }
    const qint64 before = m_pending.size();
    m_pending.resize(before + take);
    const qint64 got = std::max<qint64>(m_socket->read(m_pending.data() + before, take), 0);
    m_pending.resize(before + got);
    m_parser.skipRawBody(got);
}

void Http1Reply::onClosed()
{
    if (isFinished() || !m_socket)
        return;
    if (m_phase == Phase::Connecting || m_phase == Phase::Head) {
        if (m_socket->bytesAvailable() > 0) {
            // An answer may be complete in what is left: read it first.
            QPointer<Http1Reply> self(this);
            onReadyRead();
            if (!self || isFinished())
                return;
        }
        if (m_phase == Phase::Connecting || m_phase == Phase::Head) {
            if (retryOnFreshConnection())
                return;
            failWith(RemoteHostClosedError,
                !m_parser.hasPartialHead()
                    ? tr("The server closed the connection without answering")
                    : tr("The server closed the connection in the middle of its answer"));
            return;
        }
    }
    QPointer<Http1Reply> self(this);
    takeRestOfSocket();
    if (pendingSize() > 0)
        emit readyRead();
    if (!self || isFinished())
        return;
    if (m_parser.closeInput()) {
        finishOk();
        return;
    }
    failWith(
        RemoteHostClosedError, tr("The server closed the connection before the end of the file"));
}

void Http1Reply::onReadyRead()
{
    if (isFinished() || !m_socket)
        return;
    if (m_socket->bytesAvailable() > 0)
        m_gotBytes = true;
    QPointer<Http1Reply> self(this);
    if (m_phase == Phase::Connecting || m_phase == Phase::Head) {
        if (!readHead())
            return;
        emit metaDataChanged();
        if (!self || isFinished())
            return;
        if (m_bufferLimit > 0 && m_socket && m_parser.framing() != Framing::Chunked)
            m_socket->setReadBufferSize(m_bufferLimit);
    }
    if (m_phase != Phase::Body)
        return;
    if (m_parser.framing() == Framing::Chunked && !decodeChunks(false))
        return;
    if (m_parser.framing() == Framing::Length && m_socket
        && m_socket->bytesAvailable() > m_parser.lengthLeft())
        m_outOfStep = true; // more than announced
    if (bytesAvailable() > 0)
        emit readyRead();
    if (!self)
        return;
    checkComplete();
}

void Http1Reply::checkComplete()
{
    if (isFinished() || m_phase != Phase::Body)
        return;
    // Under Content-Length the rest of the body may still wait in the socket for the reader.
    const bool all = m_parser.state() == Http1Parser::State::Complete
        || (m_parser.framing() == Framing::Length
            && (!m_socket || m_socket->bytesAvailable() >= m_parser.lengthLeft()));
    if (all)
        finishOk();
}

bool Http1Reply::readHead()
{
    QByteArray rest;
    while (m_parser.state() == Http1Parser::State::Head) {
        if (!m_socket || m_socket->bytesAvailable() <= 0)
            return false;
        // Already here: no readyRead would announce these bytes again, so read on.
        const QByteArray block = m_socket->read(std::min(m_socket->bytesAvailable(), HeadStep));
        rest = block.mid(m_parser.feed(block, &m_pending));
    }
    if (m_parser.state() == Http1Parser::State::Failed) {
        failForParser();
        return false;
    }
    takeHead();
    // The body's first bytes came along with the head: under Content-Length only as many as
    // announced, and with no body at all none (the parser notes the connection out of step).
    m_pending.clear();
    m_pendingPos = 0;
    if (m_parser.framing() == Framing::Chunked)
        m_raw = rest;
    else
        m_parser.feed(rest, &m_pending);
    m_phase = Phase::Body;
    return true;
}

void Http1Reply::takeHead()
{
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_parser.status());
    setAttribute(
        QNetworkRequest::HttpReasonPhraseAttribute, QString::fromLatin1(m_parser.reason()));
    for (const auto &[name, value] : m_parser.headers())
        setRawHeader(name, value);
}

void Http1Reply::failForParser()
{
    switch (m_parser.error()) {
    case Http1Parser::Error::NotHttp:
        failWith(RemoteHostClosedError,
            tr("The server's answer is not HTTP: %1")
                .arg(QString::fromLatin1(
                    m_parser.statusLine().left(60).toPercentEncoding(" /:;,.="))));
        return;
    case Http1Parser::Error::HeadTooLarge:
        failWith(ProtocolFailure,
            tr("The server's answer has more than %1 bytes of headers").arg(MaxHeadBytes));
        return;
    case Http1Parser::Error::TooManyHeaderLines:
        failWith(ProtocolFailure,
            tr("The server's answer has more than %1 header lines").arg(MaxHeaderLines));
        return;
    case Http1Parser::Error::MalformedChunk:
    case Http1Parser::Error::None:
        failWith(ProtocolFailure, tr("The server sent a malformed chunked body"));
        return;
    }
}

bool Http1Reply::decodeChunks(bool all)
{
    // Decodes into m_pending up to the reader's buffer limit (all: everything there is).
    if (m_pendingPos > 0) {
        m_pending.remove(0, m_pendingPos);
        m_pendingPos = 0;
    }
    const bool limited = !all && m_bufferLimit > 0;
    while (m_parser.state() == Http1Parser::State::Body) {
        const qint64 room
            = limited ? m_bufferLimit - m_pending.size() : std::numeric_limits<qint64>::max();
        if (room <= 0)
            break;
        if (m_raw.isEmpty()) {
            if (!m_socket || m_socket->bytesAvailable() <= 0)
                break;
            const qint64 run
                = std::min({ m_parser.rawBodyAhead(), room, m_socket->bytesAvailable() });
            if (run > 0) {
                // Inside a chunk: from the socket to the reader's buffer in one copy.
                const qint64 before = m_pending.size();
                m_pending.resize(before + run);
                const qint64 got
                    = std::max<qint64>(m_socket->read(m_pending.data() + before, run), 0);
                m_pending.resize(before + got);
                m_parser.skipRawBody(got);
                continue;
            }
            m_raw = m_socket->read(std::min(m_socket->bytesAvailable(), ChunkLineStep));
        }
        const qsizetype taken = m_parser.feed(m_raw, &m_pending, limited ? room : -1);
        m_raw.remove(0, taken);
        if (taken == 0)
            break;
    }
    if (m_parser.state() == Http1Parser::State::Failed) {
        failForParser();
        return false;
    }
    if (m_parser.state() == Http1Parser::State::Complete
        && (!m_raw.isEmpty() || (m_socket && m_socket->bytesAvailable() > 0)))
        m_outOfStep = true;
    return true;
}

qint64 Http1Reply::bodyInSocket() const
{
    if (!m_socket || m_phase == Phase::Connecting || m_phase == Phase::Head)
        return 0;
    if (m_parser.framing() == Framing::Length)
        return std::min(m_socket->bytesAvailable(), m_parser.lengthLeft());
    if (m_parser.framing() == Framing::UntilClose)
        return m_socket->bytesAvailable();
    return 0;
}

qint64 Http1Reply::bytesAvailable() const
{
    return QNetworkReply::bytesAvailable() + pendingSize() + bodyInSocket();
}

qint64 Http1Reply::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    const qint64 fromPending = std::min(maxSize, pendingSize());
    if (fromPending > 0) {
        std::memcpy(data, m_pending.constData() + m_pendingPos, size_t(fromPending));
        m_pendingPos += fromPending;
        done = fromPending;
        if (m_pendingPos == m_pending.size()) {
            m_pending.clear();
            m_pendingPos = 0;
        }
    }
    const qint64 direct = std::min(maxSize - done, bodyInSocket());
    if (direct > 0) {
        const qint64 got = m_socket->read(data + done, direct);
        if (got > 0) {
            done += got;
            m_parser.skipRawBody(got);
        }
    }
    if (m_parser.framing() == Framing::Chunked && pendingSize() == 0
        && m_parser.state() == Http1Parser::State::Body && m_socket
        && (m_socket->bytesAvailable() > 0 || !m_raw.isEmpty())) {
        readLater(); // decoding stopped at the buffer limit: on once the reader has room
    }
    if (isFinished() && pendingSize() == 0 && bodyInSocket() == 0)
        releaseConnection();
    if (done == 0 && isFinished())
        return -1;
    return done;
}

void Http1Reply::readLater()
{
    if (m_readPosted)
        return;
    m_readPosted = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_readPosted = false;
            onReadyRead();
        },
        Qt::QueuedConnection);
}

void Http1Reply::setReadBufferSize(qint64 size)
{
    QNetworkReply::setReadBufferSize(size);
    m_bufferLimit = std::max<qint64>(size, 0);
    if (m_socket && m_phase == Phase::Body && m_parser.framing() != Framing::Chunked)
        m_socket->setReadBufferSize(m_bufferLimit);
}

void Http1Reply::finishOk()
{
    if (isFinished())
        return;
    const int status = m_parser.status();
    const NetworkError statusError = errorForStatus(status);
    QPointer<Http1Reply> self(this);
    if (statusError != NoError) {
        setError(statusError,
            tr("The server answered %1 %2")
                .arg(status)
                .arg(attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
        emit errorOccurred(statusError);
        if (!self)
            return;
    }
    m_phase = Phase::Done;
    setFinished(true);
    if (pendingSize() == 0 && bodyInSocket() == 0)
        releaseConnection();
    emit finished();
}

void Http1Reply::failWith(NetworkError error, const QString &message)
{
    if (isFinished())
        return;
    m_outOfStep = true;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_phase = Phase::Done;
    setError(error, message);
    QPointer<Http1Reply> self(this);
    emit errorOccurred(error);
    if (!self)
        return;
    setFinished(true);
    emit finished();
}

void Http1Reply::releaseConnection()
{
    if (!m_socket)
        return;
    if (!m_parser.keepAlive() || m_outOfStep || !m_pool
        || m_parser.state() != Http1Parser::State::Complete
        || m_socket->state() != QAbstractSocket::ConnectedState || m_socket->bytesAvailable() > 0
        || !m_raw.isEmpty()) {
        dropSocket();
        return;
    }
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    m_pool->keepIdleConnection(m_server, socket);
}

void Http1Reply::dropSocket()
{
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void Http1Reply::abort()
{
    if (isFinished()) {
        if (pendingSize() > 0 || bodyInSocket() > 0)
            dropSocket(); // unread bytes: the connection cannot serve another request
        m_pending.clear();
        m_pendingPos = 0;
        return;
    }
    dropSocket();
    m_pending.clear();
    m_pendingPos = 0;
    m_phase = Phase::Done;
    setError(OperationCanceledError, tr("Operation canceled"));
    QPointer<Http1Reply> self(this);
    emit errorOccurred(OperationCanceledError);
    if (!self)
        return;
    setFinished(true);
    emit finished();
}
