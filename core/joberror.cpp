#include "joberror.h"

#include "errorcodes.h"

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
