#pragma once

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <unistd.h>

namespace TestHelpers {

// Makes a folder read-only for this process until restore() (or destruction). Root ignores
// permissions, so for root a read-only bind mount of the folder over itself; for others
// the folder's permissions, and those of the files named (a file in a read-only folder
// stays writable through its own permissions).
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString &path, const QStringList &files = {})
        : m_path(path)
        , m_files(files)
    {
        if (::geteuid() == 0) {
            m_mounted = QProcess::execute(
                            QStringLiteral("mount"), { QStringLiteral("--bind"), path, path })
                    == 0
                && QProcess::execute(QStringLiteral("mount"),
                       { QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), path })
                    == 0;
            m_ok = m_mounted;
            return;
        }
        m_ok = true;
        for (const QString &file : files)
            m_ok = QFile::setPermissions(file, QFile::ReadOwner) && m_ok;
        m_ok = QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner) && m_ok;
    }
    ~ReadOnlyFolder() { restore(); }
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;

    bool ok() const { return m_ok; } // the folder is read-only now
    void restore()
    {
        if (m_restored)
            return;
        m_restored = true;
        if (::geteuid() == 0) {
            if (m_mounted)
                QProcess::execute(QStringLiteral("umount"), { m_path });
            return;
        }
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        for (const QString &file : m_files)
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }

private:
    QString m_path;
    QStringList m_files;
    bool m_mounted = false;
    bool m_ok = false;
    bool m_restored = false;
};

} // namespace TestHelpers
