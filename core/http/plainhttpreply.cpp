#include "core/http/plainhttpreply.h"

#include "core/http/networkmanager.h"

#include <QNetworkProxy>
#include <QTimer>
#include <algorithm>
#include <cstring>

namespace {
constexpr int MaxChunkLine = 4096;

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

// A decimal length of at most 18 digits; anything else is no length at all.
bool parseLength(const QByteArray &value, qint64 *length)
{
    if (value.isEmpty() || value.size() > 18)
        return false;
    qint64 n = 0;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + (c - '0');
    }
    *length = n;
    return true;
}

// Where a head ends: the index just past its empty line ("\n\n" or "\n\r\n"), with
// the head's own length (up to its last line's "\n") in *length; -1 while incomplete.
// One memchr per line, not a search of the whole buffer per call.
qsizetype headEnd(const QByteArray &bytes, qsizetype from, qsizetype *length)
{
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    for (qsizetype i = from; i < size;) {
        const auto *found
            = static_cast<const char *>(std::memchr(data + i, '\n', size_t(size - i)));
        if (!found)
            return -1;
        const qsizetype k = found - data;
        if (k + 1 < size && data[k + 1] == '\n') {
            *length = k;
            return k + 2;
        }
        if (k + 2 < size && data[k + 1] == '\r' && data[k + 2] == '\n') {
            *length = k;
            return k + 3;
        }
        i = k + 1;
    }
    return -1;
}

bool headerNameIsToken(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](char c) {
        return c > 32 && c < 127 && c != ':' && c != '(' && c != ')' && c != ',' && c != '"'
            && c != '/' && c != '[' && c != ']' && c != '{' && c != '}' && c != ';';
    });
}

} // namespace

PlainHttpReply::PlainHttpReply(
    NetworkManager *manager, const QNetworkRequest &request, QObject *parent)
    : QNetworkReply(parent)
    , m_manager(manager)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::GetOperation);
    setAttribute(QNetworkRequest::ConnectionEncryptedAttribute, false);
    setAttribute(QNetworkRequest::Http2WasUsedAttribute, false);
    m_host = request.url().host();
    m_port = quint16(request.url().port(80));
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    // Like Qt's replies: nothing is emitted before the caller has connected.
    QMetaObject::invokeMethod(this, &PlainHttpReply::begin, Qt::QueuedConnection);
}

PlainHttpReply::~PlainHttpReply()
{
    dropSocket();
}

void PlainHttpReply::begin()
{
    if (isFinished())
        return;
    m_phase = Phase::Connecting;
    m_gotBytes = false;
    m_socket = (m_manager && !m_retried) ? m_manager->takeIdleConnection(m_host, m_port) : nullptr;
    m_reused = m_socket != nullptr;
    if (!m_socket) {
        m_socket = new QTcpSocket(this);
        m_socket->setProxy(QNetworkProxy::NoProxy);
    } else {
        m_socket->setParent(this);
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &PlainHttpReply::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &PlainHttpReply::onClosed);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &PlainHttpReply::onSocketError);
    if (m_reused) {
        sendRequest();
        return;
    }
    connect(m_socket, &QTcpSocket::connected, this, &PlainHttpReply::sendRequest);
    m_socket->connectToHost(m_host, m_port);
}

void PlainHttpReply::sendRequest()
{
    if (!m_socket)
        return;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QUrl url = request().url();
    QByteArray target = url.toEncoded(
        QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment | QUrl::FullyEncoded);
    if (!target.startsWith('/'))
        target.prepend('/');
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (m_port != 80)
        host += ':' + QByteArray::number(m_port);

    QByteArray message;
    message.reserve(512);
    message += "GET " + target + " HTTP/1.1\r\n";
    const QList<QByteArray> names = request().rawHeaderList();
    bool hostGiven = false;
    for (const QByteArray &name : names) {
        const QByteArray value = request().rawHeader(name);
        const QByteArray lower = name.toLower();
        // Framing is Haul's business; a line break would smuggle a second request.
        if (!headerNameIsToken(name) || value.contains('\r') || value.contains('\n')
            || lower == "connection" || lower == "content-length" || lower == "transfer-encoding")
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

bool PlainHttpReply::retryOnFreshConnection()
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

void PlainHttpReply::onSocketError(QAbstractSocket::SocketError error)
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
    default:
        break;
    }
    QPointer<PlainHttpReply> self(this);
    if (m_phase == Phase::Body) {
        takeRestOfSocket();
        if (pendingSize() > 0)
            emit readyRead();
    }
    if (self && !isFinished())
        failWith(m_gotBytes ? RemoteHostClosedError : UnknownNetworkError, message);
}

void PlainHttpReply::takeRestOfSocket()
{
    if (!m_socket || m_socket->bytesAvailable() <= 0)
        return;
    if (m_framing == Framing::Chunked) {
        decodeChunks(true);
        return;
    }
    const qint64 take = m_framing == Framing::Length ? std::min(m_socket->bytesAvailable(), m_left)
                                                     : m_socket->bytesAvailable();
    if (take <= 0)
        return;
    if (m_pendingPos > 0) {
        m_pending.remove(0, m_pendingPos);
        m_pendingPos = 0;
    }
    const qint64 before = m_pending.size();
    m_pending.resize(before + take);
    const qint64 got = m_socket->read(m_pending.data() + before, take);
    m_pending.resize(before + std::max<qint64>(got, 0));
    if (m_framing == Framing::Length)
        m_left -= std::max<qint64>(got, 0);
}

void PlainHttpReply::onClosed()
{
    if (isFinished() || !m_socket)
        return;
    if (m_phase == Phase::Connecting || m_phase == Phase::Head) {
        if (m_socket->bytesAvailable() > 0) {
            // An answer may be complete in what is left: read it first.
            QPointer<PlainHttpReply> self(this);
            onReadyRead();
            if (!self || isFinished())
                return;
        }
        if (m_phase == Phase::Connecting || m_phase == Phase::Head) {
            if (retryOnFreshConnection())
                return;
            failWith(RemoteHostClosedError,
                m_head.isEmpty()
                    ? tr("The server closed the connection without answering")
                    : tr("The server closed the connection in the middle of its answer"));
            return;
        }
    }
    QPointer<PlainHttpReply> self(this);
    m_keepAlive = false;
    takeRestOfSocket();
    if (pendingSize() > 0)
        emit readyRead();
    if (!self || isFinished())
        return;
    if (m_framing == Framing::UntilClose || (m_framing == Framing::Length && m_left == 0)
        || (m_framing == Framing::Chunked && m_chunk == Chunk::End)) {
        finishOk();
        return;
    }
    failWith(
        RemoteHostClosedError, tr("The server closed the connection before the end of the file"));
}

void PlainHttpReply::onReadyRead()
{
    if (isFinished() || !m_socket)
        return;
    if (m_socket->bytesAvailable() > 0)
        m_gotBytes = true;
    QPointer<PlainHttpReply> self(this);
    if (m_phase == Phase::Connecting || m_phase == Phase::Head) {
        if (!readHead())
            return;
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_status);
        emit metaDataChanged();
        if (!self || isFinished())
            return;
        if (m_bufferLimit > 0 && m_socket && m_framing != Framing::Chunked)
            m_socket->setReadBufferSize(m_bufferLimit);
    }
    if (m_phase != Phase::Body)
        return;
    if (m_framing == Framing::Chunked && !decodeChunks(false))
        return;
    if (m_framing == Framing::Length && m_socket && m_socket->bytesAvailable() > m_left)
        m_keepAlive = false; // more than announced: the connection is out of step
    if (bytesAvailable() > 0)
        emit readyRead();
    if (!self)
        return;
    checkComplete();
}

void PlainHttpReply::checkComplete()
{
    if (isFinished() || m_phase != Phase::Body)
        return;
    const bool all = m_framing == Framing::None
        || (m_framing == Framing::Length && (!m_socket || m_socket->bytesAvailable() >= m_left))
        || (m_framing == Framing::Chunked && m_chunk == Chunk::End);
    if (all)
        finishOk();
}

bool PlainHttpReply::readHead()
{
    // A little at a time: the body behind the head stays in the socket, to be read
    // straight into the reader's buffer rather than copied through the head.
    constexpr qint64 Step = 4096;
    qsizetype scanFrom = 0;
    for (;;) {
        qsizetype headLength = -1;
        const qsizetype bodyStart = headEnd(m_head, scanFrom, &headLength);
        if (bodyStart < 0) {
            if (m_socket && m_socket->bytesAvailable() > 0 && m_head.size() <= MaxHeadBytes) {
                scanFrom = std::max<qsizetype>(0, m_head.size() - 2);
                m_head += m_socket->read(std::min(m_socket->bytesAvailable(), Step));
                continue; // already here: no readyRead would announce it again
            }
            if (m_head.size() > MaxHeadBytes) {
                failWith(ProtocolFailure,
                    tr("The server's answer has more than %1 bytes of headers").arg(MaxHeadBytes));
            }
            return false;
        }
        QByteArray rest = m_head.mid(bodyStart);
        const QByteArray head = m_head.left(headLength);
        m_head.clear();
        scanFrom = 0;
        if (!parseHead(head))
            return false;
        if (m_status >= 100 && m_status < 200) {
            // An interim answer (100 Continue, 103 Early Hints): the real one follows.
            m_head = rest;
            continue;
        }
        // The body's first bytes came along with the head.
        if (m_framing == Framing::Chunked) {
            m_chunkInput = rest;
        } else if (m_framing == Framing::Length) {
            if (rest.size() > m_left) {
                rest.truncate(m_left);
                m_keepAlive = false;
            }
            m_left -= rest.size();
            m_pending = rest;
        } else if (m_framing == Framing::UntilClose) {
            m_pending = rest;
        } else if (!rest.isEmpty()) {
            m_keepAlive = false;
        }
        m_pendingPos = 0;
        m_phase = Phase::Body;
        return true;
    }
}

bool PlainHttpReply::parseHead(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    // The status line: HTTP/1.x SP 3DIGIT [SP reason]
    const QByteArray status = lines.value(0);
    const bool shaped = status.size() >= 12 && status.startsWith("HTTP/1.") && status.at(7) >= '0'
        && status.at(7) <= '9' && status.at(8) == ' '
        && std::all_of(
            status.cbegin() + 9, status.cbegin() + 12, [](char c) { return c >= '0' && c <= '9'; })
        && (status.size() == 12 || status.at(12) == ' ');
    if (!shaped) {
        failWith(RemoteHostClosedError,
            tr("The server's answer is not HTTP: %1")
                .arg(QString::fromLatin1(status.left(60).toPercentEncoding(" /:;,.="))));
        return false;
    }
    if (lines.size() > MaxHeaderLines + 1) {
        failWith(ProtocolFailure,
            tr("The server's answer has more than %1 header lines").arg(MaxHeaderLines));
        return false;
    }
    m_status = status.mid(9, 3).toInt();
    const bool http10 = status.at(7) == '0';
    setAttribute(
        QNetworkRequest::HttpReasonPhraseAttribute, QString::fromLatin1(status.mid(13).trimmed()));

    QList<QPair<QByteArray, QByteArray>> headers;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty())
            continue;
        if ((line.at(0) == ' ' || line.at(0) == '\t') && !headers.isEmpty()) {
            headers.last().second += ' ' + line.trimmed(); // obsolete line folding
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
        if (!headerNameIsToken(name))
            continue; // not a header line: skipped, as Qt does
        const QByteArray value = line.mid(colon + 1).trimmed();
        auto same = std::find_if(headers.begin(), headers.end(),
            [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
        if (same != headers.end())
            same->second += ", " + value;
        else
            headers.append({ name, value });
    }
    QByteArray connection;
    QByteArray transferEncoding;
    QByteArray contentLength;
    for (const auto &[name, value] : std::as_const(headers)) {
        setRawHeader(name, value);
        const QByteArray lower = name.toLower();
        if (lower == "connection")
            connection = value.toLower();
        else if (lower == "transfer-encoding")
            transferEncoding = value.toLower();
        else if (lower == "content-length")
            contentLength = value;
    }
    m_keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");

    qint64 length = -1;
    if (m_status < 200 || m_status == 204 || m_status == 304) {
        m_framing = Framing::None;
    } else if (!transferEncoding.isEmpty()) {
        // Chunked must come last; any other coding is read to the close.
        m_framing = transferEncoding.trimmed().endsWith("chunked") ? Framing::Chunked
                                                                   : Framing::UntilClose;
    } else if (parseLength(contentLength, &length)) {
        m_framing = length == 0 ? Framing::None : Framing::Length;
        m_left = length;
    } else {
        m_framing = Framing::UntilClose;
    }
    if (m_framing == Framing::UntilClose)
        m_keepAlive = false;
    return true;
}

bool PlainHttpReply::decodeChunks(bool all)
{
    // Decodes into m_pending up to the reader's buffer limit (all: everything there is).
    auto next = [this](char *c) -> bool {
        if (!m_chunkInput.isEmpty()) {
            *c = m_chunkInput.at(0);
            m_chunkInput.remove(0, 1);
            return true;
        }
        return m_socket && m_socket->getChar(c);
    };
    auto available = [this]() -> qint64 {
        return m_chunkInput.size() + (m_socket ? m_socket->bytesAvailable() : 0);
    };
    if (m_pendingPos > 0) {
        m_pending.remove(0, m_pendingPos);
        m_pendingPos = 0;
    }
    while (m_chunk != Chunk::End && available() > 0) {
        if (!all && m_bufferLimit > 0 && m_pending.size() >= m_bufferLimit)
            break;
        if (m_chunk == Chunk::Data) {
            qint64 take = std::min(m_chunkLeft, available());
            if (!all && m_bufferLimit > 0)
                take = std::min(take, m_bufferLimit - m_pending.size());
            const qint64 before = m_pending.size();
            m_pending.resize(before + take);
            qint64 got = 0;
            if (!m_chunkInput.isEmpty()) {
                got = std::min<qint64>(take, m_chunkInput.size());
                std::memcpy(m_pending.data() + before, m_chunkInput.constData(), size_t(got));
                m_chunkInput.remove(0, got);
            }
            if (got < take && m_socket)
                got += std::max<qint64>(
                    m_socket->read(m_pending.data() + before + got, take - got), 0);
            m_pending.resize(before + got);
            m_chunkLeft -= got;
            if (m_chunkLeft == 0)
                m_chunk = Chunk::DataEnd;
            continue;
        }
        char c = 0;
        if (!next(&c))
            break;
        if (c != '\n') {
            if (m_chunkLine.size() >= MaxChunkLine) {
                failWith(ProtocolFailure, tr("The server sent a malformed chunked body"));
                return false;
            }
            m_chunkLine += c;
            continue;
        }
        QByteArray line = m_chunkLine;
        m_chunkLine.clear();
        if (line.endsWith('\r'))
            line.chop(1);
        if (m_chunk == Chunk::DataEnd) {
            if (!line.isEmpty()) {
                failWith(ProtocolFailure, tr("The server sent a malformed chunked body"));
                return false;
            }
            m_chunk = Chunk::Size;
        } else if (m_chunk == Chunk::Size) {
            const qsizetype semicolon = line.indexOf(';');
            const QByteArray hex = (semicolon >= 0 ? line.left(semicolon) : line).trimmed();
            bool ok = hex.size() <= 15 && !hex.isEmpty();
            const qint64 size = ok ? hex.toLongLong(&ok, 16) : 0;
            if (!ok || size < 0) {
                failWith(ProtocolFailure, tr("The server sent a malformed chunked body"));
                return false;
            }
            m_chunkLeft = size;
            m_chunk = size == 0 ? Chunk::Trailer : Chunk::Data;
        } else if (m_chunk == Chunk::Trailer && line.isEmpty()) {
            m_chunk = Chunk::End;
        }
    }
    if (m_chunk == Chunk::End
        && (!m_chunkInput.isEmpty() || (m_socket && m_socket->bytesAvailable() > 0)))
        m_keepAlive = false;
    return true;
}

qint64 PlainHttpReply::bodyInSocket() const
{
    if (!m_socket || m_phase == Phase::Connecting || m_phase == Phase::Head)
        return 0;
    if (m_framing == Framing::Length)
        return std::min(m_socket->bytesAvailable(), m_left);
    if (m_framing == Framing::UntilClose)
        return m_socket->bytesAvailable();
    return 0;
}

qint64 PlainHttpReply::bytesAvailable() const
{
    return QNetworkReply::bytesAvailable() + pendingSize() + bodyInSocket();
}

qint64 PlainHttpReply::readData(char *data, qint64 maxSize)
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
            if (m_framing == Framing::Length)
                m_left -= got;
        }
    }
    if (m_framing == Framing::Chunked && pendingSize() == 0 && m_chunk != Chunk::End
        && !m_pumpPosted && m_socket && m_socket->bytesAvailable() > 0) {
        // Decoding stopped at the buffer limit: go on once the reader has room again.
        m_pumpPosted = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pumpPosted = false;
                onReadyRead();
            },
            Qt::QueuedConnection);
    }
    if (isFinished() && pendingSize() == 0 && bodyInSocket() == 0)
        releaseConnection();
    if (done == 0 && isFinished())
        return -1;
    return done;
}

void PlainHttpReply::setReadBufferSize(qint64 size)
{
    QNetworkReply::setReadBufferSize(size);
    m_bufferLimit = std::max<qint64>(size, 0);
    if (m_socket && m_phase == Phase::Body && m_framing != Framing::Chunked)
        m_socket->setReadBufferSize(m_bufferLimit);
}

void PlainHttpReply::finishOk()
{
    if (isFinished())
        return;
    const NetworkError statusError = errorForStatus(m_status);
    QPointer<PlainHttpReply> self(this);
    if (statusError != NoError) {
        setError(statusError,
            tr("The server answered %1 %2")
                .arg(m_status)
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

void PlainHttpReply::failWith(NetworkError error, const QString &message)
{
    if (isFinished())
        return;
    m_keepAlive = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_phase = Phase::Done;
    setError(error, message);
    QPointer<PlainHttpReply> self(this);
    emit errorOccurred(error);
    if (!self)
        return;
    setFinished(true);
    emit finished();
}

void PlainHttpReply::releaseConnection()
{
    if (!m_socket)
        return;
    if (!m_keepAlive || !m_manager || m_socket->state() != QAbstractSocket::ConnectedState
        || m_socket->bytesAvailable() > 0 || !m_chunkInput.isEmpty()) {
        dropSocket();
        return;
    }
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    m_manager->keepIdleConnection(m_host, m_port, socket);
}

void PlainHttpReply::dropSocket()
{
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void PlainHttpReply::abort()
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
    QPointer<PlainHttpReply> self(this);
    emit errorOccurred(OperationCanceledError);
    if (!self)
        return;
    setFinished(true);
    emit finished();
}
