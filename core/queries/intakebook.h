#pragma once

#include "calendar/officecalendar.h"
#include "domain/auditentry.h"
#include "domain/complaint.h"
#include "domain/intakebook.h"
#include "domain/possibleduplicate.h"
#include "domain/user.h"
#include "workflow/stepclock.h"

#include <QList>

#include <optional>

namespace aduan {

class Clock;
class Database;

/// A complaint waiting for the viewer's own step, with its clock.
struct InboxItem {
    IntakeBookRow row;
    StepClock clock;
};

/// The read side: the Buku Penerimaan Pengaduan (register), each user's inbox and a complaint's
/// detail, always as one viewer may see them — confidential identities blanked for a viewer
/// without the right (decided in the storage query, not by the screen).
class IntakeBook
{
public:
    IntakeBook(Database &db, const Clock &clock);

    /// The viewing user; Error(Forbidden) when unknown or inactive.
    User viewer(qint64 viewerId) const;
    OfficeCalendar calendar() const;

    QList<IntakeBookRow> page(qint64 viewerId, const IntakeBookFilter &filter,
                              IntakeBookSort sort = IntakeBookSort::ReceivedAt,
                              bool descending = true, int offset = 0, int limit = 100) const;
    /// The total for a filter (COUNT(*)).
    qint64 count(qint64 viewerId, const IntakeBookFilter &filter) const;
    /// Every row of a filter, for printing and exports (all rows, however many).
    QList<IntakeBookRow> all(qint64 viewerId, const IntakeBookFilter &filter,
                             IntakeBookSort sort = IntakeBookSort::AgendaNumber,
                             bool descending = false) const;

    /// Complaints waiting for a step of one of the viewer's roles (and the head's step while a
    /// delegation makes the viewer acting head), oldest first, with their clocks at now.
    QList<InboxItem> inbox(qint64 viewerId) const;
    /// One complaint as the viewer may see it; Error(NotFound) when there is none.
    ComplaintRecord complaint(qint64 viewerId, qint64 complaintId) const;
    std::optional<qint64> findByAgendaNumber(const QString &agendaNumber) const;
    /// The content of one attachment (evidence file), for the viewer to open or save a copy of.
    /// Error(NotFound) when there is no such attachment; Error(Forbidden) when it belongs to a
    /// confidential complaint and the viewer lacks the right to see confidential identities
    /// (evidence such as an identity card shows the identity).
    QByteArray attachmentContent(qint64 viewerId, qint64 attachmentId) const;
    /// The change history of one complaint, oldest first. For a confidential complaint and a
    /// viewer without the right to see confidential identities, an identity value an entry
    /// holds (step 5's "smsTo", an amendment's complainant fields: entries written before
    /// identities were kept out of the history) reads "Dirahasiakan". Error(NotFound) for an
    /// unknown viewer.
    QList<AuditEntry> history(qint64 viewerId, qint64 complaintId) const;
    /// Open complaints of the last `days` days with the same NIK or phone (normalised).
    QList<PossibleDuplicate> possibleDuplicates(qint64 viewerId, const QString &nik,
                                                const QString &phone, int days = 30) const;
    /// The clock of a complaint's step at now.
    StepClock stepClock(const ComplaintRecord &complaint, const StepState &step) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace aduan
