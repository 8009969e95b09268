#pragma once

#include "core/engine/engine.h"
#include "core/model/joberror.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

class JobStore;

// The certificates the user trusted, each for one host and pinned by its SHA-256: kept in
// the job store, and in memory for the question every TLS handshake asks.
class CertificateTrust
{
public:
    explicit CertificateTrust(JobStore &store);

    void reload(); // what the store holds (a store was opened)
    CallResult trust(const CertificateInfo &certificate);
    // E_NotFound when that certificate was not trusted for that host.
    CallResult revoke(const QString &host, const QString &sha256);
    bool isTrusted(const QString &host, const QString &sha256) const;
    QList<CertificateInfo> list() const;

private:
    JobStore &m_store;
    QSet<QPair<QString, QString>> m_trusted; // (host, SHA-256)
};
