#include "core/transfer/responsecheck.h"

#include "core/http/httpheaders.h"

#include <QNetworkReply>
#include <QNetworkRequest>

ResponseHead ResponseHead::of(const QNetworkReply &reply)
{
    ResponseHead head;
    head.status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    head.location = reply.rawHeader("Location").trimmed();
    head.contentRange = reply.rawHeader("Content-Range");
    head.contentLength = reply.rawHeader("Content-Length").trimmed();
    head.etag = reply.rawHeader("ETag").trimmed();
    head.lastModified = reply.rawHeader("Last-Modified").trimmed();
    head.acceptRanges = reply.rawHeader("Accept-Ranges").trimmed().toLower();
    head.contentType = reply.rawHeader("Content-Type").split(';').first().trimmed().toLower();
    return head;
}

namespace ResponseCheck {

namespace {
Outcome verdict(Verdict v)
{
    Outcome o;
    o.verdict = v;
    return o;
}
} // namespace

Outcome whole(const ResponseHead &head, const Asked &asked)
{
    const int status = head.status;
    if (status >= 300 && status < 400 && !head.location.isEmpty())
        return verdict(Verdict::Redirect);
    if (status == 416 && asked.offset > 0)
        return verdict(asked.knownTotal >= 0 && asked.offset == asked.knownTotal
                ? Verdict::AlreadyComplete
                : Verdict::Restart);
    if (status < 200 || status >= 300)
        return verdict(Verdict::Fail);
    if (status == 200 && asked.bytesOnDisk > 0 && !asked.pageExpected
        && (head.contentType == "text/html" || head.contentType == "application/xhtml+xml"))
        return verdict(Verdict::PageInsteadOfFile);

    Outcome o;
    o.verdict = Verdict::Accept;
    if (status == 206) {
        const auto range = HttpHeaders::parseContentRange(head.contentRange);
        const bool startsRight = range.valid && !range.unsatisfied && range.start == asked.offset;
        const bool sizeRight
            = asked.offset == 0 || asked.knownTotal < 0 || range.total == asked.knownTotal;
        if (!startsRight || !sizeRight || range.total < 0 || range.end != range.total - 1)
            return verdict(Verdict::RestartWithoutRanges); // not trusted with ranges again
        o.offset = asked.offset;
        o.total = range.total;
    } else {
        // 200, even after a Range request: the entity changed or ranges are unsupported.
        // A Content-Encoding (gzip...) is part of the entity: its Content-Length is the size
        // of the bytes saved, which are never decoded, and ranges count those bytes.
        bool ok = false;
        const qint64 length = head.contentLength.toLongLong(&ok);
        if (ok && length >= 0)
            o.total = length;
    }
    QByteArray etag = head.etag;
    if (etag.startsWith("W/") || etag.size() > 1024)
        etag.clear(); // a weak validator cannot guard a range
    QByteArray lastModified = head.lastModified.left(100);
    if (status == 206) {
        // Keep the validator we asked with when the 206 does not repeat it.
        if (etag.isEmpty())
            etag = asked.etag.toLatin1();
        if (lastModified.isEmpty())
            lastModified = asked.lastModified.toLatin1();
    }
    o.etag = QString::fromLatin1(etag);
    o.lastModified = QString::fromLatin1(lastModified);
    const bool acceptsRanges = status == 206 || head.acceptRanges == "bytes";
    o.resumable = asked.ranges && acceptsRanges && o.total >= 0
        && !(o.etag.isEmpty() && o.lastModified.isEmpty());
    return o;
}

PieceVerdict piece(const ResponseHead &head, qint64 position, qint64 end, qint64 total, bool open)
{
    const int status = head.status;
    if (status == 206) {
        const auto range = HttpHeaders::parseContentRange(head.contentRange);
        const bool asked = range.valid && !range.unsatisfied && range.start == position
            && range.total == total && range.end == (open ? total : end) - 1;
        return asked ? PieceVerdict::Accept : PieceVerdict::WrongRange;
    }
    if (status == 200)
        return PieceVerdict::WholeBody;
    if (status >= 300 && status < 400 && !head.location.isEmpty())
        return PieceVerdict::Redirect;
    if (status == 408 || status == 429 || status >= 500)
        return PieceVerdict::TooMany;
    if (status == 416)
        return PieceVerdict::Changed;
    return PieceVerdict::Refused;
}

} // namespace ResponseCheck
