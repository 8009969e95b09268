// FileTransfer, part two: a file over several connections, and the reads and writes that
// every connection shares (the speed limits).
//
// A resumable file of known size is fetched over several connections, each writing its
// byte range at its offset in the temporary file. A connection asks for its range a piece
// at a time (closed ranges with If-Range), so when one runs out of work it takes half of
// the bytes nobody has asked for yet and no byte is fetched twice. The segments are
// checkpointed with the file, so Error, Suspend, a restart or a crash continue each where
// its bytes really are. A server that answers closed ranges wrongly, or turns extra
// connections away, gets fewer connections (remembered in ServerLimits), never a retry
// loop, and the bytes already on disk stay counted.
#include "core/transfer/filetransfer.h"

#include "core/engine/serverlimits.h"
#include "core/http/httpheaders.h"
#include "core/model/errorcodes.h"
#include "core/transfer/networkerrors.h"
#include "core/transfer/responsecheck.h"
#include "core/transfer/segmentplanner.h"

#include <QDateTime>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <algorithm>

namespace {
constexpr qint64 BufferSize = 256 * 1024;
// More connections pay only when one is slow: after this long, a file that one connection
// would not finish within SplitWorthSeconds is split.
constexpr double SplitWorthSeconds = 1.5;
// Above this speed one connection is limited by the disk or the CPU, not by the path or the
// server: more connections would only compete for them (measured on loopback).
constexpr double SplitBelowBytesPerSecond = 64.0 * 1024 * 1024;
// A connection asks for about this many seconds of its own speed at a time: long enough
// that the round trip between pieces costs little, short enough that a connection that
// runs out of work finds bytes nobody asked for.
constexpr double PieceSeconds = 4.0;
constexpr qint64 MinPiece = 1024 * 1024;
constexpr qint64 MaxPiece = 64 * 1024 * 1024;
} // namespace

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

int FileTransfer::connectionLimit() const
{
    const int wanted = std::max(1, std::min(16, m_options.connections));
    if (!m_options.serverLimits)
        return std::min(wanted, m_connectionCap > 0 ? m_connectionCap : wanted);
    // What this server allows a file, then what is free of its connections for every job.
    const int known = std::min(m_options.serverLimits->connections(m_url, wanted),
        m_connectionCap > 0 ? m_connectionCap : wanted);
    return m_options.serverLimits->connectionsFor(this, known);
}

void FileTransfer::considerSegmenting()
{
    const qint64 total = m_file.bytesTotal;
    if (connectionLimit() < 2 || m_noRange || !m_file.resumable || total <= 0
        || !m_options.networkFor || total - m_offset < 2 * MinSegment)
        return;
    m_bodyClock.start();
    m_bodyClockBytes = m_file.bytesTransferred;
    m_splitTimer.start();
}

bool FileTransfer::trySegmenting()
{
    const qint64 total = m_file.bytesTotal;
    const int connections = connectionLimit();
    // Where the open response has got to: it has written [0, position) in order.
    m_offset = m_file.bytesTransferred;
    if (connections < 2 || m_noRange || !m_file.resumable || total <= 0 || !m_options.networkFor
        || total - m_offset < 2 * MinSegment || !m_reply)
        return false;
    const double seconds = m_bodyClock.isValid() ? m_bodyClock.elapsed() / 1000.0 : 0.0;
    const double speed = seconds > 0 ? (m_file.bytesTransferred - m_bodyClockBytes) / seconds : 0.0;
    if (speed > 0
        && ((total - m_offset) / speed < SplitWorthSeconds || speed > SplitBelowBytesPerSecond))
        return false; // one connection finishes soon enough, or is as fast as this machine
    const int count = int(std::min<qint64>(connections, (total - m_offset) / MinSegment));
    m_file.segments = SegmentPlanner::initial(total, m_offset, count);
    m_phase = Phase::Segmented;
    m_connectionCap = connections;
    m_pieceBytesPerSecond = speed;
    m_workers.assign(size_t(connections), Worker());
    // Adopt the open response as worker 0: it serves the first segment, which holds what
    // is already here.
    QNetworkReply *primary = m_reply;
    m_reply = nullptr;
    primary->disconnect(this);
    m_workers[0].reply = primary;
    m_workers[0].segment = 0;
    m_workers[0].headersDone = true;
    m_workers[0].requestEnd = total;
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
    for (FileSegment &segment : m_file.segments)
        segment.done = std::clamp<qint64>(onDisk - segment.start, 0, segment.done);
    const qint64 kept = SegmentPlanner::bytesDone(m_file.segments);
    if (kept < m_file.bytesTransferred)
        TempFile::noticeLostTail(
            QFileInfo(m_file.localPath).fileName(), m_file.bytesTransferred, kept);
    m_file.bytesTransferred = kept;
    m_phase = Phase::Segmented;
    m_connectionCap = connectionLimit();
    m_openRanges = m_connectionCap == 1;
    if (m_openRanges)
        SegmentPlanner::merge(m_file.segments);
    emit fileChanged();
    if (!openTempFile(false))
        return;
    m_bodyClock.start();
    m_bodyClockBytes = kept;
    m_workers.assign(size_t(m_connectionCap), Worker());
    for (int k = 0; k < m_connectionCap && !done(); ++k)
        assignWork(k);
    m_stallTimer.start(m_options.stallTimeoutMs);
}

qint64 FileTransfer::pieceSize() const
{
    double speed = m_pieceBytesPerSecond;
    const double seconds = m_bodyClock.isValid() ? m_bodyClock.elapsed() / 1000.0 : 0.0;
    if (seconds > 1.0)
        speed = (m_file.bytesTransferred - m_bodyClockBytes) / seconds;
    const double perConnection = speed / std::max(1, activeConnections());
    return std::clamp<qint64>(qint64(perConnection * PieceSeconds), MinPiece, MaxPiece);
}

void FileTransfer::assignWork(int worker)
{
    if (m_phase != Phase::Segmented)
        return;
    if (SegmentPlanner::allFinished(m_file.segments)) {
        complete();
        return;
    }
    if (activeConnections() >= connectionLimit())
        return; // fewer connections now (this file's, or free at the server): this one rests
    // An unfinished segment that no connection serves...
    for (int i = 0; i < m_file.segments.size(); ++i) {
        if (!m_file.segments.at(i).finished() && servingWorker(i) < 0) {
            startWorker(worker, i);
            return;
        }
    }
    if (m_openRanges)
        return; // one connection: nothing to split
    // ...else half of the bytes nobody has asked for yet.
    const int fresh = SegmentPlanner::split(
        m_file.segments,
        [this](int i) {
            const int w = servingWorker(i);
            return w < 0 ? m_file.segments.at(i).position() : m_workers[size_t(w)].requestEnd;
        },
        MinSegment);
    if (fresh < 0)
        return; // this connection rests; the others finish
    for (Worker &w : m_workers) {
        if (w.segment >= fresh)
            ++w.segment;
    }
    startWorker(worker, fresh);
}

int FileTransfer::servingWorker(int segment) const
{
    for (int k = 0; k < int(m_workers.size()); ++k) {
        if (m_workers[size_t(k)].reply && m_workers[size_t(k)].segment == segment)
            return k;
    }
    return -1;
}

void FileTransfer::startWorker(int worker, int segment)
{
    Worker &w = m_workers[size_t(worker)];
    const FileSegment &s = m_file.segments.at(segment);
    QNetworkRequest request = newRequest();
    // One TCP connection per segment: HTTP/2 would multiplex them all over one.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QByteArray range = "bytes=" + QByteArray::number(s.position()) + '-';
    if (m_openRanges) {
        w.requestEnd = m_file.bytesTotal; // open: the server serves these right
    } else {
        w.requestEnd = SegmentPlanner::nextRequestEnd(s, pieceSize());
        range += QByteArray::number(w.requestEnd - 1);
    }
    request.setRawHeader("Range", range);
    request.setRawHeader("If-Range", m_file.validator().toLatin1());
    QNetworkAccessManager *network
        = m_options.networkFor ? m_options.networkFor(worker) : m_network;
    w.reply = network->get(request);
    w.reply->setReadBufferSize(BufferSize);
    w.segment = segment;
    w.headersDone = false;
    w.bodyBytes = 0;
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
    if (w.headersDone || !w.reply || done())
        return;
    const int status = w.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return;
    w.headersDone = true;
    const FileSegment &s = m_file.segments.at(w.segment);
    const QString reason
        = w.reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().left(200);
    const int retryAfter = HttpHeaders::retryAfterSeconds(
        w.reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    using ResponseCheck::PieceVerdict;
    switch (ResponseCheck::piece(
        ResponseHead::of(*w.reply), s.position(), w.requestEnd, m_file.bytesTotal, m_openRanges)) {
    case PieceVerdict::Accept:
        drainWorker(worker);
        return;
    case PieceVerdict::WrongRange:
        if (m_openRanges)
            restartWhole(true); // not even an open range comes right: no ranges at all
        else
            closedRangesRefused(w.reply);
        return;
    case PieceVerdict::WholeBody:
        // Over one connection with an open range (If-Range), a 200 means the file changed.
        if (m_openRanges)
            restartWhole(false);
        else
            closedRangesRefused(w.reply);
        return;
    case PieceVerdict::Redirect:
        if (const std::optional<QUrl> target = redirectTarget(w.reply, status, reason)) {
            m_url = *target;
            const int segment = w.segment;
            stopWorker(worker);
            startWorker(worker, segment);
        }
        return;
    case PieceVerdict::TooMany:
        workerFailed(worker, ErrorCode::fromHttpStatus(status), reason, status, reason, retryAfter);
        return;
    case PieceVerdict::Changed:
        restartWhole(false); // a range inside the known size is unsatisfiable: it changed
        return;
    case PieceVerdict::Refused:
        // 401, 403, 404...: the file stops with every segment's bytes kept.
        fail(ErrorCode::fromHttpStatus(status), reason, status, reason, retryAfter);
        return;
    }
}

void FileTransfer::closedRangesRefused(QNetworkReply *reply)
{
    // The same entity (its validator and size) answered a closed range with the whole body
    // or another range: this server gets one connection with open ranges from now on. A
    // changed entity is caught by the If-Range of the next request.
    QByteArray etag = reply->rawHeader("ETag").trimmed();
    const QByteArray lastModified = reply->rawHeader("Last-Modified").trimmed();
    const bool sameEntity = (!etag.isEmpty() && etag == m_file.etag.toLatin1())
        || (etag.isEmpty() && !lastModified.isEmpty()
            && lastModified == m_file.lastModified.toLatin1());
    if (sameEntity && m_options.serverLimits)
        m_options.serverLimits->limit(m_url, 1);
    qInfo("haul: %s answers byte ranges wrongly: one connection from here on",
        qPrintable(m_url.host()));
    // An open response reading forward keeps reading; every other connection stops.
    int keep = -1;
    for (int k = 0; k < int(m_workers.size()); ++k) {
        const Worker &w = m_workers[size_t(k)];
        if (keep < 0 && w.reply && w.reply != reply && w.headersDone
            && w.requestEnd >= m_file.bytesTotal)
            keep = k;
    }
    const qint64 keptAt = keep < 0 ? -1 : m_file.segments.at(m_workers[size_t(keep)].segment).start;
    Worker kept = keep < 0 ? Worker() : m_workers[size_t(keep)];
    if (keep >= 0)
        m_workers[size_t(keep)] = Worker(); // not stopped: it carries on as the one
    dropWorkers();
    m_connectionCap = 1;
    m_openRanges = true;
    SegmentPlanner::merge(m_file.segments);
    m_workers.assign(1, Worker());
    if (keep >= 0) {
        kept.segment = SegmentPlanner::segmentAt(m_file.segments, keptAt);
        m_workers[0] = kept;
        QObject::disconnect(kept.reply, nullptr, this, nullptr);
        connectWorker(0);
    }
    emit fileChanged();
    if (keep >= 0)
        drainWorker(0);
    else
        assignWork(0);
}

void FileTransfer::workerFailed(int worker, quint32 code, const QString &details, int httpStatus,
    const QString &reason, int retryAfter)
{
    // While other connections carry on, a connection turned away or cut off is one too
    // many for this server: its bytes stay, its segment goes to the next free connection.
    // Turned away, later files of this server get no more for a while either, and a
    // Retry-After holds every new request to it (ServerLimits), never a retry storm.
    const Worker &w = m_workers[size_t(worker)];
    const bool busy = httpStatus == 429 || httpStatus == 503;
    const bool turnedAway = busy || w.bodyBytes == 0;
    if (activeConnections() > 1 && code != ErrorCode::E_CertificateRejected) {
        stopWorker(worker);
        m_connectionCap = std::max(1, activeConnections());
        if (turnedAway && m_options.serverLimits)
            m_options.serverLimits->limit(m_url, m_connectionCap, ServerLimits::TurnedAwaySeconds);
        if (busy && retryAfter > 0 && m_options.serverLimits)
            m_options.serverLimits->waitFor(m_url, retryAfter);
        qInfo("haul: %s: %s; %d connections from here on", qPrintable(m_url.host()),
            qPrintable(details), m_connectionCap);
        return;
    }
    fail(code, details, httpStatus, reason, retryAfter);
}

void FileTransfer::drainWorker(int worker)
{
    if (m_phase != Phase::Segmented || worker >= int(m_workers.size()))
        return;
    Worker &w = m_workers[size_t(worker)];
    if (!w.reply || !w.headersDone || w.segment < 0)
        return;
    qint64 readThisRound = 0;
    while (w.reply && w.reply->bytesAvailable() > 0) {
        FileSegment &s = m_file.segments[w.segment];
        const qint64 asked = std::min(s.end, w.requestEnd) - s.position();
        const qint64 want
            = takeAllowance(std::min({ BufferSize, w.reply->bytesAvailable(), asked }));
        if (want <= 0)
            break;
        const qint64 got = w.reply->read(readBuffer(), want);
        if (got <= 0)
            break;
        consumeAllowance(got);
        if (!m_temp.writeAt(readBuffer(), got, s.position())) {
            failLocal(m_temp.errorString());
            return;
        }
        s.done += got;
        w.bodyBytes += got;
        m_file.bytesTransferred += got;
        readThisRound += got;
        if (!m_bodyStarted) {
            m_bodyStarted = true;
            emit bodyStarted();
        }
        if (done())
            return;
        if (s.finished() || s.position() >= w.requestEnd)
            break;
    }
    if (readThisRound > 0) {
        m_stallTimer.start(m_options.stallTimeoutMs);
        emit fileChanged();
    }
    if (done() || !w.reply)
        return;
    const FileSegment &s = m_file.segments.at(w.segment);
    if (s.finished() && w.requestEnd > s.end) {
        // An open range ran into bytes already here: stop it, go on where bytes are missing.
        stopWorker(worker);
        assignWork(worker);
        return;
    }
    if (w.reply->isFinished() && w.reply->bytesAvailable() == 0)
        endOfPiece(worker);
}

void FileTransfer::onWorkerFinished(int worker)
{
    if (m_phase != Phase::Segmented || !m_workers[size_t(worker)].reply)
        return;
    if (!m_workers[size_t(worker)].headersDone) {
        onWorkerHeaders(worker); // may fall back or restart, dropping every worker
        if (m_phase != Phase::Segmented || worker >= int(m_workers.size())
            || !m_workers[size_t(worker)].reply)
            return;
        if (!m_workers[size_t(worker)].headersDone) {
            endOfPiece(worker); // no answer at all: refused, reset, closed
            return;
        }
    }
    drainWorker(worker); // keeps what arrived; at the end of the body, endOfPiece
}

void FileTransfer::endOfPiece(int worker)
{
    Worker &w = m_workers[size_t(worker)];
    const FileSegment &s = m_file.segments.at(w.segment);
    const QNetworkReply::NetworkError error = w.reply->error();
    if (error == QNetworkReply::NoError && s.position() >= std::min(s.end, w.requestEnd)) {
        // The piece is here: the next piece of this segment, or other work.
        const int segment = w.segment;
        stopWorker(worker);
        if (!m_file.segments.at(segment).finished())
            startWorker(worker, segment);
        else
            assignWork(worker);
        return;
    }
    QString details = w.reply->errorString();
    quint32 code = error == QNetworkReply::NoError ? ErrorCode::E_ConnectionClosed
                                                   : NetworkErrors::code(error);
    if (error == QNetworkReply::NoError)
        details = QStringLiteral("a connection closed before the end of its range");
    if (error == QNetworkReply::SslHandshakeFailedError && !m_sslErrors.isEmpty()) {
        code = ErrorCode::E_CertificateRejected;
        details = m_sslErrors.join(QStringLiteral("; "));
    }
    const int status = w.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    workerFailed(
        worker, code, details, ErrorCode::isHttpStatus(code) ? int(code & 0xFFFF) : status);
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
    w = Worker();
}

void FileTransfer::dropWorkers()
{
    for (int k = 0; k < int(m_workers.size()); ++k)
        stopWorker(k);
}

void FileTransfer::restartWhole(bool withoutRange)
{
    dropWorkers();
    m_file.segments.clear();
    m_workers.clear();
    m_phase = Phase::Asking; // restartFromZero asks again
    m_openRanges = false;
    restartFromZero(withoutRange);
}
