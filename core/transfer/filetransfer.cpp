#include "core/transfer/filetransfer.h"

#include "core/http/httpheaders.h"
#include "core/http/networkmanager.h"
#include "core/model/errorcodes.h"
#include "core/transfer/filenamesanitizer.h"
#include "core/transfer/networkerrors.h"
#include "core/transfer/responsecheck.h"
#include "core/transfer/segmentplanner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHttp2Configuration>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>

namespace {
constexpr qint64 BufferSize = 256 * 1024;
constexpr qint64 ReplyBufferSize = 1024 * 1024;
constexpr int MaxRedirects = 10;
constexpr int MaxRestarts = 3;
// Splitting a file over more connections is weighed this long after its body starts.
constexpr int SplitDelayMs = 200;

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
        if (m_phase == Phase::Receiving && m_reply)
            trySegmenting();
    });
    m_throttleTimer.setSingleShot(true);
    connect(&m_throttleTimer, &QTimer::timeout, this, [this] {
        if (m_phase != Phase::Segmented) {
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
            TempFile::noticeLostTail(
                QFileInfo(m_file.localPath).fileName(), m_file.bytesTransferred, onDisk);
    }
    if (m_file.bytesTransferred != m_offset) {
        m_file.bytesTransferred = m_offset;
        emit fileChanged();
    }
    sendRequest();
}

// Qt's HTTP/2 windows (about 21 MiB a stream, 2 GiB the connection) let a server send far
// beyond what the reader has room for (228 MiB peak for two big files of one job): held to
// 16 MiB a stream and the files at once of a job (4) per connection, 45 MiB peak. Smaller
// windows made 2,000 small files slower (measured: 8% at 8 MiB, 16% at 4 MiB, more at 1).
constexpr qint64 Http2StreamWindow = 16 * 1024 * 1024;
static QHttp2Configuration http2Windows()
{
    QHttp2Configuration windows;
    windows.setStreamReceiveWindowSize(quint32(Http2StreamWindow));
    windows.setSessionReceiveWindowSize(quint32(4 * Http2StreamWindow));
    return windows;
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
    if (!m_options.http2)
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    else
        request.setHttp2Configuration(http2Windows());
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
    m_phase = Phase::Asking;
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
    m_phase = Phase::Done;
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
    // The engine says which names are taken (Engine::pathTaken); without one, what exists.
    auto taken = [this](const QString &path) {
        return m_options.pathTaken ? m_options.pathTaken(path) : QFileInfo::exists(path);
    };
    m_file.localPath = FileNameSanitizer::uniquePath(m_file.folder, name, taken);
}

std::optional<QUrl> FileTransfer::redirectTarget(
    QNetworkReply *reply, int status, const QString &reason)
{
    const QUrl target = m_url.resolved(QUrl::fromEncoded(reply->rawHeader("Location").trimmed()));
    if (++m_redirects > MaxRedirects) {
        fail(ErrorCode::E_TooManyRedirects,
            QStringLiteral("more than %1 redirects, the last to %2")
                .arg(MaxRedirects)
                .arg(target.toString()),
            status, reason);
        return std::nullopt;
    }
    const QString scheme = target.scheme().toLower();
    if (!target.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || (m_url.scheme().toLower() == QLatin1String("https")
            && scheme == QLatin1String("http"))) {
        fail(ErrorCode::E_RedirectRefused,
            QStringLiteral("redirect from %1 to %2 refused")
                .arg(m_url.toString(), target.toString()),
            status, reason);
        return std::nullopt;
    }
    return target;
}

void FileTransfer::onMetaDataChanged()
{
    if (m_phase != Phase::Asking || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return; // no HTTP answer yet; finished() reports the transport error
    m_phase = Phase::Receiving;
    const QString reason
        = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().left(200);

    ResponseCheck::Asked asked;
    asked.offset = m_noRange ? 0 : m_offset;
    asked.ranges = !m_noRange;
    asked.knownTotal = m_file.bytesTotal;
    asked.etag = m_file.etag;
    asked.lastModified = m_file.lastModified;
    asked.bytesOnDisk = m_offset;
    static const QRegularExpression page(
        QStringLiteral("\\.(x?html?|php|aspx?)$"), QRegularExpression::CaseInsensitiveOption);
    asked.pageExpected = page.match(m_file.localPath).hasMatch();
    const ResponseCheck::Outcome outcome = ResponseCheck::whole(ResponseHead::of(*m_reply), asked);
    switch (outcome.verdict) {
    case ResponseCheck::Verdict::Redirect:
        if (const std::optional<QUrl> target = redirectTarget(m_reply, status, reason)) {
            dropReply();
            m_url = *target;
            sendRequest();
        }
        return;
    case ResponseCheck::Verdict::AlreadyComplete:
        dropReply();
        if (m_temp.isOpen() || openTempFile())
            complete();
        return;
    case ResponseCheck::Verdict::Restart:
    case ResponseCheck::Verdict::RestartWithoutRanges:
        restartFromZero(outcome.verdict == ResponseCheck::Verdict::RestartWithoutRanges);
        return;
    case ResponseCheck::Verdict::PageInsteadOfFile:
        fail(ErrorCode::E_PageInsteadOfFile, reason, status, reason, -1);
        return;
    case ResponseCheck::Verdict::Fail:
        fail(ErrorCode::fromHttpStatus(status), reason, status, reason,
            HttpHeaders::retryAfterSeconds(
                m_reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc()));
        return;
    case ResponseCheck::Verdict::Accept:
        break;
    }
    m_offset = outcome.offset;
    m_file.etag = outcome.etag;
    m_file.lastModified = outcome.lastModified;
    m_file.bytesTotal = outcome.total;
    m_file.resumable = outcome.resumable;

    resolveLocalName();
    // The engine claims the name (and writes it to the store) before the file exists, so
    // a crash in between leaves no .haul-part that no job knows of.
    m_file.bytesTransferred = m_offset;
    emit fileChanged();
    if (done() || !openTempFile())
        return;
    considerSegmenting();
    onReadyRead();
}

void FileTransfer::onReadyRead()
{
    if ((m_phase != Phase::Receiving && m_phase != Phase::Finishing) || !m_reply)
        return;
    m_stallTimer.start(m_options.stallTimeoutMs);
    drain();
}

void FileTransfer::drain()
{
    if (!m_reply || done() || !m_temp.isOpen())
        return;
    qint64 readThisRound = 0;
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const qint64 want = takeAllowance(std::min<qint64>(BufferSize, m_reply->bytesAvailable()));
        if (want <= 0)
            break; // the throttle timer drains again; what was read is counted now
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
        if (!m_temp.write(readBuffer(), got)) {
            failLocal(m_temp.errorString());
            return;
        }
        m_file.bytesTransferred += got;
        readThisRound += got;
        m_temp.startWriteback(m_file.bytesTransferred);
        if (!m_bodyStarted) {
            m_bodyStarted = true;
            emit bodyStarted();
        }
        if (done())
            return;
    }
    if (readThisRound > 0)
        emit fileChanged();
    if (m_phase == Phase::Finishing && m_reply && m_reply->bytesAvailable() == 0)
        complete();
}

void FileTransfer::onFinished()
{
    if (!m_reply || done())
        return;
    m_stallTimer.stop();
    const QNetworkReply::NetworkError error = m_reply->error();
    if (error != QNetworkReply::NoError && error != QNetworkReply::OperationCanceledError) {
        if (m_phase == Phase::Asking) {
            const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 400) {
                onMetaDataChanged();
                return;
            }
        }
        // Keep what already arrived before reporting the failure.
        drain();
        if (done())
            return;
        quint32 code = NetworkErrors::code(error);
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
    if (m_phase == Phase::Asking)
        onMetaDataChanged();
    if (done() || !m_reply)
        return;
    if (m_reply->bytesAvailable() > 0) {
        m_phase = Phase::Finishing;
        drain();
        return;
    }
    complete();
}

void FileTransfer::complete()
{
    if (done())
        return;
    if (!m_temp.isOpen() && !openTempFile(m_phase != Phase::Segmented))
        return;
    if (m_phase == Phase::Segmented) {
        dropWorkers();
        m_file.segments.clear(); // every byte is here: the file is whole
        m_phase = Phase::Finishing;
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
    if (m_temp.gone()) {
        failTempFileGone();
        return;
    }
    if (!(m_options.deferSync ? m_temp.flush() : checkpoint())) {
        failLocal(m_temp.errorString());
        return;
    }
    m_temp.close();
    m_phase = Phase::Done;
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
    if (done() || (!m_reply && activeConnections() == 0))
        return;
    m_stalled = true;
    const int seconds = m_options.stallTimeoutMs / 1000;
    fail(ErrorCode::E_Stalled, QStringLiteral("no data for %1 s").arg(seconds));
}

void FileTransfer::failLocal(const QString &what)
{
    const int savedErrno = errno;
    const bool full = NetworkErrors::isDiskFull(m_temp.device(), savedErrno);
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
    if (done())
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

bool FileTransfer::checkpoint()
{
    return m_temp.sync(m_file.bytesTransferred);
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
    if (m_temp.gone()) {
        // Not from inside the engine's walk over its transfers: a moment later.
        QMetaObject::invokeMethod(this, &FileTransfer::failTempFileGone, Qt::QueuedConnection);
        return std::nullopt;
    }
    const std::optional<TempFile::PendingSync> sync = m_temp.beginSync(m_file.bytesTransferred);
    if (!sync)
        return std::nullopt;
    return SyncTicket { sync->fd, m_file, sync->generation };
}

bool FileTransfer::endCheckpoint(const SyncTicket &ticket, bool synced)
{
    return m_temp.endSync(ticket.generation, ticket.file.bytesTransferred, synced);
}

bool FileTransfer::openTempFile(bool truncate)
{
    // What is already in the file was synced by the checkpoints that counted it.
    const qint64 synced = truncate ? m_offset : m_file.bytesTransferred;
    if (m_temp.open(m_file.tempPath(), m_offset, synced, truncate))
        return true;
    failLocal(m_temp.errorString());
    return false;
}
