// libFuzzer target: Content-Range as a server may send it. Invariant: a range accepted as
// valid is well formed (0 <= start <= end, end < total when the total is known), so the
// engine never writes at a negative or out-of-bounds offset.
#include "core/http/httpheaders.h"

#include <QByteArray>
#include <QDateTime>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header(reinterpret_cast<const char *>(data), qsizetype(size));
    const HttpHeaders::ContentRange r = HttpHeaders::parseContentRange(header);
    if (r.valid && !r.unsatisfied) {
        if (r.start < 0 || r.end < r.start)
            std::abort();
        if (r.total >= 0 && r.end >= r.total)
            std::abort();
    }
    if (r.unsatisfied && r.total < 0)
        std::abort(); // "bytes */N" always carries N
    // Retry-After shares the header reader: any value stays within its bounds.
    const int seconds = HttpHeaders::retryAfterSeconds(
        header, QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC), 3600);
    if (seconds < -1 || seconds > 3600)
        std::abort();
    return 0;
}
