#include "storage/rowseal.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include "util/compactjson.h"

#include <QCryptographicHash>
#include <QHash>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

/// The prefix of the columns that carry the presence of the other parts (see Part).
const QString kPresent = u"aduan_present_"_s;

/// One table's part of an entity's rows: a SELECT with :id, and columns left out. A part
/// with a `presence` condition (an EXISTS sub-select with :id) is often empty: the first part
/// (the entity's own row, whose SELECT holds the token {presence}) asks for all of them as
/// extra columns, and only the parts with rows are then read — sealing a new complaint is a
/// few round trips to a database server, not ten. An empty part seals as an empty list either
/// way, and the extra columns are not sealed.
struct Part {
    QString sql;
    QStringList leftOut;
    QString presence;
};
/// The format of the user seals written now (their prefix "2:"); other entities have one.
constexpr int kUserSealFormat = 2;
const QString kUserSealPrefix = u"2:"_s;

/// One table of a complaint's rows besides its own: the columns sealed, the table and the
/// order of its rows (empty: at most one row). Read with `complaint_id` = the complaint's id.
struct ChildTable {
    QString columns;
    QString table;
    QString order;
};

const QList<ChildTable> &complaintChildren()
{
    static const QList<ChildTable> children{
        {u"*"_s, u"step_record"_s, u"step_no"_s},
        {u"*"_s, u"requirement_outcome"_s, u"step_no, code"_s},
        {u"*"_s, u"evidence_item"_s, u"id"_s},
        {u"id, file_name, mime_type, size_bytes, sha256"_s, u"attachment"_s, u"id"_s},
        {u"*"_s, u"pause"_s, u"id"_s},
        {u"*"_s, u"disposition"_s, {}},
        {u"*"_s, u"decision"_s, {}},
        {u"*"_s, u"referral"_s, {}},
        {u"*"_s, u"resolution_report"_s, {}}};
    return children;
}

/// The complaint row's columns not sealed: the PostgreSQL store's full-text column (generated
/// from the row, absent from the file): a seal is the same on every store, so that a copy
/// between stores (storecopy.h, aduan-cli migrate) keeps it valid; and the closing instant:
/// derived from the step records (sealed), checked by closingInstantFindings().
const QStringList &complaintLeftOut()
{
    static const QStringList leftOut{u"search_words"_s, u"closed_at"_s};
    return leftOut;
}

QList<Part> partsOf(const QString &entity, int format)
{
    if (entity == u"complaint"_s) {
        QList<Part> parts{{u"SELECT *{presence} FROM complaint WHERE id = :id"_s,
                           complaintLeftOut(),
                           {}}};
        const QString byComplaint = u" WHERE complaint_id = :id"_s;
        for (const ChildTable &child : complaintChildren()) {
            parts << Part{u"SELECT "_s + child.columns + u" FROM "_s + child.table + byComplaint
                              + (child.order.isEmpty() ? QString() : u" ORDER BY "_s + child.order),
                          {},
                          u"EXISTS (SELECT 1 FROM "_s + child.table + byComplaint + u')'};
        }
        return parts;
    }
    if (entity == u"user"_s) {
        // Format 2 (seals starting "2:") holds the password hash and the row version: every
        // change of either is a history entry (a reset, a change, a rehash at login:
        // Authenticator::login()). Left out: the login counters, which every wrong password
        // changes without a history entry (rowseal.h says why), and the server role's name,
        // which the server's administrator may rename. Format 1, of seals written before,
        // left out the hash and the version too.
        QStringList leftOut{u"failed_logins"_s, u"locked_until"_s, u"db_role"_s};
        if (format < 2)
            leftOut << u"password_hash"_s << u"row_version"_s;
        return {{u"SELECT * FROM app_user WHERE id = :id"_s, leftOut, {}},
                {u"SELECT role FROM user_role WHERE user_id = :id ORDER BY role"_s, {}, {}}};
    }
    if (entity == u"setting"_s) {
        return {{u"SELECT key, value FROM setting WHERE :id = :id ORDER BY key"_s, {}, {}},
                {u"SELECT * FROM complaint_class WHERE :id = :id ORDER BY code"_s, {}, {}}};
    }
    if (entity == u"category"_s)
        return {{u"SELECT * FROM category WHERE :id = :id ORDER BY id"_s, {}, {}}};
    if (entity == u"agency"_s)
        return {{u"SELECT * FROM agency WHERE id = :id"_s, {}, {}}};
    if (entity == u"delegation"_s)
        return {{u"SELECT * FROM delegation WHERE id = :id"_s, {}, {}}};
    if (entity == u"skm"_s) {
        // The survey (SKM) as a whole, id 0: its questionnaires, each complaint's outcome
        // (answered or declined) and the anonymous responses with their answers — the rows the
        // reported SKM value is computed from. One record, so that no entry names a response.
        return {{u"SELECT * FROM skm_questionnaire WHERE :id = :id ORDER BY id"_s, {}, {}},
                {u"SELECT * FROM skm_invitation WHERE :id = :id ORDER BY complaint_id"_s, {}, {}},
                {u"SELECT * FROM skm_response WHERE :id = :id ORDER BY id"_s, {}, {}},
                {u"SELECT * FROM skm_answer WHERE :id = :id ORDER BY response_id, element_code"_s,
                 {},
                 {}}};
    }
    if (entity == u"incoming_message"_s) {
        // An SMS or website message in SMS masuk: as received, and how the officer settled it
        // (a complaint, set aside with its reason, a status request answered). Its replies
        // (outgoing_message) are left out: their delivery state is written by the SMS daemon's
        // side, not in a history entry.
        return {{u"SELECT * FROM incoming_message WHERE id = :id"_s, {}, {}}};
    }
    if (entity == u"sop_revision"_s) {
        return {{u"SELECT * FROM sop_revision WHERE id = :id"_s, {}, {}},
                {u"SELECT * FROM sop_step WHERE revision_id = :id ORDER BY step_no"_s, {}, {}}};
    }
    return {};
}

/// Appends one cell as its JSON value: null, or the value as text (numbers in full, bytes in
/// hex) — the text that a seal hashes since schema 4, written as QJsonDocument wrote it.
void appendCell(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "null";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        appendJsonString(out, QString::number(value.toLongLong()));
        return;
    case QMetaType::Double:
        appendJsonString(out, QString::number(value.toDouble(), 'g', 17));
        return;
    case QMetaType::QByteArray:
        appendJsonString(out, QString::fromLatin1(value.toByteArray().toHex()));
        return;
    default:
        appendJsonString(out, value.toString());
    }
}

/// Appends the current row of `q` as [[column, value]...], of the columns marked `sealed`.
void appendRow(QByteArray &text, const SqlQuery &q, const QStringList &names,
               const QList<bool> &sealed)
{
    text += '[';
    bool firstCell = true;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!sealed.at(i))
            continue;
        if (!firstCell)
            text += ',';
        firstCell = false;
        text += '[';
        appendJsonString(text, names.at(i));
        text += ',';
        appendCell(text, q.valueAt(i));
        text += ']';
    }
    text += ']';
}

/// A readable name of a record for the findings.
QString recordName(const Database &db, const QString &entity, qint64 id)
{
    QString extra;
    if (entity == u"complaint"_s) {
        SqlQuery q(db, u"SELECT agenda_number FROM complaint WHERE id = :id"_s);
        extra = q.bind(u":id"_s, id).scalar().toString();
    } else if (entity == u"user"_s) {
        SqlQuery q(db, u"SELECT username FROM app_user WHERE id = :id"_s);
        extra = q.bind(u":id"_s, id).scalar().toString();
    }
    if (entity == u"skm"_s)
        return u"the SKM survey (its answers)"_s;
    if (entity == u"incoming_message"_s)
        return u"SMS/website message %1 (SMS masuk)"_s.arg(id);
    QString name = entity;
    if (entity != u"setting"_s && entity != u"category"_s)
        name += u' ' + QString::number(id);
    if (!extra.isEmpty())
        name += u" ("_s + extra + u')';
    return name;
}

/// The seal of `entity` `entityId` in seal format `format` (only users have more than one).
std::optional<QString> sealInFormat(const Database &db, const QString &entity, qint64 entityId,
                                    int format)
{
    const QList<Part> parts = partsOf(entity, format);
    if (parts.isEmpty())
        return std::nullopt;
    QStringList probes;
    for (const Part &part : parts) {
        if (!part.presence.isEmpty()) {
            probes << u"CASE WHEN "_s + part.presence + u" THEN 1 ELSE 0 END AS "_s + kPresent
                          + QString::number(probes.size());
        }
    }
    QList<bool> present; // by the first part's row; empty: read every part
    // The JSON text [[part rows]...], each row [[column, value]...], written directly (no
    // QJsonArray per cell: sealing is a large share of a registration's own work).
    QByteArray text = "[";
    int probed = 0;
    for (qsizetype p = 0; p < parts.size(); ++p) {
        const Part &part = parts.at(p);
        if (p > 0)
            text += ',';
        text += '[';
        if (!part.presence.isEmpty() && !present.value(probed++, true)) {
            text += ']';
            continue;
        }
        QString sql = part.sql;
        sql.replace(u"{presence}"_s, probes.isEmpty() ? QString() : u", "_s + probes.join(u", "_s));
        SqlQuery q(db, sql);
        q.bind(u":id"_s, entityId).exec();
        QStringList names;
        QList<bool> sealed; // by column: neither left out nor a presence probe
        bool firstRow = true;
        while (q.next()) {
            if (firstRow) {
                names = q.columnNames();
                for (const QString &name : std::as_const(names))
                    sealed << (!name.startsWith(kPresent) && !part.leftOut.contains(name));
            } else {
                text += ',';
            }
            for (qsizetype i = 0; i < names.size(); ++i) {
                if (names.at(i).startsWith(kPresent))
                    present << (q.valueAt(i).toLongLong() != 0);
            }
            appendRow(text, q, names, sealed);
            firstRow = false;
        }
        text += ']';
    }
    text += ']';
    const QString digest = QString::fromLatin1(
        QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
    return entity == u"user"_s && format >= 2 ? kUserSealPrefix + digest : digest;
}

/// The seal format of a stored seal.
int formatOf(const QString &entity, const QString &seal)
{
    return entity == u"user"_s && seal.startsWith(kUserSealPrefix) ? kUserSealFormat : 1;
}

} // namespace

QHash<qint64, QString> complaintSealsBetween(const Database &db, qint64 firstId, qint64 lastId)
{
    // Each part read once for the whole range, its rows ordered by complaint and then as
    // partsOf() orders them, with the complaint's id first under a name that is not sealed.
    const QString key = u"aduan_key"_s;
    const auto readPart = [&](const QString &sql, const QStringList &leftOut) {
        QHash<qint64, QByteArray> rows; // complaint id -> its rows, comma-separated
        SqlQuery q(db, sql);
        q.bind(u":first"_s, firstId).bind(u":last"_s, lastId).exec();
        QStringList names;
        QList<bool> sealed;
        while (q.next()) {
            if (names.isEmpty()) {
                names = q.columnNames();
                for (const QString &name : std::as_const(names))
                    sealed << (name != key && !leftOut.contains(name));
            }
            QByteArray &text = rows[q.valueAt(0).toLongLong()];
            if (!text.isEmpty())
                text += ',';
            appendRow(text, q, names, sealed);
        }
        return rows;
    };
    const QHash<qint64, QByteArray> own = readPart(
        u"SELECT id AS aduan_key, * FROM complaint WHERE id BETWEEN :first AND :last ORDER BY id"_s,
        complaintLeftOut());
    QList<QHash<qint64, QByteArray>> children;
    for (const ChildTable &child : complaintChildren()) {
        children << readPart(u"SELECT complaint_id AS aduan_key, "_s + child.columns + u" FROM "_s
                                 + child.table
                                 + u" WHERE complaint_id BETWEEN :first AND :last ORDER BY "
                                   "complaint_id"_s
                                 + (child.order.isEmpty() ? QString() : u", "_s + child.order),
                             {});
    }
    QHash<qint64, QString> seals;
    seals.reserve(own.size());
    for (auto it = own.cbegin(); it != own.cend(); ++it) {
        // The text sealInFormat() writes: [[own row],[child rows]...].
        QByteArray text = "[[" + it.value() + ']';
        for (const QHash<qint64, QByteArray> &child : std::as_const(children))
            text += ",[" + child.value(it.key()) + ']';
        text += ']';
        seals.insert(it.key(), QString::fromLatin1(
                                   QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex()));
    }
    return seals;
}

std::optional<QString> rowSeal(const Database &db, const QString &entity, qint64 entityId)
{
    return sealInFormat(db, entity, entityId, entity == u"user"_s ? kUserSealFormat : 1);
}

QStringList rowsChangedOutside(const Database &db)
{
    struct Sealed {
        QString entity;
        qint64 entityId = 0;
        qint64 entryId = 0;
        QString seal;
    };
    QList<Sealed> newest;
    {
        // The newest sealed entry of every record.
        SqlQuery q(db, u"SELECT a.entity, a.entity_id, a.id, a.seal FROM audit_entry a "
                       "JOIN (SELECT entity, entity_id, MAX(id) AS id FROM audit_entry "
                       "WHERE seal <> '' GROUP BY entity, entity_id) n ON n.id = a.id "
                       "ORDER BY a.id"_s);
        q.exec();
        while (q.next()) {
            newest << Sealed{q.text(u"entity"_s), q.integer(u"entity_id"_s), q.integer(u"id"_s),
                             q.text(u"seal"_s)};
        }
    }
    QStringList out;
    for (const Sealed &s : newest) {
        const std::optional<QString> now = sealInFormat(db, s.entity, s.entityId,
                                                        formatOf(s.entity, s.seal));
        if (now && *now != s.seal) {
            out << u"%1 was changed outside Aduan after history entry %2"_s.arg(
                recordName(db, s.entity, s.entityId), QString::number(s.entryId));
        }
    }
    return out;
}

} // namespace aduan

namespace aduan {

qint64 sealUnsealedRecords(Database &db, const QDateTime &at, const QString &action)
{
    struct Record {
        QString entity;
        qint64 id = 0;
    };
    // Every record the history speaks for, and the seal of its newest sealed entry.
    const QList<std::pair<QString, QString>> tables = {
        {u"user"_s, u"SELECT id FROM app_user ORDER BY id"_s},
        {u"setting"_s, u"SELECT 0 AS id WHERE EXISTS (SELECT 1 FROM setting) "
                       "OR EXISTS (SELECT 1 FROM complaint_class)"_s},
        {u"category"_s, u"SELECT 0 AS id WHERE EXISTS (SELECT 1 FROM category)"_s},
        {u"agency"_s, u"SELECT id FROM agency ORDER BY id"_s},
        {u"delegation"_s, u"SELECT id FROM delegation ORDER BY id"_s},
        {u"sop_revision"_s, u"SELECT id FROM sop_revision ORDER BY id"_s},
        {u"complaint"_s, u"SELECT id FROM complaint ORDER BY id"_s},
        {u"skm"_s, u"SELECT 0 AS id WHERE EXISTS (SELECT 1 FROM skm_questionnaire) "
                   "OR EXISTS (SELECT 1 FROM skm_invitation)"_s},
        {u"incoming_message"_s, u"SELECT id FROM incoming_message ORDER BY id"_s},
    };
    QHash<QString, QHash<qint64, QString>> sealed;
    {
        SqlQuery q(db, u"SELECT a.entity, a.entity_id, a.seal FROM audit_entry a "
                       "JOIN (SELECT entity, entity_id, MAX(id) AS id FROM audit_entry "
                       "WHERE seal <> '' GROUP BY entity, entity_id) n ON n.id = a.id"_s);
        q.exec();
        while (q.next())
            sealed[q.text(u"entity"_s)].insert(q.integer(u"entity_id"_s), q.text(u"seal"_s));
    }
    QList<Record> due;
    for (const auto &[entity, sql] : tables) {
        const QHash<qint64, QString> &seals = sealed[entity];
        // The ids read whole first: a server's driver cannot run another statement (the seal
        // of an older format below) while it still delivers this one's rows.
        const QList<qint64> ids =
            SqlQuery(db, sql).rows([](const SqlQuery &q) { return q.integer(u"id"_s); });
        for (const qint64 id : ids) {
            const auto seal = seals.constFind(id);
            if (seal == seals.constEnd()) {
                due << Record{entity, id};
                continue;
            }
            if (formatOf(entity, *seal) == (entity == u"user"_s ? kUserSealFormat : 1))
                continue;
            // Sealed in an older format: sealed again only when its rows still match that
            // seal — a record changed outside Aduan stays named by `aduan-cli check`.
            if (sealInFormat(db, entity, id, formatOf(entity, *seal)) == *seal)
                due << Record{entity, id};
        }
    }
    AuditLog log(db);
    for (const Record &r : std::as_const(due))
        log.append(at, 0, action, r.entity, r.id, {}, {{u"sealed"_s, u"rows as found"_s}});
    return due.size();
}

} // namespace aduan
