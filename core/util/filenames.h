#pragma once

#include <QString>

namespace aduan {

/// A file name (one path component, no folder) made from `text`, e.g. a document title with an
/// agenda number: "Formulir Aduan 0001/ADUAN/III/2026" → "Formulir Aduan 0001-ADUAN-III-2026".
/// Every character a file system or a file dialog would take for more than a name becomes '-':
/// the folder separators '/' and '\', the characters Windows forbids (: * ? " < > |) and
/// control characters (line breaks, tabs). Runs of '-' are kept (a number's own dashes stay);
/// leading and trailing spaces and dots are removed (Windows drops trailing ones; a leading dot
/// hides a file on Linux); at most `maxLength` characters (default 120, well under the 255 of
/// common file systems). Returns `fallback` when nothing is left. No suffix is added or removed.
QString safeFileName(const QString &text, const QString &fallback = QStringLiteral("dokumen"),
                     int maxLength = 120);

} // namespace aduan
