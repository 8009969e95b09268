#pragma once

#include <QNetworkReply>
#include <QtGlobal>

class QFileDevice;

// How a failure of the network or of the disk maps onto the error codes of jobs.md.
namespace NetworkErrors {
quint32 code(QNetworkReply::NetworkError error);
// ENOSPC, a quota or a file-size limit (ulimit -f, a FAT volume's 4 GiB): no room.
bool isDiskFull(const QFileDevice &file, int savedErrno);
} // namespace NetworkErrors
