#pragma once

#include "core/model/errorcodes.h"
#include "core/model/jobtypes.h"

#include <QDateTime>
#include <QString>

// The server certificate an error is about: what the user needs to decide whether to trust
// it, and the SHA-256 fingerprint that pins exactly that certificate for that host.
struct CertificateInfo
{
    QString host;
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256; // lower-case hex of the DER encoding
    bool isNull() const { return sha256.isEmpty(); }
    QString fingerprint() const; // "AB:CD:…", for people
};

// The error object of a job (IBackgroundCopyError). It exists only while the job is in
// Error or TransientError, until the job next enters Transferring.
struct JobError
{
    ErrorContext context = ErrorContext::None;
    quint32 code = 0;
    int fileIndex = -1; // -1: not tied to a file (BG_E_FILE_NOT_AVAILABLE)
    QString remoteUrl;
    QString localPath;
    QString protocol; // "http", "https" or empty when not a protocol error
    int httpStatus = 0;
    QString httpReason;
    QString details; // the underlying Qt/OS message
    QDateTime time;
    CertificateInfo certificate; // for ServerCertificate errors: the certificate refused
    // The no-progress timeout passed and Haul stopped retrying; code, context and HTTP
    // status stay those of the last transient error, as BITS keeps them.
    bool gaveUp = false;

    bool hasFile() const { return fileIndex >= 0; }
    QString codeName() const;
    QString description() const; // from the code, and whether Haul stopped retrying
    QString contextDescription() const;
    bool isTransient() const;
    ErrorCode::Remedy remedy() const;
};
