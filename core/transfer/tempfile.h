#pragma once

#include <QFile>
#include <QString>
#include <optional>

// A file's `.haul-part` while it downloads: opened at the offset the transfer trusts,
// written in order or at positions, handed to the disk as it goes, and made durable by
// checkpoints (flush + fdatasync here, or a duplicate descriptor synced on another
// thread). It remembers how many bytes the last sync covered; the byte counts themselves
// belong to the transfer.
class TempFile
{
public:
    // Opens `path` read-write. With `truncate`, drops whatever lies beyond `offset` (a tail
    // never checkpointed) and writes on from there; without it, writes go to positions.
    // `syncedBytes`: what the file already holds durably.
    bool open(const QString &path, qint64 offset, qint64 syncedBytes, bool truncate);
    void close() { m_file.close(); }
    bool isOpen() const { return m_file.isOpen(); }
    QString errorString() const { return m_file.errorString(); }
    const QFileDevice &device() const { return m_file; } // for what an error means

    bool write(const char *data, qint64 size); // at the current position, all of it
    bool writeAt(const char *data, qint64 size, qint64 position);
    bool flush() { return m_file.flush(); }
    // Hands what was written up to `upTo` to the disk without waiting for it.
    void startWriteback(qint64 upTo);

    // Makes the first `bytes` durable now; nothing to do when the last sync covered them.
    bool sync(qint64 bytes);
    // The same without waiting: a duplicate descriptor for fdatasync on another thread;
    // nothing when `bytes` are synced already or a sync is under way. endSync() says
    // whether that sync still counts (the file was not reopened, none overtook it).
    struct PendingSync
    {
        int fd = -1;
        quint64 generation = 0;
    };
    std::optional<PendingSync> beginSync(qint64 bytes);
    bool endSync(quint64 generation, qint64 bytes, bool synced);

    // The file was unlinked under us (its folder deleted): writes would vanish.
    bool gone() const;
    // The disk lost what a checkpoint had counted: says so where logs go.
    static void noticeLostTail(const QString &name, qint64 counted, qint64 kept);

private:
    QFile m_file;
    qint64 m_writebackFrom = 0; // bytes before this were handed to the disk
    qint64 m_syncedBytes = -1; // bytes covered by the last fdatasync
    quint64 m_generation = 0; // counts openings
    bool m_syncInFlight = false;
};
