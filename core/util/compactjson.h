#pragma once

#include <QByteArray>
#include <QStringView>

namespace aduan {

/// Appends `text` to `out` as a JSON string literal (quotes included), byte for byte as
/// QJsonDocument::toJson(QJsonDocument::Compact) writes a string value (Qt 6,
/// qjsonwriter.cpp): '"' and '\' escaped, the control characters as \b \f \n \r \t or \u00xx,
/// a lone surrogate as \uxxxx (lower-case hex), everything else as UTF-8.
///
/// For digests over JSON text that was written by QJsonDocument before (the history's row seals,
/// storage/rowseal.cpp): writing the text directly saves building a QJsonArray of every cell,
/// and must give the same bytes, or every stored seal would read as changed.
/// tests/unit/test_compactjson.cpp compares the two for every UTF-16 code unit.
void appendJsonString(QByteArray &out, QStringView text);

} // namespace aduan
