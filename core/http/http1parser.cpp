#include "core/http/http1parser.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace {

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

// HTTP/1.x SP 3DIGIT [SP reason]
bool isStatusLine(const QByteArray &line)
{
    return line.size() >= 12 && line.startsWith("HTTP/1.") && line.at(7) >= '0' && line.at(7) <= '9'
        && line.at(8) == ' '
        && std::all_of(
            line.cbegin() + 9, line.cbegin() + 12, [](char c) { return c >= '0' && c <= '9'; })
        && (line.size() == 12 || line.at(12) == ' ');
}

} // namespace

qsizetype Http1Parser::feed(const char *data, qsizetype size, QByteArray *body, qsizetype maxBody)
{
    if (size <= 0)
        return 0;
    switch (m_state) {
    case State::Head:
        return feedHead(data, size);
    case State::Complete:
        m_keepAlive = false; // bytes after the answer: the connection is out of step
        return 0;
    case State::Failed:
        return 0;
    case State::Body:
        break;
    }
    qsizetype taken = 0;
    if (m_framing == Framing::Chunked) {
        taken = m_chunks.feed(data, size, body, maxBody);
        if (m_chunks.failed())
            fail(Error::MalformedChunk);
        else if (m_chunks.atEnd())
            m_state = State::Complete;
    } else {
        qint64 run = std::min<qint64>(size, rawBodyAhead());
        if (maxBody >= 0)
            run = std::min<qint64>(run, maxBody);
        body->append(data, qsizetype(run));
        taken = qsizetype(run);
        skipRawBody(run);
    }
    if (m_state == State::Complete && taken < size)
        m_keepAlive = false;
    return taken;
}

qsizetype Http1Parser::feedHead(const char *data, qsizetype size)
{
    qsizetype taken = 0;
    while (taken < size && m_state == State::Head) {
        // Never more than one byte past the limit is buffered, whatever the split: that
        // byte is enough to know the head is too large.
        const qsizetype piece = std::min(size - taken, MaxHeadBytes + 1 - m_head.size());
        const qsizetype before = m_head.size();
        m_head.append(data + taken, piece);
        qsizetype headLength = -1;
        const qsizetype bodyStart = headEnd(m_head, m_scanFrom, &headLength);
        if (bodyStart < 0 || bodyStart > MaxHeadBytes) {
            taken += piece;
            if (m_head.size() > MaxHeadBytes) {
                fail(Error::HeadTooLarge);
                break;
            }
            m_scanFrom = std::max<qsizetype>(0, m_head.size() - 2);
            continue;
        }
        taken += bodyStart - before;
        const QByteArray head = m_head.left(headLength);
        m_head.clear();
        m_scanFrom = 0;
        parseHead(head); // an interim answer leaves the state at Head: the real one follows
    }
    return taken;
}

bool Http1Parser::parseHead(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    m_statusLine = lines.value(0);
    if (!isStatusLine(m_statusLine)) {
        fail(Error::NotHttp);
        return false;
    }
    if (lines.size() > MaxHeaderLines + 1) {
        fail(Error::TooManyHeaderLines);
        return false;
    }
    m_status = m_statusLine.mid(9, 3).toInt();
    m_http10 = m_statusLine.at(7) == '0';
    m_reason = m_statusLine.mid(13).trimmed();

    m_headers.clear(); // an interim answer's headers are not the answer's
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty())
            continue;
        if ((line.at(0) == ' ' || line.at(0) == '\t') && !m_headers.isEmpty()) {
            m_headers.last().second += ' ' + line.trimmed(); // obsolete line folding
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
        if (!headerNameIsToken(name))
            continue; // not a header line: skipped, as Qt does
        const QByteArray value = line.mid(colon + 1).trimmed();
        auto same = std::find_if(m_headers.begin(), m_headers.end(),
            [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
        if (same != m_headers.end())
            same->second += ", " + value;
        else
            m_headers.append({ name, value });
    }
    QByteArray connection;
    QByteArray transferEncoding;
    QByteArray contentLength;
    for (const auto &[name, value] : std::as_const(m_headers)) {
        const QByteArray lower = name.toLower();
        if (lower == "connection")
            connection = value.toLower();
        else if (lower == "transfer-encoding")
            transferEncoding = value.toLower();
        else if (lower == "content-length")
            contentLength = value;
    }
    m_keepAlive = m_http10 ? connection.contains("keep-alive") : !connection.contains("close");
    chooseFraming(transferEncoding, contentLength);
    if (m_status >= 200)
        m_state = m_framing == Framing::None ? State::Complete : State::Body;
    return true;
}

void Http1Parser::chooseFraming(const QByteArray &transferEncoding, const QByteArray &contentLength)
{
    m_length = -1;
    m_left = 0;
    qint64 length = -1;
    if (m_status < 200 || m_status == 204 || m_status == 304) {
        m_framing = Framing::None;
    } else if (!transferEncoding.isEmpty()) {
        // Chunked must come last; any other coding is read to the close.
        m_framing = transferEncoding.trimmed().endsWith("chunked") ? Framing::Chunked
                                                                   : Framing::UntilClose;
    } else if (parseLength(contentLength, &length)) {
        m_framing = length == 0 ? Framing::None : Framing::Length;
        m_length = length;
        m_left = length;
    } else {
        m_framing = Framing::UntilClose;
    }
    if (m_framing == Framing::UntilClose)
        m_keepAlive = false;
}

bool Http1Parser::closeInput()
{
    if (m_state == State::Body && m_framing == Framing::UntilClose)
        m_state = State::Complete;
    m_keepAlive = false;
    return m_state == State::Complete;
}

qint64 Http1Parser::rawBodyAhead() const
{
    if (m_state != State::Body)
        return 0;
    switch (m_framing) {
    case Framing::Length:
        return m_left;
    case Framing::UntilClose:
        return std::numeric_limits<qint64>::max();
    case Framing::Chunked:
        return m_chunks.dataAhead();
    case Framing::None:
        break;
    }
    return 0;
}

void Http1Parser::skipRawBody(qint64 bytes)
{
    if (m_state != State::Body || bytes <= 0)
        return;
    if (m_framing == Framing::Length) {
        m_left -= std::min(bytes, m_left);
        if (m_left == 0)
            m_state = State::Complete;
    } else if (m_framing == Framing::Chunked) {
        m_chunks.skipData(bytes);
    }
}

void Http1Parser::fail(Error error)
{
    m_state = State::Failed;
    m_error = error;
    m_keepAlive = false;
}
