#pragma once

#include <QDir>
#include <QProcess>
#include <QString>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace TestHelpers {

// A small disk for disk-full tests. Where the system lets the test mount one (root), a
// tmpfs of `bytes` at `path`: writes beyond it fail with ENOSPC, as on a real full disk.
// Elsewhere a file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored) on this process, under which
// writes beyond `bytes` fail with EFBIG. grow() frees space; the destructor undoes it all.
class SmallDisk
{
public:
    SmallDisk(const QString &path, qint64 bytes)
        : m_path(path)
    {
        QDir().mkpath(path);
        if (::geteuid() == 0
            && QProcess::execute(QStringLiteral("mount"),
                   { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                       QStringLiteral("size=%1").arg(bytes), QStringLiteral("haul-test"), path })
                == 0) {
            m_mounted = true;
            return;
        }
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = rlim_t(bytes);
        ::setrlimit(RLIMIT_FSIZE, &limit);
        m_limited = true;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), { QStringLiteral("-l"), m_path });
        if (m_limited)
            ::setrlimit(RLIMIT_FSIZE, &m_saved);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    QString path() const { return m_path; }
    QString kind() const
    {
        return m_mounted ? QStringLiteral("tmpfs") : QStringLiteral("RLIMIT_FSIZE");
    }
    bool limitsEveryFolder() const { return m_limited; } // a limit, not a place
    bool grow(qint64 bytes)
    {
        if (m_mounted)
            return QProcess::execute(QStringLiteral("mount"),
                       { QStringLiteral("-o"), QStringLiteral("remount,size=%1").arg(bytes),
                           m_path })
                == 0;
        rlimit limit = m_saved;
        limit.rlim_cur = std::min<rlim_t>(m_saved.rlim_cur, rlim_t(bytes));
        if (m_saved.rlim_cur == RLIM_INFINITY)
            limit.rlim_cur = rlim_t(bytes);
        return ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }

private:
    QString m_path;
    bool m_mounted = false;
    bool m_limited = false;
    rlimit m_saved {};
};

} // namespace TestHelpers
