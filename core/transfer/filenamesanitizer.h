#pragma once

#include <QString>
#include <QUrl>
#include <functional>

// Turns names proposed by servers and URLs into safe file names inside a chosen folder.
namespace FileNameSanitizer {
// A single file name: no directory parts, no "..", no control characters, no characters
// or names reserved on Windows, at most 255 bytes of UTF-8. Empty when nothing is left.
QString sanitize(const QString &proposed);
// The last path segment of the URL, sanitized; empty when it gives nothing.
QString nameFromUrl(const QUrl &url);
// "name.ext", then "name (1).ext", "name (2).ext", ... the first one for which `taken`
// answers false. The result is an absolute path inside `folder`.
QString uniquePath(const QString &folder, const QString &name,
    const std::function<bool(const QString &path)> &taken);
// True when `path` lies inside `folder` once both are made absolute and clean.
bool isInside(const QString &folder, const QString &path);
} // namespace FileNameSanitizer
