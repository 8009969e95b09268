#pragma once

#include "core/model/joberror.h"
#include "core/model/jobfile.h"
#include "core/transfer/ratelimiter.h"
#include "core/transfer/tempfile.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class ServerLimits;

// Fetches one file of a job over HTTP(S) into its `.haul-part` temporary file, resuming
// with Range + If-Range when the file allows it. Lives on the engine thread. The engine
// owns the job; this object works on a copy of the file and reports what changed.
class FileTransfer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        qint64 rateLimit = 0; // bytes per second for this job, 0 = unlimited
        RateLimiter *globalLimiter = nullptr; // shared by every transfer of the engine
        std::shared_ptr<RateLimiter> jobLimiter; // shared by the files of the job (else own)
        // At the end, only flush: the engine makes finished files durable in batches.
        bool deferSync = false;
        int stallTimeoutMs = 60000;
        // Answers whether a final path is already used (a file, a temp file, another job).
        std::function<bool(const QString &path)> pathTaken;
        // Connections for one file: more than one splits a resumable file into segments.
        int connections = 1;
        // What the engine learnt about servers (fewer connections for some); may be null.
        ServerLimits *serverLimits = nullptr;
        // The manager for connection k (Qt allows 6 per host and manager).
        std::function<QNetworkAccessManager *(int connection)> networkFor;
        // Whether the user trusted this exact certificate (SHA-256, hex) for this host.
        std::function<bool(const QString &host, const QString &sha256)> trusted;
        // Plain http may use Haul's own HTTP/1.1 client (NetworkManager): false when the
        // job has credentials to answer a 401 with, which only Qt's stack does.
        bool directHttp = false;
        // HTTP/2 where it pays: the files of a job of many share one connection to a server
        // (Qt's stack). One file goes faster over HTTP/1.1 connections of its own, on Haul's
        // client, decrypted without a hand-over between threads.
        bool http2 = true;
    };
    // A segment is never split below twice this size.
    static constexpr qint64 MinSegment = 256 * 1024;

    FileTransfer(QNetworkAccessManager *network, const JobFile &file, int index, Options options,
        QObject *parent = nullptr);
    ~FileTransfer() override;

    void start();
    // Stops at once, keeping the data on disk; no signal follows.
    void abort();
    // Makes every byte counted in file().bytesTransferred durable (flush + fdatasync).
    bool checkpoint();
    // The same without waiting: hands out a duplicate descriptor to fdatasync on another
    // thread and the state it will make durable; nothing when nothing new was written or a
    // sync is already under way. endCheckpoint() says whether that state is still the
    // newest durable one (the file was not reopened, no later sync overtook it).
    struct SyncTicket
    {
        int fd = -1;
        JobFile file;
        quint64 generation = 0;
    };
    std::optional<SyncTicket> beginCheckpoint();
    bool endCheckpoint(const SyncTicket &ticket, bool synced);
    void setRateLimit(qint64 bytesPerSecond); // while running
    const JobFile &file() const { return m_file; }
    int index() const { return m_index; }
    QNetworkReply *reply() const { return m_reply; }
    bool ownsReply(const QNetworkReply *reply) const;
    int activeConnections() const;
    QUrl currentUrl() const { return m_url; }

signals:
    void bodyStarted(); // the first byte of a good response arrived
    void fileChanged(); // name, size, validator or bytes changed
    void finished(); // every byte is on disk
    void failed(const JobError &error, int retryAfterSeconds);

private:
    QNetworkRequest newRequest() const; // to m_url, with Haul's headers and the job's
    void sendRequest();
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void onSslErrors(const QList<QSslError> &errors);
    void onStalled();
    void drain();
    void complete();
    void restartFromZero(bool withoutRange);
    // The target of a redirect, or nothing after failing (too many, or to another scheme).
    std::optional<QUrl> redirectTarget(QNetworkReply *reply, int status, const QString &reason);
    bool openTempFile(bool truncate = true);
    void resolveLocalName();
    void fail(quint32 code, const QString &details, int httpStatus = 0,
        const QString &reason = QString(), int retryAfter = -1);
    void failLocal(const QString &what);
    void dropReply();

    // Where this file's transfer is: one phase, not a set of flags that could disagree.
    enum class Phase
    {
        Idle, // made, not started
        Asking, // one request sent, its answer's head not read yet
        Receiving, // one connection writing the body in order
        Finishing, // the answer ended; what it left in the buffer is still being read
        Segmented, // several connections, each writing its range (filetransfersegments.cpp)
        Done // finished, failed or aborted: nothing more happens
    };
    bool done() const { return m_phase == Phase::Done; }

    // Segmented transfer: each worker is one connection fetching one segment.
    struct Worker
    {
        QPointer<QNetworkReply> reply;
        int segment = -1;
        bool headersDone = false;
        qint64 requestEnd = 0; // exclusive: the end of the range this request asked for
        qint64 bodyBytes = 0; // bytes this request brought
    };
    void considerSegmenting(); // at the headers: splitting is weighed a moment later
    bool trySegmenting();
    void resumeSegments();
    int connectionLimit() const; // the job's wish, within what the server allows
    qint64 pieceSize() const; // how much a connection asks for at a time
    void assignWork(int worker);
    int servingWorker(int segment) const;
    void startWorker(int worker, int segment);
    void connectWorker(int worker);
    void onWorkerHeaders(int worker);
    void closedRangesRefused(QNetworkReply *reply);
    void workerFailed(int worker, quint32 code, const QString &details, int httpStatus = 0,
        const QString &reason = QString(), int retryAfter = -1);
    void drainWorker(int worker);
    void onWorkerFinished(int worker);
    void endOfPiece(int worker);
    void stopWorker(int worker);
    void dropWorkers();
    void restartWhole(bool withoutRange);
    qint64 takeAllowance(qint64 want); // the speed limits, shared by every connection
    void consumeAllowance(qint64 bytes);
    static char *readBuffer();
    void failTempFileGone();

    QNetworkAccessManager *m_network;
    JobFile m_file;
    int m_index;
    Options m_options;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    CertificateInfo m_refusedCertificate; // the peer certificate of the last TLS refusal
    TempFile m_temp; // the .haul-part
    QTimer m_stallTimer;
    QTimer m_throttleTimer;
    RateLimiter m_limiter;
    qint64 m_offset = 0; // where this response's body starts in the file
    int m_redirects = 0;
    int m_restarts = 0;
    Phase m_phase = Phase::Idle;
    bool m_noRange = false;
    bool m_bodyStarted = false;
    bool m_stalled = false;
    QStringList m_sslErrors;
    std::vector<Worker> m_workers;
    QTimer m_splitTimer;
    QElapsedTimer m_bodyClock;
    qint64 m_bodyClockBytes = 0;
    double m_pieceBytesPerSecond = 0; // the speed measured before splitting
    int m_connectionCap = 0; // connections this file may still use (0: as many as wanted)
    bool m_openRanges = false; // one connection asking open ranges from each gap
};
