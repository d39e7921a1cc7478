#include "storage/rowseal.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include "util/compactjson.h"

#include <QCryptographicHash>

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
QList<Part> partsOf(const QString &entity)
{
    if (entity == u"complaint"_s) {
        const QString byComplaint = u" WHERE complaint_id = :id"_s;
        const auto child = [&](const QString &columns, const QString &table,
                               const QString &order) {
            return Part{u"SELECT "_s + columns + u" FROM "_s + table + byComplaint + order,
                        {},
                        u"EXISTS (SELECT 1 FROM "_s + table + byComplaint + u')'};
        };
        // Without the PostgreSQL store's full-text column (generated from the row, absent from
        // the file): a seal is the same on every store, so that a copy between stores
        // (storecopy.h, aduan-cli migrate) keeps it valid. Without the closing instant either:
        // derived from the step records (sealed below), checked by closingInstantFindings().
        return {{u"SELECT *{presence} FROM complaint WHERE id = :id"_s,
                 {u"search_words"_s, u"closed_at"_s},
                 {}},
                child(u"*"_s, u"step_record"_s, u" ORDER BY step_no"_s),
                child(u"*"_s, u"requirement_outcome"_s, u" ORDER BY step_no, code"_s),
                child(u"*"_s, u"evidence_item"_s, u" ORDER BY id"_s),
                child(u"id, file_name, mime_type, size_bytes, sha256"_s, u"attachment"_s,
                      u" ORDER BY id"_s),
                child(u"*"_s, u"pause"_s, u" ORDER BY id"_s),
                child(u"*"_s, u"disposition"_s, {}),
                child(u"*"_s, u"decision"_s, {}),
                child(u"*"_s, u"referral"_s, {}),
                child(u"*"_s, u"resolution_report"_s, {})};
    }
    if (entity == u"user"_s) {
        return {{u"SELECT * FROM app_user WHERE id = :id"_s,
                 {u"password_hash"_s, u"failed_logins"_s, u"locked_until"_s, u"row_version"_s,
                  u"db_role"_s},
                 {}},
                {u"SELECT role FROM user_role WHERE user_id = :id ORDER BY role"_s, {}, {}}};
        // (row_version too: a password rehashed at login raises it without a history entry.)
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
    QString name = entity;
    if (entity != u"setting"_s && entity != u"category"_s)
        name += u' ' + QString::number(id);
    if (!extra.isEmpty())
        name += u" ("_s + extra + u')';
    return name;
}

} // namespace

std::optional<QString> rowSeal(const Database &db, const QString &entity, qint64 entityId)
{
    const QList<Part> parts = partsOf(entity);
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
            text += '[';
            bool firstCell = true;
            for (qsizetype i = 0; i < names.size(); ++i) {
                if (names.at(i).startsWith(kPresent)) {
                    present << (q.valueAt(i).toLongLong() != 0);
                    continue;
                }
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
            firstRow = false;
        }
        text += ']';
    }
    text += ']';
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
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
        const std::optional<QString> now = rowSeal(db, s.entity, s.entityId);
        if (now && *now != s.seal) {
            out << u"%1 was changed outside Aduan after history entry %2"_s.arg(
                recordName(db, s.entity, s.entityId), QString::number(s.entryId));
        }
    }
    return out;
}

} // namespace aduan
