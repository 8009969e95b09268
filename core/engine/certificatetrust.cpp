#include "core/engine/certificatetrust.h"

#include "core/model/errorcodes.h"
#include "core/store/jobstore.h"

CertificateTrust::CertificateTrust(JobStore &store)
    : m_store(store)
{ }

void CertificateTrust::reload()
{
    m_trusted.clear();
    for (const CertificateInfo &c : m_store.trustedCertificates())
        m_trusted.insert({ c.host, c.sha256 });
}

CallResult CertificateTrust::trust(const CertificateInfo &certificate)
{
    // The store first: a trust that is not kept would vanish with the process.
    if (!m_store.addTrustedCertificate(certificate))
        return { ErrorCode::E_StoreFailed, -1, m_store.lastError() };
    m_trusted.insert({ certificate.host, certificate.sha256 });
    return {};
}

CallResult CertificateTrust::revoke(const QString &host, const QString &sha256)
{
    if (!m_trusted.contains({ host, sha256 }))
        return { ErrorCode::E_NotFound };
    if (!m_store.removeTrustedCertificate(host, sha256))
        return { ErrorCode::E_StoreFailed, -1, m_store.lastError() };
    m_trusted.remove({ host, sha256 });
    return {};
}

bool CertificateTrust::isTrusted(const QString &host, const QString &sha256) const
{
    return m_trusted.contains({ host, sha256 });
}

QList<CertificateInfo> CertificateTrust::list() const
{
    return m_store.trustedCertificates();
}
