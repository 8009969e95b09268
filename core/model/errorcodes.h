#pragma once

#include "core/model/jobtypes.h"

#include <QString>
#include <QtGlobal>

// HRESULT-style result codes. Values mirrored from BITS keep BITS' numbers; Haul's own
// codes use the facility 0x80AC so that they never collide with a BITS or Win32 code.
namespace ErrorCode {
constexpr quint32 S_Ok = 0x00000000;
constexpr quint32 S_PartialComplete = 0x00200017;
constexpr quint32 E_Abort = 0x80004004; // the user interrupted a verb that waited (haul transfer)
constexpr quint32 E_InvalidArg = 0x80070057;
constexpr quint32 E_InvalidState = 0x80200002;
constexpr quint32 E_Empty = 0x80200003;
constexpr quint32 E_FileNotAvailable = 0x80200004;
constexpr quint32 E_ErrorInformationUnavailable = 0x8020000F;
constexpr quint32 E_NetworkDisconnected = 0x80200010;
constexpr quint32 E_MissingFileSize = 0x80200011;
constexpr quint32 E_InsufficientRangeSupport = 0x80200013;
constexpr quint32 E_NotFound = 0x80070490; // no job with that id

constexpr quint32 HttpFacility = 0x80190000;

constexpr quint32 E_ChecksumMismatch = 0x80AC0001;
constexpr quint32 E_DiskFull = 0x80AC0002;
constexpr quint32 E_LocalFileWrite = 0x80AC0003;
constexpr quint32 E_LocalFileCreate = 0x80AC0004;
constexpr quint32 E_RenameFailed = 0x80AC0005;
constexpr quint32 E_CertificateRejected = 0x80AC0006;
constexpr quint32 E_NoProgress = 0x80AC0007;
constexpr quint32 E_RedirectRefused = 0x80AC0008;
constexpr quint32 E_TooManyRedirects = 0x80AC0009;
constexpr quint32 E_UnsupportedScheme = 0x80AC000A;
constexpr quint32 E_MalformedUrl = 0x80AC000B;
constexpr quint32 E_CredentialsInUrl = 0x80AC000C;
constexpr quint32 E_PageInsteadOfFile = 0x80AC000D;
constexpr quint32 E_ConnectionRefused = 0x80AC0010;
constexpr quint32 E_ConnectionClosed = 0x80AC0011;
constexpr quint32 E_HostNotFound = 0x80AC0012;
constexpr quint32 E_Timeout = 0x80AC0013;
constexpr quint32 E_TlsHandshake = 0x80AC0014;
constexpr quint32 E_ProxyFailed = 0x80AC0015;
constexpr quint32 E_Stalled = 0x80AC0016;
constexpr quint32 E_ProtocolError = 0x80AC0017;
constexpr quint32 E_LocalPathInvalid = 0x80AC0020;
constexpr quint32 E_StoreFailed = 0x80AC0030;
constexpr quint32 E_NotifyProgram = 0x80AC0040; // bitsadmin /SetNotifyCmdLine

constexpr quint32 fromHttpStatus(int status)
{
    return HttpFacility | quint32(status & 0xFFFF);
}
constexpr bool isHttpStatus(quint32 code)
{
    return (code & 0xFFFF0000) == HttpFacility;
}
constexpr bool succeeded(quint32 code)
{
    return (code & 0x80000000) == 0;
}

struct Info
{
    quint32 value = 0;
    QString name; // e.g. BG_E_HTTP_ERROR_404, HAUL_E_DISK_FULL
    bool transient = false;
    ErrorContext context = ErrorContext::Unknown; // the context the engine assigns
    QString description; // localized
};

// The one table of codes. Unknown codes still answer, with a generic description.
Info info(quint32 code);
QString name(quint32 code);
bool isTransient(quint32 code);
QString description(quint32 code);
QString contextDescription(ErrorContext context);
QString hex(quint32 code); // "0x80190194"
// The code that hex() wrote, as JSON and the socket carry it; 0 (S_OK) when it is not one.
quint32 fromHex(const QString &text);

// What the user can change before Resume for an error, so that the error pane, and
// anything else that explains an error, offers the same fix for the same cause.
enum class Remedy
{
    None, // nothing to change: Resume tries again (e.g. a checksum mismatch)
    Url, // a new address for the file (403, 404, 410, a refused redirect)
    Credentials, // 401 server, 407 proxy
    Folder, // LocalFile errors: disk full, folder gone or read-only
    Retry, // server and connection errors: how patiently Haul retries
    Certificate, // an untrusted server certificate: trust that exact one for that host
};
Remedy remedy(quint32 code, ErrorContext context);
QList<quint32> knownCodes();
} // namespace ErrorCode
