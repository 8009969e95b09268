#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

// What every TLS connection of Haul starts from, set once per process before the first
// request: the system's certificate authorities, plus those of the PEM file that
// SSL_CERT_FILE names (OpenSSL's and curl's convention: a company's or a test's own CA),
// which Qt itself does not read.
namespace TlsDefaults {
// The certificates of the PEM file at `path`; none (and a message in `problem`) when the
// file cannot be read or holds no certificate.
QList<QSslCertificate> certificatesFrom(const QString &path, QString *problem);
// Applies the above to QSslConfiguration's default once; later calls do nothing.
void applyOnce();
} // namespace TlsDefaults
