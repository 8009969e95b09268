// FileTransfer, part three: the `.haul-part` temporary file: opening it at the trusted
// offset, checkpoints (flush + fdatasync, or a duplicate descriptor synced on another
// thread), a file whose folder vanished, and the notice of bytes the disk lost.
#include "core/transfer/filetransfer.h"

#include "core/model/errorcodes.h"

#include <QDir>
#include <QFileInfo>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

bool FileTransfer::checkpoint()
{
    if (!m_temp.isOpen())
        return true;
    if (!m_temp.flush())
        return false;
    if (m_syncedBytes == m_file.bytesTransferred)
        return true; // nothing written since the last sync (a file just named, say)
    if (::fdatasync(m_temp.handle()) != 0)
        return false;
    m_syncedBytes = m_file.bytesTransferred;
    return true;
}

bool FileTransfer::tempFileGone() const
{
    // Writing on into a file whose folder was deleted would succeed and lose every byte.
    struct stat st
    {
    };
    return m_temp.isOpen() && ::fstat(m_temp.handle(), &st) == 0 && st.st_nlink == 0;
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
    if (tempFileGone()) {
        // Not from inside the engine's walk over its transfers: a moment later.
        QMetaObject::invokeMethod(this, &FileTransfer::failTempFileGone, Qt::QueuedConnection);
        return std::nullopt;
    }
    if (!m_temp.isOpen() || m_syncInFlight || m_syncedBytes == m_file.bytesTransferred
        || !m_temp.flush())
        return std::nullopt;
    const int fd = ::fcntl(m_temp.handle(), F_DUPFD_CLOEXEC, 0);
    if (fd < 0)
        return std::nullopt;
    m_syncInFlight = true;
    return SyncTicket { fd, m_file, m_generation };
}

bool FileTransfer::endCheckpoint(const SyncTicket &ticket, bool synced)
{
    m_syncInFlight = false;
    if (!synced || ticket.generation != m_generation
        || ticket.file.bytesTransferred <= m_syncedBytes)
        return false;
    m_syncedBytes = ticket.file.bytesTransferred;
    return true;
}

bool FileTransfer::openTempFile(bool truncate)
{
    if (m_temp.isOpen())
        m_temp.close();
    m_temp.setFileName(m_file.tempPath());
    ++m_generation;
    m_writebackFrom = m_offset;
    // What is already in the file was synced by the checkpoints that counted it.
    m_syncedBytes = truncate ? m_offset : m_file.bytesTransferred;
    if (!m_temp.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        failLocal(m_temp.errorString());
        return false;
    }
    if (!truncate)
        return true; // segments write at their own offsets
    // Drop whatever lies beyond the trusted bytes (a tail never checkpointed).
    if ((m_temp.size() != m_offset && !m_temp.resize(m_offset))
        || (m_temp.pos() != m_offset && !m_temp.seek(m_offset))) {
        failLocal(m_temp.errorString());
        return false;
    }
    return true;
}

void FileTransfer::noticeLostTail(qint64 counted, qint64 kept) const
{
    // The disk lost what a checkpoint had counted (a power cut, a full disk, a hand with
    // truncate): say so where logs go, and fetch those bytes again.
    qWarning("haul: %s: the checkpoint counted %lld bytes but only %lld are on disk; "
             "fetching the rest again",
        qPrintable(QFileInfo(m_file.localPath).fileName()), static_cast<long long>(counted),
        static_cast<long long>(kept));
}
