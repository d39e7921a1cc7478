#pragma once

#include "finding.h"

#include <QString>
#include <QStringList>

namespace aduan {

/// The shape of a text field: one line (names, numbers, addresses, subjects) or several
/// (descriptions, notes, decisions).
enum class TextShape { SingleLine, MultiLine };

/// Checks that a typed text holds only characters that show and print as they are stored.
///
/// Refused (each an Error finding with field `field`):
/// - `<field>.control`: a control character (Unicode category Cc: NUL, escape, the C1 controls,
///   ...) or a line/paragraph separator (U+2028, U+2029) — except line feed, carriage return
///   and tab in a MultiLine field. They are invisible on screen, break printed lines, and
///   truncate or corrupt exports.
/// - `<field>.bidi`: a bidirectional embedding, override or isolate character (U+202A–U+202E,
///   U+2066–U+2069): it makes a text display other than it is stored ("Ahmad exe.live" stored
///   as "Ahmad \u202Eevil.exe"). Unicode Technical Report #36 (security considerations) names
///   them as the means of such spoofing. Right-to-left scripts themselves need none of them.
///
/// `label` is the field's name as the user reads it (already translated), used in the message,
/// which names the character (U+XXXX) and its position (1-based, in characters). Pure; never
/// throws. Returns no finding for an acceptable text.
Findings checkPlainText(const QString &text, const QString &field, const QString &label,
                        TextShape shape);

/// `text` with every character that checkPlainText() refuses even in a multi-line field (control
/// characters other than line feed, carriage return and tab; U+2028, U+2029; the bidirectional
/// controls) written out visibly as "[U+XXXX]" (hexadecimal, at least four digits). For exports
/// of text stored before these checks existed, or written by another program: a cell shows
/// every character it holds, none is dropped (an XLSX string ends at NUL) and none reorders the
/// text around it. Texts without such characters come back unchanged.
QString revealHiddenCharacters(const QString &text);

/// The same check for a command's input: throws Error(Invalid) carrying the findings (the
/// first one's message) when `text` holds a refused character; field "text".
void requirePlainText(const QString &text, const QString &label,
                      TextShape shape = TextShape::MultiLine);
/// requirePlainText() for each of several one-line texts (attendees, instructions, ...).
void requirePlainTexts(const QStringList &texts, const QString &label);

} // namespace aduan
