// libFuzzer target: the Content-Disposition file name a hostile server proposes, as Haul
// reads it and then makes it safe. Invariant: whatever comes in, the name that leaves
// sanitize() is one plain file name that stays inside the destination folder.
#include "core/http/httpheaders.h"
#include "core/transfer/filenamesanitizer.h"

#include <QByteArray>
#include <QDir>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString proposed = HttpHeaders::contentDispositionFileName(header);
    const QString name = FileNameSanitizer::sanitize(proposed);
    if (name.isEmpty())
        return 0;
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name == QLatin1String(".") || name == QLatin1String("..") || name.toUtf8().size() > 255)
        std::abort(); // a name that is not one plain file name
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            std::abort();
    }
    const QString folder = QStringLiteral("/srv/downloads");
    if (!FileNameSanitizer::isInside(folder, QDir(folder).filePath(name)))
        std::abort();
    return 0;
}
