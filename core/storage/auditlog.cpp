#include "storage/auditlog.h"

#include "storage/bulkstatement.h"
#include "storage/database.h"
#include "storage/postgres/personsession.h"
#include "storage/rowseal.h"
#include "storage/settingsstore.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "util/error.h"
#include "util/storagetime.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

QString compact(const QJsonObject &object)
{
    // QJsonObject keeps its keys sorted, so the compact text is canonical.
    return object.isEmpty() ? QString()
                            : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

AuditEntry entryFromRow(const SqlQuery &q)
{
    AuditEntry e;
    e.id = q.integer(u"id"_s);
    e.at = fromStorageTime(q.text(u"at"_s));
    e.userId = q.integer(u"user_id"_s);
    e.action = q.text(u"action"_s);
    e.entity = q.text(u"entity"_s);
    e.entityId = q.integer(u"entity_id"_s);
    e.oldValue = parse(q.text(u"old_value"_s));
    e.newValue = parse(q.text(u"new_value"_s));
    e.prevHash = q.text(u"prev_hash"_s);
    e.hash = q.text(u"hash"_s);
    e.seal = q.text(u"seal"_s);
    e.dbRole = q.text(u"db_role"_s);
    return e;
}

/// The chain's head as recorded in the meta table by every append, in the same transaction:
/// it lets verify() notice that the newest entries were deleted, which the links alone cannot
/// show.
struct RecordedHead {
    qint64 length = 0;
    qint64 id = 0;
    QString hash;
    /// The head entry's time (storage text, UTC); empty when recorded by an earlier version.
    QString at;
};

std::optional<RecordedHead> recordedHead(const Database &db)
{
    SqlQuery q(db, u"SELECT key, value FROM meta WHERE key IN ('audit_length', 'audit_head_id', "
                   "'audit_head', 'audit_head_at')"_s);
    q.exec();
    RecordedHead head;
    int found = 0;
    while (q.next()) {
        const QString key = q.text(u"key"_s);
        const QString value = q.text(u"value"_s);
        ++found;
        if (key == u"audit_length"_s)
            head.length = value.toLongLong();
        else if (key == u"audit_head_id"_s)
            head.id = value.toLongLong();
        else if (key == u"audit_head_at"_s)
            head.at = value;
        else
            head.hash = value;
    }
    if (found == 0)
        return std::nullopt;
    return head;
}

void recordHead(const Database &db, const RecordedHead &head)
{
    SqlQuery q(db, u"INSERT INTO meta (key, value) VALUES ('audit_length', :length), "
                   "('audit_head_id', :id), ('audit_head', :hash), ('audit_head_at', :at) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.bind(u":length"_s, QString::number(head.length))
        .bind(u":id"_s, QString::number(head.id))
        .bind(u":hash"_s, head.hash)
        .bind(u":at"_s, head.at)
        .exec();
}

/// Refusal of a write stamped well before the newest history entry.
Error clockBehind(Database &db, const QDateTime &at, const QDateTime &newest)
{
    const QTimeZone zone = SettingsStore(db).calendar().timeZone();
    const QString format = u"d MMMM yyyy, HH:mm"_s;
    return Error(Error::Code::ClockWrong,
                 QCoreApplication::translate(
                     "aduan::Database",
                     "This PC's clock says %1, but the shared database already holds a change "
                     "made at %2: this PC's clock is behind (or another PC's is ahead). Nothing "
                     "was saved; what you typed is kept. Ask the administrator to set the "
                     "clocks right, then save again.")
                     .arg(QLocale().toString(at.toTimeZone(zone), format),
                          QLocale().toString(newest.toTimeZone(zone), format)),
                 u"now %1, newest history entry %2"_s.arg(toStorageTime(at),
                                                          toStorageTime(newest)));
}

} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QString AuditLog::computeHash(const AuditEntry &entry)
{
    QJsonArray canonical{entry.prevHash,     toStorageTime(entry.at),
                         entry.userId,       entry.action,
                         entry.entity,       entry.entityId,
                         compact(entry.oldValue), compact(entry.newValue)};
    // Entries written before seals existed hash as they always did.
    if (!entry.seal.isEmpty())
        canonical << entry.seal;
    // Entries the PostgreSQL server wrote for a person's session (aduan_append_history() of
    // resources/sql/postgres/007_person_roles.sql, which hashes the same array) name the role.
    if (!entry.dbRole.isEmpty())
        canonical << entry.dbRole;
    const QByteArray bytes = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QDateTime AuditLog::newestTime() const
{
    SqlQuery q(m_db, u"SELECT at FROM audit_entry ORDER BY id DESC LIMIT 1"_s);
    const QVariant at = q.scalar();
    return at.isValid() ? fromStorageTime(at.toString()) : QDateTime();
}

QString AuditLog::headHash() const
{
    SqlQuery q(m_db, u"SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1"_s);
    const QVariant head = q.scalar();
    return head.isValid() ? head.toString() : genesisHash();
}

namespace {

/// The time an entry appended now at `at` is stamped with: `at` (UTC), or the newest entry's
/// time when `at` is earlier by up to AuditLog::kClockToleranceSeconds. Throws
/// Error(ClockWrong) when earlier still.
QDateTime stampFor(Database &db, const QDateTime &at, const std::optional<RecordedHead> &recorded)
{
    // The newest row's time is read only where an earlier version recorded no time.
    const QDateTime newest = recorded && !recorded->at.isEmpty() ? fromStorageTime(recorded->at)
                                                                 : AuditLog(db).newestTime();
    const QDateTime stamp = at.toUTC();
    if (newest.isValid() && stamp < newest) {
        if (stamp.secsTo(newest) > AuditLog::kClockToleranceSeconds)
            throw clockBehind(db, stamp, newest);
        return newest;
    }
    return stamp;
}

} // namespace

qint64 AuditLog::appendSealed(const QDateTime &at, const QString &action, const QString &entity,
                              const QList<std::pair<qint64, QString>> &seals,
                              const QJsonObject &newValue)
{
    Q_ASSERT(m_db.inTransaction());
    if (seals.isEmpty())
        return 0;
    if (m_db.isPersonSession()) {
        // The server writes a person's entries (append()), one by one.
        for (const auto &[entityId, seal] : seals)
            append(at, 0, action, entity, entityId, {}, newValue);
        return seals.size();
    }
    const std::optional<RecordedHead> recorded = recordedHead(m_db);
    AuditEntry entry;
    entry.at = stampFor(m_db, at, recorded);
    entry.action = action;
    entry.entity = entity;
    entry.newValue = newValue;
    entry.prevHash = recorded ? recorded->hash : headHash();
    const QString newText = compact(newValue);
    const std::unique_ptr<BulkStatement> insert = m_db.dialect().prepareBulk(
        m_db, u"INSERT INTO audit_entry (at, user_id, action, entity, entity_id, old_value, "
              "new_value, prev_hash, hash, seal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const auto &[entityId, seal] : seals) {
        entry.entityId = entityId;
        entry.seal = seal;
        entry.hash = computeHash(entry);
        insert->execRow({entry.at, nullptr, action, entity, entityId, nullptr, newText,
                         entry.prevHash, entry.hash, seal});
        entry.prevHash = entry.hash;
    }
    insert->flush();
    RecordedHead head;
    head.id = insert->lastInsertId();
    head.hash = entry.hash;
    head.at = toStorageTime(entry.at);
    head.length = recorded
                      ? recorded->length + seals.size()
                      : SqlQuery(m_db, u"SELECT COUNT(*) FROM audit_entry"_s).scalar().toLongLong();
    recordHead(m_db, head);
    return seals.size();
}

qint64 AuditLog::append(const QDateTime &at, qint64 userId, const QString &action,
                        const QString &entity, qint64 entityId, const QJsonObject &oldValue,
                        const QJsonObject &newValue)
{
    Q_ASSERT(m_db.inTransaction());
    if (m_db.isPersonSession()) {
        // A person's own session on a server may not write the history: the server appends
        // the described entry, with its own time and the session's role, after the entries
        // its triggers wrote for the same change (storage/postgres/personsession.h). The
        // person is the session's; the program's clock is not asked.
        Q_UNUSED(at)
        Q_UNUSED(userId)
        return personroles::describe(m_db, action, entity, entityId, compact(oldValue),
                                     compact(newValue));
    }
    AuditEntry entry;
    // The head recorded in meta (one read gives its link, length and time).
    const std::optional<RecordedHead> recorded = recordedHead(m_db);
    entry.at = stampFor(m_db, at, recorded);
    entry.userId = userId;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    // Link to the head recorded in meta, not merely to the newest row: when the newest entries
    // were deleted, the next entry then still points at the missing one, and verify() shows it.
    entry.prevHash = recorded ? recorded->hash : headHash();
    entry.seal = rowSeal(m_db, entity, entityId).value_or(QString());
    entry.hash = computeHash(entry);
    const QString insert = u"INSERT INTO audit_entry (at, user_id, action, entity, entity_id, "
                           "old_value, new_value, prev_hash, hash, seal) VALUES (:at, :user, "
                           ":action, :entity, :entity_id, :old, :new, :prev, :hash, :seal) "
                           "RETURNING id"_s;
    RecordedHead head;
    head.hash = entry.hash;
    head.at = toStorageTime(entry.at);
    // On a server, the entry and the head recorded in meta in one statement (one round trip).
    const bool oneStatement = recorded && m_db.dialect().chainsInserts();
    // (As recordHead() records it, the head's id taken from the new entry.)
    SqlQuery q(m_db, oneStatement
                         ? u"WITH entry AS ("_s + insert
                               + u"), head AS (INSERT INTO meta (key, value) SELECT m.k, m.v "
                                 "FROM entry CROSS JOIN LATERAL (VALUES ('audit_length', "
                                 ":head_length), ('audit_head_id', CAST(entry.id AS TEXT)), "
                                 "('audit_head', :head_hash), ('audit_head_at', :head_at)) "
                                 "AS m (k, v) WHERE true ON CONFLICT (key) DO UPDATE SET "
                                 "value = excluded.value) SELECT id FROM entry"_s
                         : insert);
    if (oneStatement) {
        head.length = recorded->length + 1;
        q.bind(u":head_length"_s, QString::number(head.length))
            .bind(u":head_hash"_s, head.hash)
            .bind(u":head_at"_s, head.at);
    }
    q.bind(u":at"_s, toStorageTime(entry.at))
        .bind(u":user"_s, userId > 0 ? QVariant(userId) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(u":action"_s, action)
        .bind(u":entity"_s, entity)
        .bind(u":entity_id"_s, entityId)
        .bind(u":old"_s, compact(oldValue))
        .bind(u":new"_s, compact(newValue))
        .bind(u":prev"_s, entry.prevHash)
        .bind(u":hash"_s, entry.hash)
        .bind(u":seal"_s, entry.seal);
    head.id = q.execReturningId();
    if (oneStatement)
        return head.id;
    head.length = recorded
                      ? recorded->length + 1
                      : SqlQuery(m_db, u"SELECT COUNT(*) FROM audit_entry"_s).scalar().toLongLong();
    recordHead(m_db, head);
    return head.id;
}

QList<AuditEntry> AuditLog::entriesFor(const QString &entity, qint64 entityId) const
{
    QList<AuditEntry> out;
    SqlQuery q(m_db, u"SELECT a.*, u.full_name FROM audit_entry a LEFT JOIN app_user u "
                     "ON u.id = a.user_id WHERE a.entity = :entity AND a.entity_id = :id "
                     "ORDER BY a.id"_s);
    q.bind(u":entity"_s, entity).bind(u":id"_s, entityId).exec();
    while (q.next()) {
        AuditEntry e = entryFromRow(q);
        e.userName = q.text(u"full_name"_s);
        out << e;
    }
    return out;
}

AuditVerification AuditLog::verify() const
{
    AuditVerification result;
    // One snapshot: the entries and the recorded head as one commit left them.
    m_db.read([&] {
        result = {};
        QString expectedPrev = genesisHash();
        qint64 lastId = 0;
        QDateTime previous;
        {
            SqlQuery q(m_db, u"SELECT * FROM audit_entry ORDER BY id"_s);
            q.exec();
            while (q.next()) {
                const AuditEntry e = entryFromRow(q);
                ++result.entries;
                if (result.ok) {
                    if (e.prevHash != expectedPrev) {
                        result.ok = false;
                        result.firstBrokenId = e.id;
                        result.problem = u"entry %1 does not link to the entry before it (an "
                                         "entry was removed or reordered)"_s.arg(e.id);
                    } else if (computeHash(e) != e.hash) {
                        result.ok = false;
                        result.firstBrokenId = e.id;
                        result.problem = u"entry %1 was changed after it was written"_s.arg(e.id);
                    }
                }
                if (previous.isValid() && e.at < previous) {
                    result.backInTime << u"entry %1 (%2) is earlier than entry %3 (%4)"_s.arg(
                        QString::number(e.id), toStorageTime(e.at), QString::number(lastId),
                        toStorageTime(previous));
                }
                previous = e.at;
                expectedPrev = e.hash;
                lastId = e.id;
            }
        }
        result.headHash = expectedPrev;
        if (!result.ok)
            return;
        const std::optional<RecordedHead> recorded = recordedHead(m_db);
        if (!recorded) {
            if (result.entries > 0) {
                result.ok = false;
                result.firstBrokenId = lastId;
                result.problem = u"the chain's recorded length and head are missing from the meta "
                                 "table (removed by hand?), so entries up to %1 cannot be vouched "
                                 "for"_s.arg(lastId);
            }
            return;
        }
        if (recorded->id > lastId || recorded->length > result.entries) {
            result.ok = false;
            result.firstBrokenId = lastId + 1;
            result.problem = u"the newest entries are missing: the history recorded %1 entries "
                             "up to entry %2, the file holds %3 up to entry %4 (entries after "
                             "%4 were removed)"_s.arg(recorded->length)
                                 .arg(recorded->id)
                                 .arg(result.entries)
                                 .arg(lastId);
        } else if (recorded->id != lastId || recorded->hash != result.headHash
                   || recorded->length != result.entries) {
            result.ok = false;
            result.firstBrokenId = lastId;
            result.problem = u"the chain does not end where the history recorded it (%1 entries "
                             "up to entry %2; the file holds %3 up to entry %4): entries were "
                             "added, removed or rewritten outside Aduan"_s.arg(recorded->length)
                                 .arg(recorded->id)
                                 .arg(result.entries)
                                 .arg(lastId);
        }
    });
    return result;
}

} // namespace aduan
