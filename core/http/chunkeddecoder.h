#pragma once

#include <QByteArray>

// The chunked transfer coding of an HTTP/1.1 body, decoded from bytes fed in pieces of any
// size (every split of the input gives the same body). Chunk extensions and trailer lines
// are read and dropped. Pure: no socket, no signals; an error is a value.
class ChunkedDecoder
{
public:
    // A size line, the end of a chunk or a trailer line longer than this is refused: a line
    // is buffered until its "\n", and a server must not choose how much.
    static constexpr int MaxLineBytes = 4096;
    // A size is at most 15 hex digits, so it fits in a qint64 with room to spare.
    static constexpr int MaxSizeDigits = 15;

    // Decodes from data into *body, appending at most maxBody bytes (-1: any number).
    // Returns how many input bytes were taken: fewer than size when the body ended (the
    // rest is not the body's), when maxBody bytes were appended, or on an error.
    qsizetype feed(const char *data, qsizetype size, QByteArray *body, qsizetype maxBody = -1);

    // Chunk data that follows in the input exactly as it is: a caller may move up to this
    // many bytes to their reader itself, then report them with skipData().
    qint64 dataAhead() const { return m_state == State::Data ? m_left : 0; }
    void skipData(qint64 bytes);

    bool atEnd() const { return m_state == State::End; }
    bool failed() const { return m_state == State::Failed; }

private:
    enum class State
    {
        Size,
        Data,
        DataEnd,
        Trailer,
        End,
        Failed
    };

    bool takeLine(const QByteArray &line); // false on a malformed line

    State m_state = State::Size;
    qint64 m_left = 0; // bytes of the current chunk not yet passed on
    QByteArray m_line;
};
