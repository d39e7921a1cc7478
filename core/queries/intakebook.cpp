#include "queries/intakebook.h"

#include "auth/whomayact.h"
#include "domain/channel.h"
#include "storage/auditlog.h"
#include "storage/complaintstore.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/userstore.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace aduan {

IntakeBook::IntakeBook(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

User IntakeBook::viewer(qint64 viewerId) const
{
    UserStore users(m_db);
    return requireActiveUser(users, viewerId);
}

OfficeCalendar IntakeBook::calendar() const
{
    return SettingsStore(m_db).calendar();
}

QList<IntakeBookRow> IntakeBook::page(qint64 viewerId, const IntakeBookFilter &filter,
                                      IntakeBookSort sort, bool descending, int offset,
                                      int limit) const
{
    QList<IntakeBookRow> rows;
    // One read transaction for the viewer, the calendar and the page: on a shared file each
    // transaction costs its own lock, change-counter read and unlock (README, "On a network
    // share").
    m_db.read([&] {
        const User user = viewer(viewerId);
        rows = ComplaintStore(m_db, calendar().timeZone())
                   .list(filter, user.canSeeConfidential, sort, descending, offset, limit);
    });
    return rows;
}

qint64 IntakeBook::count(qint64 viewerId, const IntakeBookFilter &filter) const
{
    qint64 n = 0;
    m_db.read([&] {
        const User user = viewer(viewerId);
        n = ComplaintStore(m_db, calendar().timeZone()).count(filter, user.canSeeConfidential);
    });
    return n;
}

QList<IntakeBookRow> IntakeBook::all(qint64 viewerId, const IntakeBookFilter &filter,
                                     IntakeBookSort sort, bool descending) const
{
    QList<IntakeBookRow> rows;
    m_db.read([&] {
        const User user = viewer(viewerId);
        ComplaintStore store(m_db, calendar().timeZone());
        constexpr int kChunk = 5000;
        for (int offset = 0;; offset += kChunk) {
            const QList<IntakeBookRow> chunk =
                store.list(filter, user.canSeeConfidential, sort, descending, offset, kChunk);
            rows << chunk;
            if (chunk.size() < kChunk)
                break;
        }
    });
    return rows;
}

QList<InboxItem> IntakeBook::inbox(qint64 viewerId) const
{
    const QDateTime now = m_clock.now();
    QList<InboxItem> items;
    m_db.read([&] {
        const User user = viewer(viewerId);
        const OfficeCalendar cal = calendar();
        QList<Role> roles = user.roles;
        for (const Delegation &d : UserStore(m_db).delegationsFor(user.id, cal.officeDate(now))) {
            if (!roles.contains(d.role))
                roles << d.role;
        }
        ComplaintStore store(m_db, cal.timeZone());
        for (const IntakeBookRow &row : store.openForRoles(roles, user.canSeeConfidential)) {
            const auto record = store.load(row.complaintId, user.canSeeConfidential);
            if (!record || !record->currentStep())
                continue;
            items << InboxItem{row, StepClock::of(*record, *record->currentStep(), cal, now)};
        }
    });
    return items;
}

ComplaintRecord IntakeBook::complaint(qint64 viewerId, qint64 complaintId) const
{
    std::optional<ComplaintRecord> record;
    m_db.read([&] {
        const User user = viewer(viewerId);
        record = ComplaintStore(m_db, calendar().timeZone()).load(complaintId, user.canSeeConfidential);
    });
    if (!record) {
        throw Error(Error::Code::NotFound,
                    QCoreApplication::translate("aduan::Workflow",
                                                "This complaint does not exist."));
    }
    return *record;
}

std::optional<qint64> IntakeBook::findByAgendaNumber(const QString &agendaNumber) const
{
    return ComplaintStore(m_db, calendar().timeZone()).idByAgendaNumber(agendaNumber.trimmed());
}

QByteArray IntakeBook::attachmentContent(qint64 viewerId, qint64 attachmentId) const
{
    const User user = viewer(viewerId);
    const ComplaintStore store(m_db, calendar().timeZone());
    const auto confidentiality = store.attachmentConfidentiality(attachmentId);
    if (!confidentiality) {
        throw Error(Error::Code::NotFound,
                    QCoreApplication::translate("aduan::Workflow",
                                                "This attachment does not exist."));
    }
    if (*confidentiality == Confidentiality::Confidential && !user.canSeeConfidential) {
        throw Error(Error::Code::Forbidden,
                    QCoreApplication::translate("aduan::Workflow",
                                                "The attachments of a confidential complaint "
                                                "can only be opened by users with the right to "
                                                "see confidential identities."));
    }
    return store.attachmentContent(attachmentId);
}

QList<AuditEntry> IntakeBook::history(qint64 viewerId, qint64 complaintId) const
{
    const User user = viewer(viewerId);
    QList<AuditEntry> entries = AuditLog(m_db).entriesFor(u"complaint"_s, complaintId);
    if (user.canSeeConfidential)
        return entries;
    const auto complaint = ComplaintStore(m_db, calendar().timeZone()).load(complaintId, false);
    if (!complaint || !complaint->identityHidden)
        return entries;
    // Entries written before confidential identities were kept out of the history (step 5's
    // "smsTo" before issue 14's second probe): for this viewer such a value does not exist.
    static const QStringList identityKeys = {u"smsTo"_s, u"complainantName"_s,
                                             u"complainantPhone"_s, u"complainantNik"_s,
                                             u"complainantAddress"_s};
    for (AuditEntry &entry : entries) {
        for (const QString &key : identityKeys) {
            if (entry.oldValue.contains(key))
                entry.oldValue.insert(key, hiddenIdentityLabel());
            if (entry.newValue.contains(key))
                entry.newValue.insert(key, hiddenIdentityLabel());
        }
    }
    return entries;
}

QList<PossibleDuplicate> IntakeBook::possibleDuplicates(qint64 viewerId, const QString &nik,
                                                        const QString &phone, int days) const
{
    const User user = viewer(viewerId);
    return ComplaintStore(m_db, calendar().timeZone())
        .recentOpenByIdentity(nik, phone, m_clock.now().addDays(-days), user.canSeeConfidential);
}

StepClock IntakeBook::stepClock(const ComplaintRecord &complaint, const StepState &step) const
{
    return StepClock::of(complaint, step, calendar(), m_clock.now());
}

} // namespace aduan
