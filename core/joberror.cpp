#include "joberror.h"

#include "errorcodes.h"

#include <QStringList>

QString JobError::codeName() const
{
    return ErrorCode::name(code);
}

QString JobError::description() const
{
    return ErrorCode::description(code);
}

QString JobError::contextDescription() const
{
    return ErrorCode::contextDescription(context);
}

bool JobError::isTransient() const
{
    return ErrorCode::isTransient(code);
}

QString CertificateInfo::fingerprint() const
{
    QStringList pairs;
    for (int i = 0; i + 1 < sha256.size(); i += 2)
        pairs.append(sha256.mid(i, 2).toUpper());
    return pairs.join(QLatin1Char(':'));
}
