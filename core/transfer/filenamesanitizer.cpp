#include "core/transfer/filenamesanitizer.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace FileNameSanitizer {
namespace {

bool isReservedOnWindows(const QString &name)
{
    static const QRegularExpression reserved(
        QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9]|conin\\$|conout\\$)(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return reserved.match(name).hasMatch();
}

// Splits "a.tar.gz" into "a" and ".tar.gz", "b.txt" into "b" and ".txt".
QPair<QString, QString> splitExtension(const QString &name)
{
    static const QRegularExpression doubleExt(
        QStringLiteral("(\\.tar\\.[A-Za-z0-9]{1,5})$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = doubleExt.match(name);
    if (m.hasMatch() && m.capturedStart(1) > 0)
        return { name.left(m.capturedStart(1)), m.captured(1) };
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        return { name, QString() };
    return { name.left(dot), name.mid(dot) };
}

QString truncateUtf8(const QString &name, int maxBytes)
{
    if (name.toUtf8().size() <= maxBytes)
        return name;
    auto [base, ext] = splitExtension(name);
    if (ext.toUtf8().size() > maxBytes / 2)
        ext.clear();
    while (!base.isEmpty() && (base + ext).toUtf8().size() > maxBytes) {
        base.chop(1);
        if (!base.isEmpty() && base.back().isHighSurrogate())
            base.chop(1);
    }
    return base + ext;
}

} // namespace

QString sanitize(const QString &proposed)
{
    QString name = proposed;
    // Keep only the last component of any path, whatever the separator.
    const int slash
        = std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    if (slash >= 0)
        name = name.mid(slash + 1);

    QString clean;
    clean.reserve(name.size());
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            continue;
        if (u == 0x202e || u == 0x202d || u == 0x200e || u == 0x200f) // bidi overrides
            continue;
        if (QStringLiteral("<>:\"|?*").contains(c))
            clean.append(QLatin1Char('_'));
        else
            clean.append(c);
    }
    // Windows drops trailing dots and spaces; leading dots would hide the file.
    while (!clean.isEmpty() && (clean.back() == QLatin1Char('.') || clean.back().isSpace()))
        clean.chop(1);
    while (!clean.isEmpty() && (clean.front() == QLatin1Char('.') || clean.front().isSpace()))
        clean.remove(0, 1);
    if (clean.isEmpty())
        return QString();
    if (isReservedOnWindows(clean))
        clean.prepend(QLatin1Char('_'));
    return truncateUtf8(clean, 255 - 10); // room for " (NNN)" and ".haul-part"
}

QString nameFromUrl(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyDecoded);
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    return sanitize(slash >= 0 ? path.mid(slash + 1) : path);
}

QString uniquePath(const QString &folder, const QString &name,
    const std::function<bool(const QString &path)> &taken)
{
    const QDir dir(folder);
    const QString first = QDir::cleanPath(dir.absoluteFilePath(name));
    if (!taken(first))
        return first;
    const auto [base, ext] = splitExtension(name);
    for (int n = 1;; ++n) {
        const QString candidate = QDir::cleanPath(
            dir.absoluteFilePath(QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(ext)));
        if (!taken(candidate))
            return candidate;
    }
}

bool isInside(const QString &folder, const QString &path)
{
    const QString f = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QString p = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return p.startsWith(f + QLatin1Char('/')) && !p.mid(f.size() + 1).contains(QLatin1Char('/'));
}

} // namespace FileNameSanitizer
