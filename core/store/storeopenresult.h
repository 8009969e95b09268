#pragma once

#include <QString>

// How opening the job store went. Apart from JobStore so that the Engine's callers (the
// window among them) learn it without the SQL headers.
enum class StoreOpenStatus
{
    Opened,
    Corrupt, // moved aside to movedTo; nothing was deleted
    Unavailable, // cannot be opened (permissions, a newer schema, ...); left as it is
};

struct StoreOpenResult
{
    StoreOpenStatus status = StoreOpenStatus::Unavailable;
    QString message; // localized, for people
    QString movedTo;
    bool ok() const { return status == StoreOpenStatus::Opened; }
};
