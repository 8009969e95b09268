#include "filetransfer.h"

#include "errorcodes.h"
#include "filenamesanitizer.h"
#include "httpheaders.h"
#include "networkmanager.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
constexpr qint64 BufferSize = 256 * 1024;
constexpr qint64 ReplyBufferSize = 1024 * 1024;
constexpr int MaxRedirects = 10;
constexpr int MaxRestarts = 3;
// More connections pay only when one is slow: after this long, a file that one connection
// would not finish within SplitWorthSeconds is split.
constexpr int SplitDelayMs = 200;
constexpr double SplitWorthSeconds = 1.5;
// Above this speed one connection is limited by the disk or the CPU, not by the path or the
// server: more connections would only compete for them (measured on loopback).
constexpr double SplitBelowBytesPerSecond = 64.0 * 1024 * 1024;

quint32 codeForNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return ErrorCode::E_ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
        return ErrorCode::E_ConnectionClosed;
    case QNetworkReply::HostNotFoundError:
        return ErrorCode::E_HostNotFound;
    case QNetworkReply::TimeoutError:
        return ErrorCode::E_Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return ErrorCode::E_TlsHandshake;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return ErrorCode::E_NetworkDisconnected;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        return ErrorCode::E_ProxyFailed;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ErrorCode::fromHttpStatus(407);
    case QNetworkReply::AuthenticationRequiredError:
        return ErrorCode::fromHttpStatus(401);
    case QNetworkReply::ProtocolUnknownError:
        return ErrorCode::E_UnsupportedScheme;
    case QNetworkReply::TooManyRedirectsError:
        return ErrorCode::E_TooManyRedirects;
    case QNetworkReply::InsecureRedirectError:
        return ErrorCode::E_RedirectRefused;
    default:
        return ErrorCode::E_ProtocolError;
    }
}

bool isDiskFull(const QFile &file, int savedErrno)
{
    // EFBIG: a file-size limit (ulimit -f, a FAT volume's 4 GiB): no room for this file.
    return savedErrno == ENOSPC || savedErrno == EDQUOT || savedErrno == EFBIG
        || file.error() == QFileDevice::ResourceError;
}

} // namespace

// One read buffer for every transfer of the engine thread: reads never interleave, and a
// job of thousands of small files does not allocate (and clear) one per file.
char *FileTransfer::readBuffer()
{
    thread_local std::vector<char> buffer(BufferSize);
    return buffer.data();
}

FileTransfer::FileTransfer(QNetworkAccessManager *network, const JobFile &file, int index,
    Options options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_file(file)
    , m_index(index)
    , m_options(std::move(options))
    , m_limiter(m_options.rateLimit)
{
    m_stallTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, &FileTransfer::onStalled);
    m_splitTimer.setSingleShot(true);
    m_splitTimer.setInterval(SplitDelayMs);
    connect(&m_splitTimer, &QTimer::timeout, this, [this] {
        if (!m_done && m_reply && !m_segmented)
            trySegmenting();
    });
    m_throttleTimer.setSingleShot(true);
    connect(&m_throttleTimer, &QTimer::timeout, this, [this] {
        if (!m_segmented) {
            drain();
            return;
        }
        for (int k = 0; k < int(m_workers.size()); ++k)
            drainWorker(k);
    });
}

FileTransfer::~FileTransfer()
{
    abort();
}

void FileTransfer::start()
{
    m_url = m_file.remoteUrl;
    m_redirects = 0;
    m_offset = 0;
    if (!m_file.segments.isEmpty()) {
        resumeSegments();
        return;
    }
    // Trust only bytes that were both checkpointed and are still on disk.
    const QString temp = m_file.tempPath();
    if (!temp.isEmpty() && QFileInfo::exists(temp) && m_file.resumable
        && !m_file.validator().isEmpty()) {
        const qint64 onDisk = QFileInfo(temp).size();
        m_offset = std::min(onDisk, m_file.bytesTransferred);
        if (m_file.bytesTotal >= 0 && m_offset > m_file.bytesTotal)
            m_offset = 0;
        if (onDisk < m_file.bytesTransferred)
            noticeLostTail(m_file.bytesTransferred, onDisk);
    }
    if (m_file.bytesTransferred != m_offset) {
        m_file.bytesTransferred = m_offset;
        emit fileChanged();
    }
    sendRequest();
}

QNetworkRequest FileTransfer::newRequest() const
{
    QNetworkRequest request(m_url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept-Encoding", "identity");
    if (m_options.directHttp)
        request.setAttribute(NetworkManager::DirectAttribute, true);
    request.setRawHeader(
        "User-Agent", QByteArray("Haul/") + QCoreApplication::applicationVersion().toLatin1());
    // After a redirect to another origin, the user's Authorization or Cookie stays behind.
    const bool foreign = !HttpHeaders::sameOrigin(m_url, m_file.remoteUrl);
    for (const auto &[name, value] : m_options.headers) {
        if (!(foreign && HttpHeaders::carriesCredentials(name)))
            request.setRawHeader(name, value);
    }
    return request;
}

void FileTransfer::sendRequest()
{
    m_headersDone = false;
    m_finishPending = false;
    m_sslErrors.clear();
    m_refusedCertificate = CertificateInfo();
    QNetworkRequest request = newRequest();
    if (m_offset > 0 && !m_noRange) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_offset) + '-');
        request.setRawHeader("If-Range", m_file.validator().toLatin1());
    } else {
        m_offset = 0;
    }
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(ReplyBufferSize);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FileTransfer::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &FileTransfer::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FileTransfer::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, &FileTransfer::onSslErrors);
    m_stallTimer.start(m_options.stallTimeoutMs);
}

void FileTransfer::dropReply()
{
    m_splitTimer.stop();
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isFinished()) {
        reply->deleteLater();
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        // Qt fails such a reply itself once its (small) body is in; aborting it first makes
        // Qt report two errors. Give it a moment, then cut it off.
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        QTimer::singleShot(5000, reply, [reply] {
            if (!reply->isFinished())
                reply->abort();
        });
        return;
    }
    reply->abort();
    reply->deleteLater();
}

void FileTransfer::abort()
{
    m_done = true;
    m_stallTimer.stop();
    m_throttleTimer.stop();
    m_splitTimer.stop();
    dropReply();
    dropWorkers();
    if (m_temp.isOpen()) {
        checkpoint();
        m_temp.close();
    }
}

bool FileTransfer::checkpoint()
{
    if (!m_temp.isOpen())
        return true;
    if (!m_temp.flush())
        return false;
    if (m_syncedBytes == m_file.bytesTransferred)
        return true; // nothing written since the last sync (a file just named, say)
    if (::fdatasync(m_temp.handle()) != 0)
        return false;
    m_syncedBytes = m_file.bytesTransferred;
    return true;
}

bool FileTransfer::tempFileGone() const
{
    // Writing on into a file whose folder was deleted would succeed and lose every byte.
    struct stat st
    {
    };
    return m_temp.isOpen() && ::fstat(m_temp.handle(), &st) == 0 && st.st_nlink == 0;
}

void FileTransfer::failTempFileGone()
{
    fail(ErrorCode::E_LocalPathInvalid,
        QStringLiteral("the temporary file %1 was removed while downloading (was its folder "
                       "deleted?)")
            .arg(QDir::toNativeSeparators(m_file.tempPath())));
}

std::optional<FileTransfer::SyncTicket> FileTransfer::beginCheckpoint()
{
    if (tempFileGone()) {
        // Not from inside the engine's walk over its transfers: a moment later.
        QMetaObject::invokeMethod(this, &FileTransfer::failTempFileGone, Qt::QueuedConnection);
        return std::nullopt;
    }
    if (!m_temp.isOpen() || m_syncInFlight || m_syncedBytes == m_file.bytesTransferred
        || !m_temp.flush())
        return std::nullopt;
    const int fd = ::fcntl(m_temp.handle(), F_DUPFD_CLOEXEC, 0);
    if (fd < 0)
        return std::nullopt;
    m_syncInFlight = true;
    return SyncTicket { fd, m_file, m_generation };
}

bool FileTransfer::endCheckpoint(const SyncTicket &ticket, bool synced)
{
    m_syncInFlight = false;
    if (!synced || ticket.generation != m_generation
        || ticket.file.bytesTransferred <= m_syncedBytes)
        return false;
    m_syncedBytes = ticket.file.bytesTransferred;
    return true;
}

void FileTransfer::onSslErrors(const QList<QSslError> &errors)
{
    auto *reply = qobject_cast<QNetworkReply *>(sender());
    QSslCertificate peer;
    if (reply)
        peer = reply->sslConfiguration().peerCertificate();
    for (const QSslError &e : errors) {
        if (peer.isNull() && !e.certificate().isNull())
            peer = e.certificate();
    }
    const QString host = (reply ? reply->url() : m_url).host();
    CertificateInfo info;
    if (!peer.isNull()) {
        info.host = host;
        info.subject = peer.subjectDisplayName();
        if (info.subject.isEmpty())
            info.subject = peer.subjectInfo(QSslCertificate::CommonName).join(QLatin1String(", "));
        info.issuer = peer.issuerDisplayName();
        info.notBefore = peer.effectiveDate();
        info.notAfter = peer.expiryDate();
        info.sha256 = QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex());
    }
    // Only the exact certificate the user trusted for this host passes, and only for the
    // errors that concern that certificate; nothing is ever ignored wholesale.
    const bool aboutPeer = std::all_of(errors.cbegin(), errors.cend(),
        [&](const QSslError &e) { return e.certificate().isNull() || e.certificate() == peer; });
    if (reply && !info.isNull() && aboutPeer && m_options.trusted
        && m_options.trusted(host, info.sha256)) {
        reply->ignoreSslErrors(errors);
        return;
    }
    m_refusedCertificate = info;
    for (const QSslError &e : errors)
        m_sslErrors.append(e.errorString());
}

void FileTransfer::restartFromZero(bool withoutRange)
{
    if (++m_restarts > MaxRestarts) {
        fail(ErrorCode::E_ProtocolError,
            QStringLiteral("the server kept answering byte ranges inconsistently"));
        return;
    }
    dropReply();
    m_noRange = m_noRange || withoutRange;
    m_offset = 0;
    m_file.bytesTransferred = 0;
    emit fileChanged();
    sendRequest();
}

void FileTransfer::resolveLocalName()
{
    if (!m_file.localPath.isEmpty())
        return;
    QString name = FileNameSanitizer::sanitize(
        HttpHeaders::contentDispositionFileName(m_reply->rawHeader("Content-Disposition")));
    if (name.isEmpty())
        name = FileNameSanitizer::nameFromUrl(m_url);
    if (name.isEmpty())
        name = FileNameSanitizer::nameFromUrl(m_file.remoteUrl);
    if (name.isEmpty())
        name = QStringLiteral("download");
    auto taken = [this](const QString &path) {
        return QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".haul-part"))
            || (m_options.pathTaken && m_options.pathTaken(path));
    };
    m_file.localPath = FileNameSanitizer::uniquePath(m_file.folder, name, taken);
}

bool FileTransfer::openTempFile(bool truncate)
{
    if (m_temp.isOpen())
        m_temp.close();
    m_temp.setFileName(m_file.tempPath());
    ++m_generation;
    m_writebackFrom = m_offset;
    // What is already in the file was synced by the checkpoints that counted it.
    m_syncedBytes = truncate ? m_offset : m_file.bytesTransferred;
    if (!m_temp.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        failLocal(m_temp.errorString());
        return false;
    }
    if (!truncate)
        return true; // segments write at their own offsets
    // Drop whatever lies beyond the trusted bytes (a tail never checkpointed).
    if ((m_temp.size() != m_offset && !m_temp.resize(m_offset))
        || (m_temp.pos() != m_offset && !m_temp.seek(m_offset))) {
        failLocal(m_temp.errorString());
        return false;
    }
    return true;
}

void FileTransfer::onMetaDataChanged()
{
    if (m_headersDone || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return; // no HTTP answer yet; finished() reports the transport error
    m_headersDone = true;
    const QString reason
        = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().left(200);

    if (status >= 300 && status < 400 && m_reply->hasRawHeader("Location")) {
        const QUrl target
            = m_url.resolved(QUrl::fromEncoded(m_reply->rawHeader("Location").trimmed()));
        if (++m_redirects > MaxRedirects) {
            fail(ErrorCode::E_TooManyRedirects,
                QStringLiteral("more than %1 redirects, the last to %2")
                    .arg(MaxRedirects)
                    .arg(target.toString()),
                status, reason);
            return;
        }
        const QString scheme = target.scheme().toLower();
        if (!target.isValid()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            || (m_url.scheme().toLower() == QLatin1String("https")
                && scheme == QLatin1String("http"))) {
            fail(ErrorCode::E_RedirectRefused,
                QStringLiteral("redirect from %1 to %2 refused")
                    .arg(m_url.toString(), target.toString()),
                status, reason);
            return;
        }
        dropReply();
        m_url = target;
        sendRequest();
        return;
    }

    if (status == 416) {
        if (m_offset > 0 && m_file.bytesTotal >= 0 && m_offset == m_file.bytesTotal) {
            dropReply();
            if (m_temp.isOpen() || openTempFile())
                complete();
            return;
        }
        if (m_offset > 0) {
            restartFromZero(false);
            return;
        }
    }

    if (status < 200 || status >= 300) {
        const int retryAfter = HttpHeaders::retryAfterSeconds(
            m_reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        fail(ErrorCode::fromHttpStatus(status), reason, status, reason, retryAfter);
        return;
    }

    qint64 total = -1;
    if (status == 206) {
        const auto range = HttpHeaders::parseContentRange(m_reply->rawHeader("Content-Range"));
        const bool startsRight = range.valid && !range.unsatisfied && range.start == m_offset;
        const bool sizeRight
            = m_offset == 0 || m_file.bytesTotal < 0 || range.total == m_file.bytesTotal;
        if (!startsRight || !sizeRight || range.total < 0 || range.end != range.total - 1) {
            // A server that answers a range wrongly is not trusted with ranges again.
            restartFromZero(true);
            return;
        }
        total = range.total;
    } else {
        if (m_offset > 0) {
            // 200 after a Range request: the entity changed or ranges are unsupported.
            m_offset = 0;
        }
        bool ok = false;
        const qint64 length = m_reply->rawHeader("Content-Length").trimmed().toLongLong(&ok);
        const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed().toLower();
        if (ok && length >= 0 && (encoding.isEmpty() || encoding == "identity"))
            total = length;
    }

    QByteArray etag = m_reply->rawHeader("ETag").trimmed();
    if (etag.startsWith("W/") || etag.size() > 1024)
        etag.clear(); // a weak validator cannot guard a range
    QByteArray lastModified = m_reply->rawHeader("Last-Modified").trimmed().left(100);
    if (status == 206) {
        // Keep the validator we asked with when the 206 does not repeat it.
        if (etag.isEmpty())
            etag = m_file.etag.toLatin1();
        if (lastModified.isEmpty())
            lastModified = m_file.lastModified.toLatin1();
    }
    const bool acceptsRanges
        = status == 206 || m_reply->rawHeader("Accept-Ranges").trimmed().toLower() == "bytes";
    m_file.etag = QString::fromLatin1(etag);
    m_file.lastModified = QString::fromLatin1(lastModified);
    m_file.bytesTotal = total;
    m_file.resumable = !m_noRange && acceptsRanges && total >= 0 && !m_file.validator().isEmpty();

    resolveLocalName();
    // The engine claims the name (and writes it to the store) before the file exists, so
    // a crash in between leaves no .haul-part that no job knows of.
    m_file.bytesTransferred = m_offset;
    emit fileChanged();
    if (m_done || !openTempFile())
        return;
    considerSegmenting();
    onReadyRead();
}

void FileTransfer::onReadyRead()
{
    if (!m_headersDone || !m_reply || m_done)
        return;
    m_stallTimer.start(m_options.stallTimeoutMs);
    drain();
}

void FileTransfer::drain()
{
    if (!m_reply || m_done || !m_temp.isOpen())
        return;
    qint64 readThisRound = 0;
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const qint64 want = takeAllowance(std::min<qint64>(BufferSize, m_reply->bytesAvailable()));
        if (want <= 0)
            return; // the throttle timer drains again
        const qint64 got = m_reply->read(readBuffer(), want);
        if (got <= 0)
            break;
        consumeAllowance(got);
        if (m_file.bytesTotal >= 0 && m_file.bytesTransferred + got > m_file.bytesTotal) {
            fail(ErrorCode::E_ProtocolError,
                QStringLiteral("the server sent more bytes than it announced (%1)")
                    .arg(m_file.bytesTotal));
            return;
        }
        const char *data = readBuffer();
        qint64 left = got;
        while (left > 0) {
            const qint64 written = m_temp.write(data, left);
            if (written <= 0) {
                failLocal(m_temp.errorString());
                return;
            }
            data += written;
            left -= written;
        }
        m_file.bytesTransferred += got;
        readThisRound += got;
        startWriteback(m_file.bytesTransferred);
        if (!m_bodyStarted) {
            m_bodyStarted = true;
            emit bodyStarted();
        }
        if (m_done)
            return;
    }
    if (readThisRound > 0)
        emit fileChanged();
    if (m_finishPending && m_reply && m_reply->bytesAvailable() == 0)
        complete();
}

void FileTransfer::onFinished()
{
    if (!m_reply || m_done)
        return;
    m_stallTimer.stop();
    const QNetworkReply::NetworkError error = m_reply->error();
    if (error != QNetworkReply::NoError && error != QNetworkReply::OperationCanceledError) {
        if (!m_headersDone) {
            const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 400) {
                onMetaDataChanged();
                return;
            }
        }
        // Keep what already arrived before reporting the failure.
        drain();
        if (m_done)
            return;
        quint32 code = codeForNetworkError(error);
        QString details = m_reply->errorString();
        if (error == QNetworkReply::SslHandshakeFailedError && !m_sslErrors.isEmpty()) {
            code = ErrorCode::E_CertificateRejected;
            details = m_sslErrors.join(QStringLiteral("; "));
        }
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        fail(code, details, ErrorCode::isHttpStatus(code) ? int(code & 0xFFFF) : status);
        return;
    }
    if (error == QNetworkReply::OperationCanceledError) {
        fail(m_stalled ? ErrorCode::E_Stalled : ErrorCode::E_ConnectionClosed,
            m_reply->errorString());
        return;
    }
    if (!m_headersDone)
        onMetaDataChanged();
    if (m_done || !m_reply)
        return;
    if (m_reply->bytesAvailable() > 0) {
        m_finishPending = true;
        drain();
        return;
    }
    complete();
}

void FileTransfer::complete()
{
    if (m_done)
        return;
    if (!m_temp.isOpen() && !openTempFile(!m_segmented))
        return;
    if (m_segmented) {
        dropWorkers();
        m_file.segments.clear(); // every byte is here: the file is whole
        m_segmented = false;
    }
    if (m_file.bytesTotal >= 0 && m_file.bytesTransferred < m_file.bytesTotal) {
        fail(ErrorCode::E_ConnectionClosed,
            QStringLiteral("the connection closed after %1 of %2 bytes")
                .arg(m_file.bytesTransferred)
                .arg(m_file.bytesTotal));
        return;
    }
    if (m_file.bytesTotal < 0)
        m_file.bytesTotal = m_file.bytesTransferred;
    if (tempFileGone()) {
        failTempFileGone();
        return;
    }
    if (!(m_options.deferSync ? m_temp.flush() : checkpoint())) {
        failLocal(m_temp.errorString());
        return;
    }
    m_temp.close();
    m_done = true;
    m_stallTimer.stop();
    dropReply();
    if (!m_bodyStarted) {
        m_bodyStarted = true;
        emit bodyStarted();
    }
    emit fileChanged();
    emit finished();
}

void FileTransfer::onStalled()
{
    if (m_done || (!m_reply && activeConnections() == 0))
        return;
    m_stalled = true;
    const int seconds = m_options.stallTimeoutMs / 1000;
    fail(ErrorCode::E_Stalled, QStringLiteral("no data for %1 s").arg(seconds));
}

void FileTransfer::failLocal(const QString &what)
{
    const int savedErrno = errno;
    const bool full = isDiskFull(m_temp, savedErrno);
    const bool create = !m_temp.isOpen();
    QString details = what;
    if (savedErrno != 0)
        details += QStringLiteral(" (%1)").arg(QString::fromLocal8Bit(std::strerror(savedErrno)));
    fail(full ? ErrorCode::E_DiskFull
              : (create ? ErrorCode::E_LocalFileCreate : ErrorCode::E_LocalFileWrite),
        details);
}

void FileTransfer::fail(
    quint32 code, const QString &details, int httpStatus, const QString &reason, int retryAfter)
{
    if (m_done)
        return;
    JobError error;
    error.code = code;
    error.context = ErrorCode::info(code).context;
    if (code == ErrorCode::E_CertificateRejected)
        error.certificate = m_refusedCertificate;
    error.fileIndex = m_index;
    error.remoteUrl = m_url.toString();
    error.localPath = m_file.localPath;
    const QString scheme = m_url.scheme().toLower();
    const bool protocolError = ErrorCode::isHttpStatus(code) || httpStatus > 0
        || error.context == ErrorContext::GeneralTransport
        || error.context == ErrorContext::ServerCertificate
        || error.context == ErrorContext::RemoteFile;
    if (protocolError && (scheme == QLatin1String("http") || scheme == QLatin1String("https")))
        error.protocol = scheme;
    error.httpStatus = httpStatus;
    error.httpReason = reason;
    error.details = details;
    error.time = QDateTime::currentDateTime();
    abort(); // keeps and flushes what arrived
    emit failed(error, retryAfter);
}

// ---- Segmented transfers -------------------------------------------------------------
//
// A resumable file of known size is fetched over several connections, each writing its
// byte range at its offset in the temporary file. When a connection finishes its range,
// it takes half of the largest range left, so no connection idles while work remains. The
// segments are persisted with the file, so a restart continues each where its bytes
// really are; every range request carries If-Range, so a changed file restarts from 0.

bool FileTransfer::ownsReply(const QNetworkReply *reply) const
{
    if (reply && m_reply == reply)
        return true;
    for (const Worker &w : m_workers) {
        if (w.reply && w.reply == reply)
            return true;
    }
    return false;
}

int FileTransfer::activeConnections() const
{
    int n = 0;
    for (const Worker &w : m_workers)
        n += w.reply ? 1 : 0;
    return n;
}

qint64 FileTransfer::takeAllowance(qint64 want)
{
    RateLimiter *global = m_options.globalLimiter;
    RateLimiter &job = m_options.jobLimiter ? *m_options.jobLimiter : m_limiter;
    qint64 allowed = job.take(want);
    if (global && allowed > 0)
        allowed = global->take(allowed);
    if (allowed <= 0) {
        const int waitMs = std::max(job.waitMs(), global ? global->waitMs() : 0);
        if (!m_throttleTimer.isActive())
            m_throttleTimer.start(std::max(waitMs, 10));
        return 0;
    }
    return allowed;
}

void FileTransfer::consumeAllowance(qint64 bytes)
{
    (m_options.jobLimiter ? *m_options.jobLimiter : m_limiter).consume(bytes);
    if (m_options.globalLimiter)
        m_options.globalLimiter->consume(bytes);
}

void FileTransfer::setRateLimit(qint64 bytesPerSecond)
{
    m_options.rateLimit = bytesPerSecond;
    m_limiter.setRate(bytesPerSecond);
    if (m_options.jobLimiter)
        m_options.jobLimiter->setRate(bytesPerSecond);
    if (!m_throttleTimer.isActive())
        m_throttleTimer.start(0); // read again at the new pace
}

void FileTransfer::startWriteback(qint64 upTo)
{
    // Hand each written stretch to the disk at once, without waiting: the checkpoint's
    // fdatasync then finds little left to do, so durability costs no stall at the end.
    constexpr qint64 Stretch = 8 * 1024 * 1024;
    if (upTo - m_writebackFrom < Stretch || !m_temp.isOpen())
        return;
#ifdef SYNC_FILE_RANGE_WRITE
    ::sync_file_range(
        m_temp.handle(), m_writebackFrom, upTo - m_writebackFrom, SYNC_FILE_RANGE_WRITE);
#endif
    m_writebackFrom = upTo;
}

bool FileTransfer::writeAt(const char *data, qint64 size, qint64 position)
{
    while (size > 0) {
        const ssize_t written = ::pwrite(m_temp.handle(), data, size_t(size), off_t(position));
        if (written <= 0)
            return false;
        data += written;
        size -= written;
        position += written;
    }
    return true;
}

void FileTransfer::considerSegmenting()
{
    const qint64 total = m_file.bytesTotal;
    if (m_options.connections < 2 || m_noSegments || m_noRange || !m_file.resumable || total <= 0
        || !m_options.networkFor || total - m_offset < 2 * MinSegment)
        return;
    m_bodyClock.start();
    m_bodyClockBytes = m_file.bytesTransferred;
    m_splitTimer.start();
}

bool FileTransfer::trySegmenting()
{
    const qint64 total = m_file.bytesTotal;
    const int connections = std::min(16, m_options.connections);
    // Where the open response has got to: it has written [0, position) in order.
    m_offset = m_file.bytesTransferred;
    if (connections < 2 || m_noSegments || m_noRange || !m_file.resumable || total <= 0
        || !m_options.networkFor || total - m_offset < 2 * MinSegment || !m_reply)
        return false;
    const double seconds = m_bodyClock.isValid() ? m_bodyClock.elapsed() / 1000.0 : 0.0;
    const double speed = seconds > 0 ? (m_file.bytesTransferred - m_bodyClockBytes) / seconds : 0.0;
    if (speed > 0
        && ((total - m_offset) / speed < SplitWorthSeconds || speed > SplitBelowBytesPerSecond))
        return false; // one connection finishes soon enough, or is as fast as this machine
    const int count = int(std::min<qint64>(connections, (total - m_offset) / MinSegment));
    const qint64 chunk = (total - m_offset) / count;
    m_file.segments.clear();
    // The first segment starts at 0 and holds what is already here; it is served by the
    // response that just arrived.
    for (int i = 0; i < count; ++i) {
        FileSegment segment;
        segment.start = i == 0 ? 0 : m_offset + chunk * i;
        segment.end = i == count - 1 ? total : m_offset + chunk * (i + 1);
        segment.done = i == 0 ? m_offset : 0;
        m_file.segments.append(segment);
    }
    m_segmented = true;
    m_workers.assign(size_t(connections), Worker());
    // Adopt the open response as worker 0.
    QNetworkReply *primary = m_reply;
    m_reply = nullptr;
    primary->disconnect(this);
    m_workers[0].reply = primary;
    m_workers[0].segment = 0;
    m_workers[0].headersDone = true;
    connectWorker(0);
    for (int k = 1; k < count; ++k)
        startWorker(k, k);
    emit fileChanged();
    drainWorker(0);
    return true;
}

void FileTransfer::resumeSegments()
{
    // Trust only bytes that were checkpointed and are still on disk: a segment whose bytes
    // reach past the end of a truncated file keeps only what is really there.
    const QString temp = m_file.tempPath();
    const bool usable = !temp.isEmpty() && QFileInfo::exists(temp) && m_file.resumable
        && !m_file.validator().isEmpty() && m_file.bytesTotal > 0;
    if (!usable) {
        m_file.segments.clear();
        m_file.bytesTransferred = 0;
        emit fileChanged();
        sendRequest();
        return;
    }
    const qint64 onDisk = QFileInfo(temp).size();
    qint64 done = 0;
    for (FileSegment &segment : m_file.segments) {
        segment.done = std::clamp<qint64>(onDisk - segment.start, 0, segment.done);
        done += segment.done;
    }
    if (done < m_file.bytesTransferred)
        noticeLostTail(m_file.bytesTransferred, done);
    m_file.bytesTransferred = done;
    m_segmented = true;
    emit fileChanged();
    if (!openTempFile(false))
        return;
    if (done >= m_file.bytesTotal) {
        complete();
        return;
    }
    const int connections = std::max(1, std::min(16, m_options.connections));
    m_workers.assign(size_t(connections), Worker());
    for (int k = 0; k < connections; ++k)
        assignWork(k);
    m_stallTimer.start(m_options.stallTimeoutMs);
}

void FileTransfer::noticeLostTail(qint64 counted, qint64 kept) const
{
    // The disk lost what a checkpoint had counted (a power cut, a full disk, a hand with
    // truncate): say so where logs go, and fetch those bytes again.
    qWarning("haul: %s: the checkpoint counted %lld bytes but only %lld are on disk; "
             "fetching the rest again",
        qPrintable(QFileInfo(m_file.localPath).fileName()), static_cast<long long>(counted),
        static_cast<long long>(kept));
}

void FileTransfer::assignWork(int worker)
{
    if (m_done)
        return;
    // An unfinished segment that no connection serves...
    for (int i = 0; i < m_file.segments.size(); ++i) {
        if (m_file.segments.at(i).finished())
            continue;
        bool served = false;
        for (const Worker &w : m_workers)
            served = served || (w.reply && w.segment == i);
        if (!served) {
            startWorker(worker, i);
            return;
        }
    }
    // ...else half of the largest range left.
    int largest = -1;
    for (int i = 0; i < m_file.segments.size(); ++i) {
        if (largest < 0
            || m_file.segments.at(i).remaining() > m_file.segments.at(largest).remaining())
            largest = i;
    }
    if (largest < 0 || m_file.segments.at(largest).remaining() < 2 * MinSegment)
        return; // this connection rests; the others finish
    FileSegment &old = m_file.segments[largest];
    FileSegment split;
    split.start = old.position() + old.remaining() / 2;
    split.end = old.end;
    old.end = split.start;
    m_file.segments.insert(largest + 1, split);
    for (Worker &w : m_workers) {
        if (w.segment > largest)
            ++w.segment;
    }
    startWorker(worker, largest + 1);
}

void FileTransfer::startWorker(int worker, int segment)
{
    Worker &w = m_workers[size_t(worker)];
    const FileSegment &s = m_file.segments.at(segment);
    QNetworkRequest request = newRequest();
    // One TCP connection per segment: HTTP/2 would multiplex them all over one.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader(
        "Range", "bytes=" + QByteArray::number(s.position()) + '-' + QByteArray::number(s.end - 1));
    request.setRawHeader("If-Range", m_file.validator().toLatin1());
    QNetworkAccessManager *network
        = m_options.networkFor ? m_options.networkFor(worker) : m_network;
    w.reply = network->get(request);
    w.reply->setReadBufferSize(BufferSize);
    w.segment = segment;
    w.headersDone = false;
    connectWorker(worker);
}

void FileTransfer::connectWorker(int worker)
{
    QNetworkReply *reply = m_workers[size_t(worker)].reply;
    connect(
        reply, &QNetworkReply::metaDataChanged, this, [this, worker] { onWorkerHeaders(worker); });
    connect(reply, &QNetworkReply::readyRead, this, [this, worker] { drainWorker(worker); });
    connect(reply, &QNetworkReply::finished, this, [this, worker] { onWorkerFinished(worker); });
    connect(reply, &QNetworkReply::sslErrors, this, &FileTransfer::onSslErrors);
}

void FileTransfer::onWorkerHeaders(int worker)
{
    Worker &w = m_workers[size_t(worker)];
    if (w.headersDone || !w.reply || m_done)
        return;
    const int status = w.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return;
    w.headersDone = true;
    const FileSegment &s = m_file.segments.at(w.segment);
    if (status == 206) {
        const auto range = HttpHeaders::parseContentRange(w.reply->rawHeader("Content-Range"));
        if (range.valid && !range.unsatisfied && range.start == s.position()
            && range.total == m_file.bytesTotal && range.end < m_file.bytesTotal) {
            drainWorker(worker);
            return;
        }
        fallBackToOneConnection(); // a range answered wrongly
        return;
    }
    if (status == 200) {
        restartWhole(); // If-Range did not match: the file changed on the server
        return;
    }
    if (status == 408 || status == 429 || status >= 500) {
        const QString reason
            = w.reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().left(200);
        const int retryAfter = HttpHeaders::retryAfterSeconds(
            w.reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        fail(ErrorCode::fromHttpStatus(status), reason, status, reason, retryAfter);
        return;
    }
    fallBackToOneConnection(); // 416, a redirect, a refusal: one connection sorts it out
}

void FileTransfer::drainWorker(int worker)
{
    if (m_done || !m_segmented || worker >= int(m_workers.size()))
        return;
    Worker &w = m_workers[size_t(worker)];
    if (!w.reply || !w.headersDone || w.segment < 0)
        return;
    qint64 readThisRound = 0;
    while (w.reply && w.reply->bytesAvailable() > 0) {
        FileSegment &s = m_file.segments[w.segment];
        const qint64 want
            = takeAllowance(std::min({ BufferSize, w.reply->bytesAvailable(), s.remaining() }));
        if (want <= 0)
            break;
        const qint64 got = w.reply->read(readBuffer(), want);
        if (got <= 0)
            break;
        consumeAllowance(got);
        if (!writeAt(readBuffer(), got, s.position())) {
            failLocal(m_temp.errorString());
            return;
        }
        s.done += got;
        m_file.bytesTransferred += got;
        readThisRound += got;
        if (!m_bodyStarted) {
            m_bodyStarted = true;
            emit bodyStarted();
        }
        if (m_done)
            return;
        if (s.finished()) {
            stopWorker(worker);
            break;
        }
    }
    if (readThisRound > 0) {
        m_stallTimer.start(m_options.stallTimeoutMs);
        emit fileChanged();
    }
    if (m_done)
        return;
    if (!w.reply) {
        bool all = true;
        for (const FileSegment &s : std::as_const(m_file.segments))
            all = all && s.finished();
        if (all) {
            complete();
            return;
        }
        assignWork(worker);
    }
}

void FileTransfer::onWorkerFinished(int worker)
{
    if (m_done || !m_segmented || !m_workers[size_t(worker)].reply)
        return;
    const QNetworkReply::NetworkError error = m_workers[size_t(worker)].reply->error();
    if (!m_workers[size_t(worker)].headersDone) {
        onWorkerHeaders(worker); // may fall back or restart, dropping every worker
        if (m_done || !m_segmented || !m_workers[size_t(worker)].reply)
            return;
    }
    drainWorker(worker); // keep what already arrived
    if (m_done || !m_segmented || !m_workers[size_t(worker)].reply)
        return;
    Worker &w = m_workers[size_t(worker)];
    if (w.reply->bytesAvailable() > 0)
        return; // throttled: the timer drains the rest
    QString details = w.reply->errorString();
    quint32 code = error == QNetworkReply::NoError ? ErrorCode::E_ConnectionClosed
                                                   : codeForNetworkError(error);
    if (error == QNetworkReply::NoError)
        details = QStringLiteral("a connection closed before the end of its range");
    if (error == QNetworkReply::SslHandshakeFailedError && !m_sslErrors.isEmpty()) {
        code = ErrorCode::E_CertificateRejected;
        details = m_sslErrors.join(QStringLiteral("; "));
    }
    fail(code, details);
}

void FileTransfer::stopWorker(int worker)
{
    Worker &w = m_workers[size_t(worker)];
    if (w.reply) {
        QNetworkReply *reply = w.reply;
        reply->disconnect(this);
        if (!reply->isFinished())
            reply->abort();
        reply->deleteLater();
    }
    w.reply = nullptr;
    w.segment = -1;
    w.headersDone = false;
}

void FileTransfer::dropWorkers()
{
    for (int k = 0; k < int(m_workers.size()); ++k)
        stopWorker(k);
}

void FileTransfer::fallBackToOneConnection()
{
    // Keep the bytes that run unbroken from the start; one connection fetches the rest.
    dropWorkers();
    qint64 prefix = 0;
    for (const FileSegment &s : std::as_const(m_file.segments)) {
        if (s.start != prefix)
            break;
        prefix += s.done;
        if (!s.finished())
            break;
    }
    m_file.segments.clear();
    m_workers.clear();
    m_segmented = false;
    m_noSegments = true;
    m_offset = prefix;
    m_file.bytesTransferred = prefix;
    emit fileChanged();
    sendRequest();
}

void FileTransfer::restartWhole()
{
    dropWorkers();
    m_file.segments.clear();
    m_workers.clear();
    m_segmented = false;
    restartFromZero(false);
}
