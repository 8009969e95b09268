#include "app/storelocation.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace StoreLocation {
QString resolve(const QString &option)
{
    QString path = option;
    if (path.isEmpty())
        path = qEnvironmentVariable("HAUL_STORE");
    if (path.isEmpty())
        path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/jobs.sqlite");
    return QFileInfo(path).absoluteFilePath();
}
} // namespace StoreLocation
