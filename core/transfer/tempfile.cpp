#include "core/transfer/tempfile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

bool TempFile::open(const QString &path, qint64 offset, qint64 syncedBytes, bool truncate)
{
    if (m_file.isOpen())
        m_file.close();
    m_file.setFileName(path);
    ++m_generation;
    m_writebackFrom = offset;
    m_syncedBytes = syncedBytes;
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return false;
    if (!truncate)
        return true;
    return (m_file.size() == offset || m_file.resize(offset))
        && (m_file.pos() == offset || m_file.seek(offset));
}

bool TempFile::write(const char *data, qint64 size)
{
    while (size > 0) {
        const qint64 written = m_file.write(data, size);
        if (written <= 0)
            return false;
        data += written;
        size -= written;
    }
    return true;
}

bool TempFile::writeAt(const char *data, qint64 size, qint64 position)
{
    while (size > 0) {
        const ssize_t written = ::pwrite(m_file.handle(), data, size_t(size), off_t(position));
        if (written <= 0)
            return false;
        data += written;
        size -= written;
        position += written;
    }
    return true;
}

void TempFile::startWriteback(qint64 upTo)
{
    // Hand each written stretch to the disk at once, without waiting: the checkpoint's
    // fdatasync then finds little left to do, so durability costs no stall at the end.
    constexpr qint64 Stretch = 8 * 1024 * 1024;
    if (upTo - m_writebackFrom < Stretch || !m_file.isOpen())
        return;
#ifdef SYNC_FILE_RANGE_WRITE
    ::sync_file_range(
        m_file.handle(), m_writebackFrom, upTo - m_writebackFrom, SYNC_FILE_RANGE_WRITE);
#endif
    m_writebackFrom = upTo;
}

bool TempFile::sync(qint64 bytes)
{
    if (!m_file.isOpen())
        return true;
    if (!m_file.flush())
        return false;
    if (m_syncedBytes == bytes)
        return true; // nothing written since the last sync (a file just named, say)
    if (::fdatasync(m_file.handle()) != 0)
        return false;
    m_syncedBytes = bytes;
    return true;
}

std::optional<TempFile::PendingSync> TempFile::beginSync(qint64 bytes)
{
    if (!m_file.isOpen() || m_syncInFlight || m_syncedBytes == bytes || !m_file.flush())
        return std::nullopt;
    const int fd = ::fcntl(m_file.handle(), F_DUPFD_CLOEXEC, 0);
    if (fd < 0)
        return std::nullopt;
    m_syncInFlight = true;
    return PendingSync { fd, m_generation };
}

bool TempFile::endSync(quint64 generation, qint64 bytes, bool synced)
{
    m_syncInFlight = false;
    if (!synced || generation != m_generation || bytes <= m_syncedBytes)
        return false;
    m_syncedBytes = bytes;
    return true;
}

bool TempFile::gone() const
{
    // Writing on into a file whose folder was deleted would succeed and lose every byte.
    struct stat st
    {
    };
    return m_file.isOpen() && ::fstat(m_file.handle(), &st) == 0 && st.st_nlink == 0;
}

void TempFile::noticeLostTail(const QString &name, qint64 counted, qint64 kept)
{
    // A power cut, a full disk, a hand with truncate: the rest is fetched again.
    qWarning("haul: %s: the checkpoint counted %lld bytes but only %lld are on disk; "
             "fetching the rest again",
        qPrintable(name), static_cast<long long>(counted), static_cast<long long>(kept));
}
