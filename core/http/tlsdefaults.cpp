#include "core/http/tlsdefaults.h"

#include <QFile>
#include <QSslConfiguration>
#include <QtGlobal>
#include <mutex>

QList<QSslCertificate> TlsDefaults::certificatesFrom(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return {};
    }
    // A bundle is a few hundred KiB; a bigger file is not one.
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromData(file.read(16 * 1024 * 1024), QSsl::Pem);
    if (certificates.isEmpty())
        *problem = QStringLiteral("no PEM certificate in it");
    return certificates;
}

void TlsDefaults::applyOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        const QString path = qEnvironmentVariable("SSL_CERT_FILE");
        if (path.isEmpty())
            return;
        QString problem;
        const QList<QSslCertificate> extra = certificatesFrom(path, &problem);
        if (extra.isEmpty()) {
            qWarning("SSL_CERT_FILE=%s is not used: %s", qPrintable(path), qPrintable(problem));
            return;
        }
        // Adding to the default turns Qt's on-demand loading of the system's authorities
        // off, so they are added here too, unless the default already lists its own.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> authorities = tls.caCertificates();
        if (authorities.isEmpty())
            authorities = QSslConfiguration::systemCaCertificates();
        tls.setCaCertificates(authorities + extra);
        QSslConfiguration::setDefaultConfiguration(tls);
    });
}
