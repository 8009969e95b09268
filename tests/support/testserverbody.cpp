// The pattern bytes every route of TestServer serves, and their digest: what a test
// compares a downloaded file with.
#include "tests/support/testserver.h"

#include <QCryptographicHash>

char TestServer::bodyByte(int seed, qint64 index)
{
    const quint64 x
        = quint64(index) * 2654435761ULL + quint64(seed) * 40503ULL + (quint64(index) >> 13);
    return char((x >> 11) & 0xFF);
}

QByteArray TestServer::body(int seed, qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        data[i] = bodyByte(seed, i);
    return data;
}

QByteArray TestServer::bodySha256(int seed, qint64 size)
{
    return QCryptographicHash::hash(body(seed, size), QCryptographicHash::Sha256).toHex();
}
