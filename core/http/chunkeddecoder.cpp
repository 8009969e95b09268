#include "core/http/chunkeddecoder.h"

#include <algorithm>
#include <cstring>
#include <limits>

qsizetype ChunkedDecoder::feed(
    const char *data, qsizetype size, QByteArray *body, qsizetype maxBody)
{
    qsizetype taken = 0;
    qsizetype room = maxBody < 0 ? std::numeric_limits<qsizetype>::max() : maxBody;
    while (taken < size && m_state != State::End && m_state != State::Failed) {
        if (m_state == State::Data) {
            const qsizetype run = qsizetype(std::min<qint64>({ m_left, size - taken, room }));
            if (run == 0)
                break; // no room left in the caller's buffer
            body->append(data + taken, run);
            taken += run;
            room -= run;
            skipData(run);
            continue;
        }
        // A line at a time; one memchr per line rather than a test per byte.
        const char *start = data + taken;
        const auto *newline
            = static_cast<const char *>(std::memchr(start, '\n', size_t(size - taken)));
        const qsizetype piece = newline ? newline - start : size - taken;
        if (m_line.size() + piece > MaxLineBytes) {
            // Taken up to the limit, so that every split fails at the same byte.
            taken += MaxLineBytes - m_line.size();
            m_state = State::Failed;
            break;
        }
        m_line.append(start, piece);
        taken += piece;
        if (!newline)
            break;
        ++taken;
        QByteArray line;
        line.swap(m_line);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!takeLine(line))
            m_state = State::Failed;
    }
    return taken;
}

bool ChunkedDecoder::takeLine(const QByteArray &line)
{
    switch (m_state) {
    case State::DataEnd:
        if (!line.isEmpty())
            return false;
        m_state = State::Size;
        return true;
    case State::Size: {
        const qsizetype semicolon = line.indexOf(';');
        const QByteArray hex = (semicolon >= 0 ? line.left(semicolon) : line).trimmed();
        bool ok = hex.size() <= MaxSizeDigits && !hex.isEmpty();
        const qint64 chunkSize = ok ? hex.toLongLong(&ok, 16) : 0;
        if (!ok || chunkSize < 0)
            return false;
        m_left = chunkSize;
        m_state = chunkSize == 0 ? State::Trailer : State::Data;
        return true;
    }
    case State::Trailer:
        if (line.isEmpty())
            m_state = State::End;
        return true;
    default:
        return true;
    }
}

void ChunkedDecoder::skipData(qint64 bytes)
{
    if (m_state != State::Data)
        return;
    m_left -= std::min(bytes, m_left);
    if (m_left == 0)
        m_state = State::DataEnd;
}
