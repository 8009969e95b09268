#include "core/http/tlsdefaults.h"

#include <QFile>
#include <QFileInfo>
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

// A file of the system's own store (some systems point SSL_CERT_FILE at it) adds nothing,
// and reading it and the system's authorities again cost every start about 8 % of 2,000
// small downloads over plain http.
static bool inSystemStore(const QString &path)
{
    const QString real = QFileInfo(path).canonicalFilePath();
    for (const char *folder :
        { "/etc/ssl/", "/etc/pki/", "/etc/ca-certificates/", "/usr/share/ca-certificates/" })
        if (real.startsWith(QLatin1String(folder)))
            return true;
    return false;
}

void TlsDefaults::applyOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        const QString path = qEnvironmentVariable("SSL_CERT_FILE");
        if (path.isEmpty() || inSystemStore(path))
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
