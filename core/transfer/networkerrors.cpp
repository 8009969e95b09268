#include "core/transfer/networkerrors.h"

#include "core/model/errorcodes.h"

#include <QFileDevice>
#include <cerrno>

namespace NetworkErrors {

quint32 code(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return ErrorCode::E_ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
        return ErrorCode::E_ConnectionClosed;
    case QNetworkReply::HostNotFoundError:
        return ErrorCode::E_HostNotFound;
    case QNetworkReply::TimeoutError:
        return ErrorCode::E_Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return ErrorCode::E_TlsHandshake;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return ErrorCode::E_NetworkDisconnected;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        return ErrorCode::E_ProxyFailed;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ErrorCode::fromHttpStatus(407);
    case QNetworkReply::AuthenticationRequiredError:
        return ErrorCode::fromHttpStatus(401);
    case QNetworkReply::ProtocolUnknownError:
        return ErrorCode::E_UnsupportedScheme;
    case QNetworkReply::TooManyRedirectsError:
        return ErrorCode::E_TooManyRedirects;
    case QNetworkReply::InsecureRedirectError:
        return ErrorCode::E_RedirectRefused;
    default:
        return ErrorCode::E_ProtocolError;
    }
}

bool isDiskFull(const QFileDevice &file, int savedErrno)
{
    // EFBIG: a file-size limit (ulimit -f, a FAT volume's 4 GiB): no room for this file.
    return savedErrno == ENOSPC || savedErrno == EDQUOT || savedErrno == EFBIG
        || file.error() == QFileDevice::ResourceError;
}

} // namespace NetworkErrors
