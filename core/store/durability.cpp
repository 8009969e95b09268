#include "core/store/durability.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Durability {

QString sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return QString();
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

// Renames without ever replacing an existing file: renameat2(RENAME_NOREPLACE) where the
// filesystem has it, link + unlink otherwise. Returns 0 or an errno value.
int renameNoReplace(const QString &from, const QString &to)
{
    const QByteArray f = QFile::encodeName(from);
    const QByteArray t = QFile::encodeName(to);
#ifdef SYS_renameat2
    if (::syscall(SYS_renameat2, AT_FDCWD, f.constData(), AT_FDCWD, t.constData(),
            1U /* RENAME_NOREPLACE */)
        == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
#endif
    if (::link(f.constData(), t.constData()) == 0) {
        ::unlink(f.constData());
        return 0;
    }
    return errno;
}

// Makes each temporary file durable: one syncfs per filesystem, fdatasync where syncfs
// fails. A temp file already gone was completed or cancelled: nothing to make durable.
QList<bool> makeDurable(const QStringList &temps)
{
    QSet<dev_t> synced;
    QList<bool> durable;
    durable.reserve(temps.size());
    for (const QString &temp : temps) {
        const QByteArray path = QFile::encodeName(temp);
        struct stat st
        {
        };
        bool done = false;
        if (::stat(path.constData(), &st) != 0) {
            done = errno == ENOENT;
        } else if (synced.contains(st.st_dev)) {
            done = true;
        } else {
            const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
            if (fd >= 0) {
                if (::syncfs(fd) == 0) {
                    synced.insert(st.st_dev);
                    done = true;
                } else {
                    done = ::fdatasync(fd) == 0;
                }
                ::close(fd);
            }
        }
        durable.append(done);
    }
    return durable;
}

} // namespace Durability
