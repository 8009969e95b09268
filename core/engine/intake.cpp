#include "core/engine/intake.h"

#include "core/model/errorcodes.h"

#include <QDir>
#include <QFileInfo>

CallResult Intake::checkRemoteUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        // QUrl's explanation quotes the whole address, a password included.
        const QString why = url.errorString();
        const bool quotesCredentials = !url.userInfo().isEmpty() || why.contains(QLatin1Char('@'));
        return { ErrorCode::E_MalformedUrl, -1, quotesCredentials ? QString() : why };
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return { ErrorCode::E_UnsupportedScheme, -1, url.scheme() };
    // A password in the address would be kept in the job list and shown with the job: it
    // belongs in setCredentials (the keychain). The message never repeats it.
    if (!url.userInfo().isEmpty())
        return { ErrorCode::E_CredentialsInUrl, -1, url.toString(QUrl::RemoveUserInfo) };
    return {};
}

CallResult Intake::checkLocalPath(const QString &path)
{
    if (path.isEmpty() || QDir::isRelativePath(path))
        return { ErrorCode::E_LocalPathInvalid, -1, path };
    const QFileInfo info(path);
    if (info.isDir()) {
        if (!info.isWritable())
            return { ErrorCode::E_LocalPathInvalid, -1, path };
        return {};
    }
    if (path.endsWith(QLatin1Char('/')) || (info.exists() && !info.isFile()))
        return { ErrorCode::E_LocalPathInvalid, -1, path };
    const QFileInfo parent(info.absolutePath());
    if (!parent.isDir() || !parent.isWritable())
        return { ErrorCode::E_LocalPathInvalid, -1, info.absolutePath() };
    return {};
}
