#pragma once

#include <QByteArray>
#include <QString>

class QNetworkReply;

// The parts of an answer's head that decide what a download does with it.
struct ResponseHead
{
    int status = 0;
    QByteArray location;
    QByteArray contentRange;
    QByteArray contentLength;
    QByteArray etag;
    QByteArray lastModified;
    QByteArray acceptRanges;
    QByteArray contentType; // lower case, without parameters: "text/html"
    static ResponseHead of(const QNetworkReply &reply);
};

// What an answer's status and headers mean for a download, decided without a socket or a
// file: pure rules over hostile input, tested row by row (tests/tst_responsecheck.cpp).
namespace ResponseCheck {

// What Haul asked for: the bytes from `offset` (0: all of them), and what it knew.
struct Asked
{
    qint64 offset = 0;
    bool ranges = true; // false once the server answered a range wrongly
    qint64 knownTotal = -1;
    QString etag;
    QString lastModified;
    qint64 bytesOnDisk = 0; // what a page instead of the file would throw away
    bool pageExpected = false; // the file is a web page itself (.html...)
};

enum class Verdict
{
    Accept, // the body is the file from `offset`
    Redirect, // follow Location (the caller checks where it leads)
    AlreadyComplete, // 416 on a file that has every byte
    Restart, // from 0, ranges still trusted (416 otherwise, say)
    RestartWithoutRanges, // from 0, and never ask this file for a range again
    // A web page where the rest of a file was asked (a login page: the link or its
    // cookie expired); restarting would throw the bytes on disk away for it.
    PageInsteadOfFile,
    Fail // the status is the error
};

struct Outcome
{
    Verdict verdict = Verdict::Fail;
    qint64 offset = 0; // where the body starts in the file
    qint64 total = -1; // -1: unknown
    QString etag; // strong only
    QString lastModified;
    bool resumable = false;
};

// An answer to a request for the whole file or for its rest (`bytes=N-`).
Outcome whole(const ResponseHead &head, const Asked &asked);

enum class PieceVerdict
{
    Accept, // 206 with exactly the range asked
    Redirect,
    WrongRange, // 206 with another range
    WholeBody, // 200: the whole body (ranges ignored, or the file changed)
    TooMany, // 408, 429, 5xx: this connection is one too many, or the server is busy
    Changed, // 416 inside the known size: the file is not what it was
    Refused // 401, 403, 404...: the status is the error
};

// An answer to one connection's piece [position, end) of a file of `total` bytes; `open`
// when it asked `bytes=position-`.
PieceVerdict piece(const ResponseHead &head, qint64 position, qint64 end, qint64 total, bool open);

} // namespace ResponseCheck
