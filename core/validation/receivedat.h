#pragma once

#include "finding.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace aduan {

/// Result of parseReceivedAt(): `instant` is valid exactly when ok().
struct ReceivedAtCheck {
    QDateTime instant; ///< in the office zone given to parseReceivedAt(); invalid unless ok()
    Findings findings; ///< errors only (field "receivedAt")
    bool ok() const { return !hasErrors(findings); }
};

/// Result of parseOfficeDateTime(): `instant` is valid exactly when the text was read.
struct OfficeDateTimeCheck {
    QDateTime instant; ///< in the office zone given; invalid when empty or not readable
    Findings findings; ///< errors only, on the field given
    bool ok() const { return instant.isValid(); }
};

/// Reads a date and time typed in one go in office time, for any field of a form (the time
/// received, the team's meeting time): the shape parseReceivedAt() documents ("18/03/2026
/// 21.14"), read as a wall time in `zone`. Empty text gives no finding and no instant (each
/// field says itself what is missing). Errors, on `field`: `<field>.format` not of the shape
/// (the message quotes the input and gives an example); `<field>.date` a date or time that does
/// not exist (31/02/2026, 24.00).
OfficeDateTimeCheck parseOfficeDateTime(const QString& text, const QTimeZone& zone,
                                        const QString& field);

/// `instant` in `zone` as the office types it, "dd/MM/yyyy HH.mm"; empty for an invalid instant.
QString formatOfficeDateTime(const QDateTime& instant, const QTimeZone& zone);

/// Reads the date and time an indirect complaint (SMS, telephone, website, letter) reached the
/// office, typed in one go on the Formulir Aduan ("Diterima").
///
/// Format: day, month, year, then hour and minute, in office time (the office's zone, WIB =
/// UTC+7 / Asia/Jakarta by default; no zone is typed):
/// - the date `d/M/yyyy`: day and month of one or two digits, separated by "/", "-" or ".";
///   the year of four digits, or two digits meaning 20YY ("18/3/26" is 18 March 2026);
/// - then white space (a comma is allowed before it);
/// - the time `H.mm` or `H:mm` (24-hour, "21.14", "21:14", "7.05").
/// Leading and trailing white space is ignored. Examples: "18/03/2026 21.14",
/// "18-03-2026 21:14", "18/3/26 21.14", "18.03.2026, 21.14". formatReceivedAt() writes the
/// canonical "18/03/2026 21.14".
///
/// `now` (the injected clock's time, any zone) rejects a time in the future; `zone` is the
/// office's zone in which the typed wall time is read.
///
/// Errors (field "receivedAt"), each message saying what to type:
/// - `receivedAt.empty` nothing typed;
/// - `receivedAt.format` not of the shape above (the message quotes the input and gives an
///   example);
/// - `receivedAt.date` a date that does not exist (31/02/2026) or an hour/minute out of range
///   (24.00, 21.60);
/// - `receivedAt.future` later than `now` (see receivedAtInFuture()).
ReceivedAtCheck parseReceivedAt(const QString& text, const QDateTime& now, const QTimeZone& zone);

/// The time received as the officer types it: `instant` in `zone`, "dd/MM/yyyy HH.mm"
/// (e.g. "18/03/2026 21.14"); empty for an invalid instant. parseReceivedAt() reads it back.
QString formatReceivedAt(const QDateTime& instant, const QTimeZone& zone);

/// The one rule for a time received later than now: true when `receivedAt` is more than a minute
/// after `now` (a minute's leeway for PCs whose clocks differ slightly and for the minute being
/// typed). Both instants in any zone.
bool receivedAtInFuture(const QDateTime& receivedAt, const QDateTime& now);

/// The finding of that rule: `receivedAt.future`, an error on field "receivedAt".
Finding receivedAtFutureFinding();

} // namespace aduan
