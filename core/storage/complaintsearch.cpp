// ComplaintStore: the register — pages, totals, exports, inboxes and possible duplicates —
// with confidential identities blanked in the query for a viewer without the right.

#include "storage/complaintstore.h"

#include "storage/database.h"
#include "storage/registertotal.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "util/storagetime.h"
#include "validation/phone.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

// Whether a complaint's identity (NIK, phone, address, name) exists for the viewer: a public
// complaint's always, a confidential one's only for a viewer with the right (bound as :see), an
// anonymous one's never (it holds none). The one rule every identity match and every identity
// column follows: for a viewer without the right a confidential identity does not exist.
// `table` is the alias of the complaint table ("c."), empty for an unaliased subquery.
QString identityVisible(const QString &table)
{
    return u"("_s + table + u"confidentiality = 'biasa' OR ("_s + table
           + u"confidentiality = 'rahasia' AND :see = 1))"_s;
}

// The displayed complainant name: blanked in the query for a viewer without the right.
const QString kNameExpression =
    u"CASE WHEN c.confidentiality = 'anonim' THEN :anon "
    "WHEN c.confidentiality = 'rahasia' AND :see = 0 THEN :hidden "
    "ELSE c.complainant_name END"_s;

const QString kListColumns =
    u"c.id, c.agenda_number, c.received_at, c.registered_at, c.channel, c.subject, c.category, "
    "c.voided_at, c.void_reason, c.row_version, s.step_no AS open_step, s.actionable_at AS open_since, "
    "s.target_minutes AS open_target, st.actor_role AS open_actor, "
    "(SELECT COUNT(*) FROM pause p WHERE p.complaint_id = c.id AND p.resumed_at IS NULL) AS paused, "
    "(SELECT COUNT(*) FROM referral r WHERE r.complaint_id = c.id) AS referred, "_s
    + kNameExpression + u" AS display_name"_s;

const QString kNotVoided = u"c.voided_at IS NULL"_s;

// The complaints as this session may read them: the table, or on a person's own session on a
// server the complaint as the server lets that person see it (SqlDialect::complaintRelation()).
// A viewer's identity may then be hidden twice: by the server, and by the rule above.
QString complaints(const Database &db)
{
    return db.dialect().complaintRelation(db.isPersonSession());
}

QString listFrom(const Database &db)
{
    // The open step by the primary key (complaint_id, step_no): unindexed() keeps SQLite from
    // scanning every open step of the register through the index on completed_at for each row.
    return u" FROM "_s + complaints(db) + u" c LEFT JOIN step_record s ON s.complaint_id = c.id AND "_s
           + db.dialect().unindexed(u"s.completed_at"_s)
           + u" IS NULL LEFT JOIN sop_step st ON st.revision_id = c.sop_revision_id "
             "AND st.step_no = s.step_no "_s;
}

IntakeBookRow rowFromQuery(const SqlQuery &q)
{
    IntakeBookRow row;
    row.complaintId = q.integer(u"id"_s);
    row.agendaNumber = q.text(u"agenda_number"_s);
    row.receivedAt = fromStorageTime(q.text(u"received_at"_s));
    row.registeredAt = fromStorageTime(q.text(u"registered_at"_s));
    row.complainantName = q.text(u"display_name"_s);
    row.channel = channelFromCode(q.text(u"channel"_s)).value_or(Channel::Direct);
    row.subject = q.text(u"subject"_s);
    row.category = q.text(u"category"_s);
    row.rowVersion = int(q.integer(u"row_version"_s));
    const bool voided = !q.isNull(u"voided_at"_s);
    if (voided)
        row.voidReason = q.text(u"void_reason"_s);
    row.currentStep = voided || q.isNull(u"open_step"_s) ? 0 : int(q.integer(u"open_step"_s));
    row.status = deriveStatus({voided, row.currentStep > 0, q.integer(u"paused"_s) > 0,
                               q.integer(u"referred"_s) > 0});
    if (row.currentStep > 0) {
        row.currentActor = roleFromCode(q.text(u"open_actor"_s)).value_or(Role::Officer);
        row.currentTargetMinutes = int(q.integer(u"open_target"_s));
        row.currentActionableAt = fromStorageTime(q.text(u"open_since"_s));
    }
    return row;
}

void bindNameLabels(SqlQuery &q, bool canSee)
{
    q.bind(u":anon"_s, anonymousLabel())
        .bind(u":hidden"_s, hiddenIdentityLabel())
        .bind(u":see"_s, canSee ? 1 : 0);
}

} // namespace

/// A filter as SQL: its conditions, and a search's candidates (the ids matching the typed text,
/// from indexes only) kept apart so that each query can choose how to use them.
struct ComplaintStore::WhereClause {
    QStringList conditions;
    QString candidates; ///< a query of one column `id`; empty when not searching
    QList<std::pair<QString, QVariant>> binds;
    QString walkId; ///< "c.id" as a membership test only (SqlDialect::unindexed())

    bool searching() const { return !candidates.isEmpty(); }
    /// " WHERE ..." (or empty). `walkOrder`: the candidates only as a membership test (walkId
    /// keeps SQLite from looking each candidate up by id), so that the query walks
    /// the index of its ORDER BY and stops when the page is full.
    QString sql(bool walkOrder = false) const
    {
        QStringList all = conditions;
        if (searching())
            all << (walkOrder ? walkId : u"c.id"_s) + u" IN ("_s + candidates + u')';
        return all.isEmpty() ? QString() : u" WHERE "_s + all.join(u" AND "_s);
    }
};

namespace {

/// From this many candidates on, a search's page walks the date index rather than sorting the
/// candidates: sorting reads every candidate's row (at a million complaints a common word has
/// 80,000), the walk reads about 100 × total / candidates index entries.
constexpr int kWalkFromCandidates = 2000;

} // namespace

ComplaintStore::WhereClause ComplaintStore::where(const IntakeBookFilter &f, bool canSee) const
{
    WhereClause w;
    w.walkId = m_db.dialect().unindexed(u"c.id"_s);
    QStringList parts;
    if (f.fromDate.isValid()) {
        parts << u"c.received_at >= :from"_s;
        w.binds.append({u":from"_s, toStorageTime(QDateTime(f.fromDate, QTime(0, 0), m_zone))});
    }
    if (f.toDate.isValid()) {
        parts << u"c.received_at < :to"_s;
        w.binds.append(
            {u":to"_s, toStorageTime(QDateTime(f.toDate.addDays(1), QTime(0, 0), m_zone))});
    }
    if (f.channel) {
        parts << u"c.channel = :channel"_s;
        w.binds.append({u":channel"_s, channelCode(*f.channel)});
    }
    if (!f.includeVoided && !(f.status && *f.status == ComplaintStatus::Voided))
        parts << kNotVoided;
    if (f.status) {
        // The status's facts (statusCondition(), the rule of deriveStatus()) as SQL, in the
        // order void, open step, pause, referral.
        const StatusCondition want = statusCondition(*f.status);
        const std::pair<std::optional<bool>, std::pair<QString, QString>> facts[] = {
            {want.voided, {u"c.voided_at IS NOT NULL"_s, u"c.voided_at IS NULL"_s}},
            {want.stepOpen, {u"s.step_no IS NOT NULL"_s, u"s.step_no IS NULL"_s}},
            {want.paused,
             {u"EXISTS (SELECT 1 FROM pause p WHERE p.complaint_id = c.id AND p.resumed_at IS NULL)"_s,
              QString()}},
            {want.referred,
             {u"EXISTS (SELECT 1 FROM referral r WHERE r.complaint_id = c.id)"_s, QString()}},
        };
        QStringList terms;
        for (const auto &[value, sql] : facts) {
            if (value)
                terms << (*value ? sql.first
                                 : (sql.second.isEmpty() ? u"NOT "_s + sql.first : sql.second));
        }
        parts << terms.join(u" AND "_s);
    }
    if (f.step > 0) {
        parts << u"c.voided_at IS NULL AND s.step_no = :step"_s;
        w.binds.append({u":step"_s, f.step});
    }
    const QString search = f.search.trimmed();
    if (!search.isEmpty()) {
        // Numbers, NIKs and phones by prefix (their indexes), words by the full-text index; a
        // confidential identity only for a viewer with the right. Each way of matching reads
        // only its own index (the NIK and phone indexes carry the confidentiality, the
        // full-text index keeps public and confidential names apart), and their union is the
        // set of candidates.
        const QString identity = identityVisible(QString());
        w.binds.append({u":see"_s, canSee ? 1 : 0});
        const QString from = u"SELECT id FROM "_s + complaints(m_db);
        QStringList any = {from + u" WHERE agenda_number >= :prefix AND agenda_number < :prefixEnd"_s,
                           from + u" WHERE complainant_nik >= :prefix AND complainant_nik < :prefixEnd AND "_s
                               + identity,
                           from + u" WHERE complainant_phone >= :phone AND complainant_phone < :phoneEnd AND "_s
                               + identity};
        w.binds.append({u":prefix"_s, search});
        w.binds.append({u":prefixEnd"_s, QString(search + QChar(0xFFFF))});
        // Phones are stored as +62...: a search typed as 0812... finds them too.
        const QString phone = phoneStoredPrefix(search);
        w.binds.append({u":phone"_s, phone});
        w.binds.append({u":phoneEnd"_s, QString(phone + QChar(0xFFFF))});
        QStringList words;
        static const QRegularExpression wordPattern(u"[\\p{L}\\p{N}]+"_s);
        for (auto it = wordPattern.globalMatch(search); it.hasNext();)
            words << it.next().captured();
        if (!words.isEmpty()) {
            // Every word in the name, the subject or the description ("Siti PKH" finds Siti's
            // complaints about PKH).
            const SqlDialect &dialect = m_db.dialect();
            QStringList columns{u"public_name"_s, u"subject"_s, u"description"_s};
            if (canSee)
                columns << u"protected_name"_s;
            any << dialect.wordSearchIds(u":words"_s, complaints(m_db));
            w.binds.append({u":words"_s, dialect.wordSearchValue(columns, words)});
        }
        w.candidates = any.join(u" UNION "_s);
    }
    w.conditions = parts;
    return w;
}

bool ComplaintStore::manyCandidates(const WhereClause &w) const
{
    // UNION ALL streams: the probe stops at the threshold.
    QString candidates = w.candidates;
    SqlQuery q(m_db, u"SELECT COUNT(*) FROM (SELECT 1 FROM ("_s
                         + candidates.replace(u" UNION "_s, u" UNION ALL "_s)
                         + u") AS candidate LIMIT :probeLimit) AS probe"_s);
    for (const auto &[name, value] : w.binds) {
        if (w.candidates.contains(name))
            q.bind(name, value);
    }
    q.bind(u":probeLimit"_s, kWalkFromCandidates);
    return q.scalar().toInt() >= kWalkFromCandidates;
}

QList<IntakeBookRow> ComplaintStore::list(const IntakeBookFilter &filter, bool canSee,
                                          IntakeBookSort sort, bool descending, int offset,
                                          int limit) const
{
    const WhereClause w = where(filter, canSee);
    // The complainant's and the status's orders over a large part of the register (no dates
    // chosen; no search, or one with many candidates): merged from blocks read in index order
    // instead of sorting every row (issue 22). A month, a short search: sorting them is cheaper.
    const bool broadSort = (sort == IntakeBookSort::Complainant || sort == IntakeBookSort::Status)
                           && !filter.fromDate.isValid() && !filter.toDate.isValid();
    if (broadSort && (!w.searching() || manyCandidates(w)))
        return listInBlocks(w, canSee, sort, descending, offset, limit);
    QString order;
    switch (sort) {
    case IntakeBookSort::ReceivedAt: order = u"c.received_at"_s; break;
    case IntakeBookSort::AgendaNumber: order = u"c.agenda_year %1, c.agenda_seq"_s; break;
    case IntakeBookSort::Complainant: order = u"display_name"_s; break;
    case IntakeBookSort::Status: order = u"c.voided_at IS NOT NULL %1, s.step_no"_s; break;
    }
    const QString direction = descending ? u"DESC"_s : u"ASC"_s;
    if (order.contains(u"%1"_s))
        order = order.arg(direction);
    // A search sorts its few candidates (unindexed() keeps SQLite from walking the date index
    // of every complaint hoping to fill the page early); many candidates are better met by
    // walking the index of the order (date or number) and testing each for membership.
    const bool indexedOrder = sort == IntakeBookSort::ReceivedAt || sort == IntakeBookSort::AgendaNumber;
    const bool walk = w.searching() && indexedOrder && manyCandidates(w);
    // A range of dates is met through the date index and its rows sorted: walking the number's
    // index instead would read every complaint before the range (1.5 s for last month at a
    // million by number).
    const bool dated = filter.fromDate.isValid() || filter.toDate.isValid();
    if ((w.searching() && !walk) || (dated && sort != IntakeBookSort::ReceivedAt))
        order = m_db.dialect().unindexed(order);
    order += u' ' + direction + u", c.id "_s + direction;
    SqlQuery q(m_db, u"SELECT "_s + kListColumns + listFrom(m_db) + w.sql(walk) + u" ORDER BY "_s + order
                         + u" LIMIT :limit OFFSET :offset"_s);
    q.bind(w.binds);
    bindNameLabels(q, canSee);
    return q.bind(u":limit"_s, limit).bind(u":offset"_s, offset).rows(rowFromQuery);
}

QList<IntakeBookRow> ComplaintStore::listInBlocks(const WhereClause &w, bool canSee,
                                                  IntakeBookSort sort, bool descending,
                                                  int offset, int limit) const
{
    // Each block is a part of the register whose rows sort among themselves by an index's
    // order: its first offset + limit ids are read by walking that index (and testing the
    // filter on each row), the blocks' ids are merged by the shown order, and only the page's
    // rows are then read whole. The blocks of the complainant's order: the names shown
    // (complaint_name, migration 8), and one block per label shown instead of a name (all
    // equal: by id). Of the status's order (voided last, then the open step, none first): not
    // voided and closed (by id), not voided and open (the open steps, by step and id), voided
    // (few). A search's candidates are found once (a materialized WITH) for every block.
    struct Block {
        QString keys; ///< the row's id and sort key: pick_id, k1, k2
        QString from;
        QString condition; ///< the whole WHERE
        QString order;
    };
    const SqlDialect &dialect = m_db.dialect();
    const QString withSteps = listFrom(m_db);
    const QString dir = descending ? u" DESC"_s : u" ASC"_s;
    // The filter, a search's candidates as the WITH below holds them.
    QStringList conditions = w.conditions;
    if (w.searching())
        conditions << w.walkId + u" IN (SELECT id FROM candidate)"_s;
    const auto filtered = [&](const QString &condition) {
        return QStringList(conditions + QStringList{condition}).join(u" AND "_s);
    };
    QList<Block> blocks;
    if (sort == IntakeBookSort::Complainant) {
        const QString keys = u"c.id AS pick_id, "_s + kNameExpression + u" AS k1, 0 AS k2"_s;
        blocks << Block{keys, u" FROM "_s + complaints(m_db) + u" c"_s,
                        filtered(u"c.complainant_name IS NOT NULL AND "_s
                                 + (canSee ? u"c.confidentiality <> 'anonim'"_s
                                           : u"c.confidentiality = 'biasa'"_s)),
                        u"c.complainant_name"_s + dir + u", c.id"_s + dir};
        if (!canSee) {
            blocks << Block{keys, u" FROM "_s + complaints(m_db) + u" c"_s, filtered(u"c.confidentiality = 'rahasia'"_s),
                            u"c.id"_s + dir};
        }
        blocks << Block{keys, u" FROM "_s + complaints(m_db) + u" c"_s, filtered(u"c.confidentiality = 'anonim'"_s),
                        u"c.id"_s + dir};
    } else {
        const QString keys = u"c.id AS pick_id, CASE WHEN c.voided_at IS NULL THEN 0 ELSE 1 END AS k1, "
                             "s.step_no AS k2"_s;
        blocks << Block{keys, withSteps, filtered(u"c.voided_at IS NULL AND s.step_no IS NULL"_s),
                        u"c.id"_s + dir};
        // Without a filter on the complaint's columns (the whole register, a search), the open
        // steps are read from their index alone, the voided complaints told by their partial
        // index: no complaint row is read to sort the open ones.
        const bool stepsAlone = w.conditions.isEmpty() || w.conditions == QStringList{kNotVoided};
        if (stepsAlone) {
            const QString voided = u"(SELECT id FROM "_s + complaints(m_db) + u" WHERE voided_at IS NOT NULL)"_s;
            const QString member = w.searching() ? u" AND s.complaint_id IN (SELECT id FROM candidate)"_s
                                                 : QString();
            const QString openSteps = u"s.completed_at IS NULL AND s.complaint_id "_s;
            const QString stepOrder = u"s.step_no"_s + dir + u", s.complaint_id"_s + dir;
            blocks << Block{u"s.complaint_id AS pick_id, 0 AS k1, s.step_no AS k2"_s,
                            u" FROM step_record s"_s, openSteps + u"NOT IN "_s + voided + member,
                            stepOrder};
            if (w.conditions.isEmpty()) {
                blocks << Block{u"s.complaint_id AS pick_id, 1 AS k1, s.step_no AS k2"_s,
                                u" FROM step_record s"_s, openSteps + u"IN "_s + voided + member,
                                stepOrder}
                       // Voided after its last step (no open step): none when voiding keeps it.
                       << Block{u"c.id AS pick_id, 1 AS k1, CAST(NULL AS INTEGER) AS k2"_s,
                                u" FROM "_s + complaints(m_db) + u" c"_s,
                                filtered(u"c.voided_at IS NOT NULL AND c.closed_at IS NOT NULL"_s),
                                // through the voided ones' index, not a walk of every id
                                dialect.unindexed(u"c.id"_s) + dir};
            }
        } else {
            blocks << Block{keys, u" FROM step_record s JOIN "_s + complaints(m_db) + u" c ON c.id = s.complaint_id "_s,
                            filtered(u"s.completed_at IS NULL AND c.voided_at IS NULL"_s),
                            u"s.step_no"_s + dir + u", s.complaint_id"_s + dir}
                   << Block{keys, withSteps, filtered(u"c.voided_at IS NOT NULL"_s),
                            u"s.step_no"_s + dir + u", c.id"_s + dir};
        }
    }
    QStringList parts;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks.at(i);
        parts << u"SELECT * FROM (SELECT "_s + b.keys + b.from + u" WHERE "_s + b.condition
                     + u" ORDER BY "_s + b.order + u" LIMIT :blockLimit) AS block%1"_s.arg(i);
    }
    const QString order = u"pick.k1"_s + dir + u", pick.k2"_s + dir + u", pick.pick_id"_s + dir;
    SqlQuery q(m_db, (w.searching() ? u"WITH candidate AS MATERIALIZED ("_s + w.candidates + u") "_s
                                    : QString())
                         + u"SELECT "_s + kListColumns + u" FROM (SELECT * FROM ("_s
                         + parts.join(u" UNION ALL "_s) + u") AS blocks ORDER BY "_s
                         + QString(order).replace(u"pick."_s, QString())
                         + u" LIMIT :limit OFFSET :offset) AS pick JOIN "_s + complaints(m_db) + u" c ON c.id = pick.pick_id "
                           "LEFT JOIN step_record s ON s.complaint_id = c.id AND "_s
                         + dialect.unindexed(u"s.completed_at"_s)
                         + u" IS NULL LEFT JOIN sop_step st ON st.revision_id = c.sop_revision_id "
                           "AND st.step_no = s.step_no ORDER BY "_s + order);
    q.bind(w.binds);
    bindNameLabels(q, canSee);
    return q.bind(u":blockLimit"_s, offset + limit)
        .bind(u":limit"_s, limit)
        .bind(u":offset"_s, offset)
        .rows(rowFromQuery);
}

qint64 ComplaintStore::count(const IntakeBookFilter &filter, bool canSee) const
{
    // The whole register: the stored total (migration 12), not a count of every complaint —
    // on a shared file that count read an index of every complaint into a fresh cache.
    if (isWholeRegister(filter))
        return storedRegisterTotal(m_db);
    const WhereClause w = where(filter, canSee);
    QString sql;
    if (w.searching() && w.conditions.isEmpty()) {
        // A search alone, voided complaints included: the candidates, from indexes only.
        sql = u"SELECT COUNT(*) FROM ("_s + w.candidates + u") AS candidate"_s;
    } else if (w.searching() && w.conditions == QStringList{kNotVoided}) {
        // A search alone: the candidates less the voided among them, both from indexes only
        // (the partial index of voided complaints), never reading the candidates' rows.
        sql = u"SELECT (SELECT COUNT(*) FROM ("_s + w.candidates
              + u") AS candidate) - (SELECT COUNT(*) FROM "_s + complaints(m_db) + u" c WHERE c.voided_at IS NOT NULL AND "_s + w.walkId + u" IN ("_s
              + w.candidates + u"))"_s;
    } else {
        // The open step's join is needed only to filter by status or step.
        const bool needsSteps = filter.status || filter.step > 0;
        sql = u"SELECT COUNT(*)"_s + (needsSteps ? listFrom(m_db) : (u" FROM "_s + complaints(m_db) + u" c "_s)) + w.sql();
    }
    SqlQuery q(m_db, sql);
    q.bind(w.binds);
    return q.scalar().toLongLong();
}

void ComplaintStore::exportRows(const IntakeBookFilter &filter, bool canSee,
                                const std::function<void(const QList<ExportRow> &)> &sink,
                                int chunk) const
{
    const WhereClause w = where(filter, canSee);
    const QString identity = identityVisible(u"c."_s);
    const QString sql = u"SELECT "_s + kListColumns + u", CASE WHEN "_s + identity
                        + u" THEN c.complainant_nik END AS x_nik, CASE WHEN "_s + identity
                        + u" THEN c.complainant_phone END AS x_phone, CASE WHEN "_s + identity
                        + u" THEN c.complainant_address END AS x_address, c.description, "
                          "c.location, c.class_code, c.deadline_at"_s
                        + listFrom(m_db) + w.sql()
                        + u" ORDER BY c.agenda_year, c.agenda_seq, c.id LIMIT :limit OFFSET :offset"_s;
    for (int offset = 0;; offset += chunk) {
        QList<ExportRow> rows;
        {
            SqlQuery q(m_db, sql);
            q.bind(w.binds);
            bindNameLabels(q, canSee);
            q.bind(u":limit"_s, chunk).bind(u":offset"_s, offset).exec();
            while (q.next()) {
                ExportRow r;
                r.line = rowFromQuery(q);
                r.nik = q.text(u"x_nik"_s);
                r.phone = q.text(u"x_phone"_s);
                r.address = q.text(u"x_address"_s);
                r.description = q.text(u"description"_s);
                r.location = q.text(u"location"_s);
                r.classCode = q.text(u"class_code"_s);
                r.deadlineAt = fromStorageTime(q.text(u"deadline_at"_s));
                rows << r;
            }
        }
        if (!rows.isEmpty())
            sink(rows);
        if (rows.size() < chunk)
            break;
    }
}

QList<IntakeBookRow> ComplaintStore::openForRoles(const QList<Role> &roles, bool canSee) const
{
    QStringList codes;
    for (Role role : roles)
        codes << u'\'' + roleCode(role) + u'\'';
    if (codes.isEmpty())
        return {};
    // From the open steps (their partial index), never from every complaint of the register.
    SqlQuery q(m_db, u"SELECT "_s + kListColumns
                         + u" FROM step_record s JOIN "_s + complaints(m_db) + u" c ON c.id = s.complaint_id "
                           "JOIN sop_step st ON st.revision_id = c.sop_revision_id AND st.step_no = s.step_no "
                           "WHERE s.completed_at IS NULL AND c.voided_at IS NULL AND "
                           "st.actor_role IN ("_s
                         + codes.join(u", "_s) + u") ORDER BY s.actionable_at, c.id"_s);
    bindNameLabels(q, canSee);
    return q.rows(rowFromQuery);
}

QList<PossibleDuplicate> ComplaintStore::recentOpenByIdentity(const QString &nik,
                                                              const QString &phone,
                                                              const QDateTime &since,
                                                              bool canSee) const
{
    if (nik.isEmpty() && phone.isEmpty())
        return {};
    SqlQuery q(m_db, u"SELECT c.id, c.agenda_number, c.received_at, c.subject, "
                     "c.complainant_nik, c.complainant_phone, "_s
                         + kNameExpression
                         + u" AS display_name FROM "_s + complaints(m_db) + u" c WHERE c.voided_at IS NULL "
                           "AND c.received_at >= :since AND EXISTS (SELECT 1 FROM step_record s "
                           "WHERE s.complaint_id = c.id AND "_s + m_db.dialect().unindexed(u"s.completed_at"_s)
                         + u" IS NULL) "
                           "AND "_s + identityVisible(u"c."_s)
                         + u" AND ((:nik <> '' AND c.complainant_nik = :nik) OR "
                           "(:phone <> '' AND c.complainant_phone = :phone)) "
                           "ORDER BY c.received_at DESC"_s);
    bindNameLabels(q, canSee);
    q.bind(u":since"_s, toStorageTime(since)).bind(u":nik"_s, nik).bind(u":phone"_s, phone).exec();
    QList<PossibleDuplicate> out;
    while (q.next()) {
        PossibleDuplicate d;
        d.complaintId = q.integer(u"id"_s);
        d.agendaNumber = q.text(u"agenda_number"_s);
        d.receivedAt = fromStorageTime(q.text(u"received_at"_s));
        d.complainantName = q.text(u"display_name"_s);
        d.subject = q.text(u"subject"_s);
        d.matchedOn = (!nik.isEmpty() && q.text(u"complainant_nik"_s) == nik) ? u"nik"_s
                                                                               : u"phone"_s;
        out << d;
    }
    return out;
}

} // namespace aduan
