#include "core/model/errorcodes.h"

#include <QCoreApplication>

namespace ErrorCode {
namespace {

struct Entry
{
    quint32 value;
    const char *name;
    bool transient;
    ErrorContext context;
    const char *description;
};

// clang-format off
const Entry entries[] = {
    { S_Ok, "S_OK", false, ErrorContext::None,
      QT_TRANSLATE_NOOP("ErrorCode", "The operation succeeded.") },
    { S_PartialComplete, "BG_S_PARTIAL_COMPLETE", false, ErrorContext::None,
      QT_TRANSLATE_NOOP("ErrorCode", "The job was completed, but only the files that were fully transferred were kept.") },
    { E_Abort, "E_ABORT", false, ErrorContext::None,
      QT_TRANSLATE_NOOP("ErrorCode", "The operation was interrupted; the job is suspended and keeps what it received.") },
    { E_InvalidArg, "E_INVALIDARG", false, ErrorContext::None,
      QT_TRANSLATE_NOOP("ErrorCode", "A value given to the operation is not valid.") },
    { E_InvalidState, "BG_E_INVALID_STATE", false, ErrorContext::None,
      QT_TRANSLATE_NOOP("ErrorCode", "The requested action is not allowed in the job's current state.") },
    { E_Empty, "BG_E_EMPTY", false, ErrorContext::None,
      QT_TRANSLATE_NOOP("ErrorCode", "The job contains no files to transfer.") },
    { E_FileNotAvailable, "BG_E_FILE_NOT_AVAILABLE", false, ErrorContext::None,
      QT_TRANSLATE_NOOP("ErrorCode", "The error is not tied to a particular file.") },
    { E_ErrorInformationUnavailable, "BG_E_ERROR_INFORMATION_UNAVAILABLE", false, ErrorContext::None,
      QT_TRANSLATE_NOOP("ErrorCode", "No error information is available: the job is not in an error state.") },
    { E_NetworkDisconnected, "BG_E_NETWORK_DISCONNECTED", true, ErrorContext::GeneralTransport,
      QT_TRANSLATE_NOOP("ErrorCode", "The network is disconnected.") },
    { E_MissingFileSize, "BG_E_MISSING_FILE_SIZE", false, ErrorContext::RemoteFile,
      QT_TRANSLATE_NOOP("ErrorCode", "The server did not report the size of the file.") },
    { E_InsufficientRangeSupport, "BG_E_INSUFFICIENT_RANGE_SUPPORT", false, ErrorContext::RemoteFile,
      QT_TRANSLATE_NOOP("ErrorCode", "The server does not support the byte ranges needed to resume this file.") },
    { E_NotFound, "E_NOT_FOUND", false, ErrorContext::None,
      QT_TRANSLATE_NOOP("ErrorCode", "There is no such job.") },
    { E_ChecksumMismatch, "HAUL_E_CHECKSUM_MISMATCH", false, ErrorContext::RemoteFile,
      QT_TRANSLATE_NOOP("ErrorCode", "The downloaded file does not match its expected SHA-256 checksum; it will be downloaded again when the job is resumed.") },
    { E_DiskFull, "HAUL_E_DISK_FULL", false, ErrorContext::LocalFile,
      QT_TRANSLATE_NOOP("ErrorCode", "There is not enough space on the disk.") },
    { E_LocalFileWrite, "HAUL_E_LOCAL_FILE_WRITE", false, ErrorContext::LocalFile,
      QT_TRANSLATE_NOOP("ErrorCode", "The local file could not be written.") },
    { E_LocalFileCreate, "HAUL_E_LOCAL_FILE_CREATE", false, ErrorContext::LocalFile,
      QT_TRANSLATE_NOOP("ErrorCode", "The local file could not be created. Check that the folder exists and is writable.") },
    { E_RenameFailed, "HAUL_E_RENAME_FAILED", false, ErrorContext::LocalFile,
      QT_TRANSLATE_NOOP("ErrorCode", "The downloaded file could not be moved to its final name.") },
    { E_CertificateRejected, "HAUL_E_CERTIFICATE_REJECTED", false, ErrorContext::ServerCertificate,
      QT_TRANSLATE_NOOP("ErrorCode", "The server's certificate is not trusted, so the connection was refused.") },
    { E_NoProgress, "HAUL_E_NO_PROGRESS", false, ErrorContext::GeneralTransport,
      QT_TRANSLATE_NOOP("ErrorCode", "The job made no progress within its no-progress timeout, so it stopped retrying.") },
    { E_RedirectRefused, "HAUL_E_REDIRECT_REFUSED", false, ErrorContext::RemoteFile,
      QT_TRANSLATE_NOOP("ErrorCode", "The server redirected to an address that is not allowed (from https to http, or to another scheme).") },
    { E_TooManyRedirects, "HAUL_E_TOO_MANY_REDIRECTS", false, ErrorContext::RemoteFile,
      QT_TRANSLATE_NOOP("ErrorCode", "The server redirected too many times.") },
    { E_PageInsteadOfFile, "HAUL_E_PAGE_INSTEAD_OF_FILE", false, ErrorContext::RemoteFile,
      QT_TRANSLATE_NOOP("ErrorCode", "The server answered with a web page (often a login page) instead of the rest of the file: the link or its cookie has probably expired. The bytes received are kept; a new link lets the download go on.") },
    { E_UnsupportedScheme, "HAUL_E_UNSUPPORTED_SCHEME", false, ErrorContext::RemoteFile,
      QT_TRANSLATE_NOOP("ErrorCode", "Only http and https addresses can be downloaded.") },
    { E_MalformedUrl, "HAUL_E_MALFORMED_URL", false, ErrorContext::RemoteFile,
      QT_TRANSLATE_NOOP("ErrorCode", "The address is not a valid URL.") },
    { E_CredentialsInUrl, "HAUL_E_CREDENTIALS_IN_URL", false, ErrorContext::RemoteFile,
      QT_TRANSLATE_NOOP("ErrorCode", "The address contains a user name or password. Give the address without them: Haul asks for the credentials when the server wants them (or use setcredentials) and keeps them out of the job list.") },
    { E_ConnectionRefused, "HAUL_E_CONNECTION_REFUSED", true, ErrorContext::GeneralTransport,
      QT_TRANSLATE_NOOP("ErrorCode", "The server refused the connection.") },
    { E_ConnectionClosed, "HAUL_E_CONNECTION_CLOSED", true, ErrorContext::GeneralTransport,
      QT_TRANSLATE_NOOP("ErrorCode", "The connection was closed or reset before the transfer finished.") },
    { E_HostNotFound, "HAUL_E_HOST_NOT_FOUND", true, ErrorContext::GeneralTransport,
      QT_TRANSLATE_NOOP("ErrorCode", "The server name could not be resolved.") },
    { E_Timeout, "HAUL_E_TIMEOUT", true, ErrorContext::GeneralTransport,
      QT_TRANSLATE_NOOP("ErrorCode", "The connection timed out.") },
    { E_TlsHandshake, "HAUL_E_TLS_HANDSHAKE", true, ErrorContext::GeneralTransport,
      QT_TRANSLATE_NOOP("ErrorCode", "The secure (TLS) connection could not be established.") },
    { E_ProxyFailed, "HAUL_E_PROXY_FAILED", true, ErrorContext::GeneralTransport,
      QT_TRANSLATE_NOOP("ErrorCode", "The proxy server could not be reached or refused the request.") },
    { E_Stalled, "HAUL_E_STALLED", true, ErrorContext::GeneralTransport,
      QT_TRANSLATE_NOOP("ErrorCode", "No data arrived for too long; the transfer stalled.") },
    { E_ProtocolError, "HAUL_E_PROTOCOL_ERROR", true, ErrorContext::GeneralTransport,
      QT_TRANSLATE_NOOP("ErrorCode", "The server's answer could not be understood.") },
    { E_LocalPathInvalid, "HAUL_E_LOCAL_PATH_INVALID", false, ErrorContext::LocalFile,
      QT_TRANSLATE_NOOP("ErrorCode", "The destination is not a writable folder or file path.") },
    { E_StoreFailed, "HAUL_E_STORE_FAILED", false, ErrorContext::GeneralQueueManager,
      QT_TRANSLATE_NOOP("ErrorCode", "The job store could not be read or written.") },
    { E_NotifyProgram, "HAUL_E_NOTIFY_PROGRAM", false, ErrorContext::QueueManagerNotification,
      QT_TRANSLATE_NOOP("ErrorCode", "The program to run when the job is done was not found, is not executable, or could not be started.") },
};

struct HttpEntry
{
    int status;
    const char *description;
};

const HttpEntry httpEntries[] = {
    { 400, QT_TRANSLATE_NOOP("ErrorCode", "The server could not understand the request (HTTP 400).") },
    { 401, QT_TRANSLATE_NOOP("ErrorCode", "The server requires a user name and password (HTTP 401).") },
    { 403, QT_TRANSLATE_NOOP("ErrorCode", "The server refused access to the file (HTTP 403).") },
    { 404, QT_TRANSLATE_NOOP("ErrorCode", "The file was not found on the server (HTTP 404).") },
    { 405, QT_TRANSLATE_NOOP("ErrorCode", "The server does not allow this request (HTTP 405).") },
    { 407, QT_TRANSLATE_NOOP("ErrorCode", "The proxy server requires a user name and password (HTTP 407).") },
    { 408, QT_TRANSLATE_NOOP("ErrorCode", "The server timed out waiting for the request (HTTP 408).") },
    { 410, QT_TRANSLATE_NOOP("ErrorCode", "The file is gone from the server (HTTP 410).") },
    { 416, QT_TRANSLATE_NOOP("ErrorCode", "The server could not send the requested byte range (HTTP 416).") },
    { 429, QT_TRANSLATE_NOOP("ErrorCode", "The server received too many requests (HTTP 429).") },
    { 500, QT_TRANSLATE_NOOP("ErrorCode", "The server had an internal error (HTTP 500).") },
    { 501, QT_TRANSLATE_NOOP("ErrorCode", "The server does not support this request (HTTP 501).") },
    { 502, QT_TRANSLATE_NOOP("ErrorCode", "A gateway received a bad answer from the server behind it (HTTP 502).") },
    { 503, QT_TRANSLATE_NOOP("ErrorCode", "The server is temporarily unavailable (HTTP 503).") },
    { 504, QT_TRANSLATE_NOOP("ErrorCode", "A gateway timed out waiting for the server behind it (HTTP 504).") },
};
// clang-format on

bool transientHttp(int status)
{
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503
        || status == 504;
}

} // namespace

Info info(quint32 code)
{
    Info result;
    result.value = code;
    if (isHttpStatus(code)) {
        const int status = int(code & 0xFFFF);
        result.name = QStringLiteral("BG_E_HTTP_ERROR_%1").arg(status);
        result.transient = transientHttp(status);
        result.context = status == 407 ? ErrorContext::GeneralTransport : ErrorContext::RemoteFile;
        for (const HttpEntry &e : httpEntries) {
            if (e.status == status) {
                result.description = QCoreApplication::translate("ErrorCode", e.description);
                return result;
            }
        }
        result.description
            = QCoreApplication::translate("ErrorCode", "The server answered with HTTP status %1.")
                  .arg(status);
        return result;
    }
    for (const Entry &e : entries) {
        if (e.value == code) {
            result.name = QString::fromLatin1(e.name);
            result.transient = e.transient;
            result.context = e.context;
            result.description = QCoreApplication::translate("ErrorCode", e.description);
            return result;
        }
    }
    result.name = hex(code);
    result.description
        = QCoreApplication::translate("ErrorCode", "Unknown error %1.").arg(hex(code));
    return result;
}

QString name(quint32 code)
{
    return info(code).name;
}

bool isTransient(quint32 code)
{
    return info(code).transient;
}

QString description(quint32 code)
{
    return info(code).description;
}

QString hex(quint32 code)
{
    return QStringLiteral("0x")
        + QString::number(code, 16).rightJustified(8, QLatin1Char('0')).toUpper();
}

quint32 fromHex(const QString &text)
{
    if (!text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        return 0;
    return text.mid(2).toUInt(nullptr, 16);
}

Remedy remedy(quint32 code, ErrorContext context)
{
    const int status = isHttpStatus(code) ? int(code & 0xFFFF) : 0;
    if (status == 401 || status == 407)
        return Remedy::Credentials;
    switch (context) {
    case ErrorContext::LocalFile:
        return Remedy::Folder;
    case ErrorContext::ServerCertificate:
        return Remedy::Certificate;
    case ErrorContext::GeneralTransport:
        return Remedy::Retry;
    case ErrorContext::RemoteFile:
        if (code == E_ChecksumMismatch)
            return Remedy::None;
        // A server that is down or busy needs patience, not another address.
        if (status >= 500 || transientHttp(status))
            return Remedy::Retry;
        return Remedy::Url;
    default:
        break;
    }
    if (code == E_UnsupportedScheme || code == E_RedirectRefused || code == E_TooManyRedirects)
        return Remedy::Url;
    return Remedy::Retry;
}

QList<quint32> knownCodes()
{
    QList<quint32> codes;
    for (const Entry &e : entries)
        codes.append(e.value);
    for (const HttpEntry &e : httpEntries)
        codes.append(fromHttpStatus(e.status));
    return codes;
}

QString contextDescription(ErrorContext context)
{
    switch (context) {
    case ErrorContext::None:
        return QCoreApplication::translate("ErrorContext", "No error occurred.");
    case ErrorContext::Unknown:
        return QCoreApplication::translate("ErrorContext", "The cause of the error is unknown.");
    case ErrorContext::GeneralQueueManager:
        return QCoreApplication::translate(
            "ErrorContext", "The error occurred in the job manager (the job store).");
    case ErrorContext::QueueManagerNotification:
        return QCoreApplication::translate(
            "ErrorContext", "The error occurred while notifying the application about the job.");
    case ErrorContext::LocalFile:
        return QCoreApplication::translate("ErrorContext",
            "The error occurred with the local file (creating, writing, moving or deleting it).");
    case ErrorContext::RemoteFile:
        return QCoreApplication::translate(
            "ErrorContext", "The error concerns the remote file on the server.");
    case ErrorContext::GeneralTransport:
        return QCoreApplication::translate("ErrorContext",
            "The error occurred in the network connection (name lookup, connection, proxy or "
            "timeout).");
    case ErrorContext::RemoteApplication:
        return QCoreApplication::translate(
            "ErrorContext", "The error occurred in the server application.");
    case ErrorContext::ServerCertificate:
        return QCoreApplication::translate(
            "ErrorContext", "The server's certificate could not be verified.");
    }
    return QString();
}

} // namespace ErrorCode
