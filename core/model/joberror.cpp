#include "core/model/joberror.h"

#include <QCoreApplication>
#include <QStringList>

QString JobError::codeName() const
{
    return ErrorCode::name(code);
}

QString JobError::description() const
{
    // HAUL_E_NO_PROGRESS says so itself.
    if (!gaveUp || code == ErrorCode::E_NoProgress)
        return ErrorCode::description(code);
    return QCoreApplication::translate("JobError",
        "%1 Haul stopped retrying: the job made no progress within its no-progress timeout.")
        .arg(ErrorCode::description(code));
}

QString JobError::contextDescription() const
{
    return ErrorCode::contextDescription(context);
}

bool JobError::isTransient() const
{
    return ErrorCode::isTransient(code);
}

ErrorCode::Remedy JobError::remedy() const
{
    const ErrorCode::Remedy r = ErrorCode::remedy(code, context);
    // Only a certificate the error carries can be trusted.
    return r == ErrorCode::Remedy::Certificate && certificate.isNull() ? ErrorCode::Remedy::None
                                                                       : r;
}

QString CertificateInfo::fingerprint() const
{
    QStringList pairs;
    for (int i = 0; i + 1 < sha256.size(); i += 2)
        pairs.append(sha256.mid(i, 2).toUpper());
    return pairs.join(QLatin1Char(':'));
}
