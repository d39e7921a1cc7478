#include "storage/rowseal.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

/// One table's part of an entity's rows: a SELECT with :id, and columns left out.
struct Part {
    QString sql;
    QStringList leftOut;
};

QList<Part> partsOf(const QString &entity)
{
    if (entity == u"complaint"_s) {
        const QString byComplaint = u" WHERE complaint_id = :id"_s;
        // Without the PostgreSQL store's full-text column (generated from the row, absent from
        // the file): a seal is the same on every store, so that a copy between stores
        // (storecopy.h, aduan-cli migrate) keeps it valid.
        return {{u"SELECT * FROM complaint WHERE id = :id"_s, {u"search_words"_s}},
                {u"SELECT * FROM step_record"_s + byComplaint + u" ORDER BY step_no"_s, {}},
                {u"SELECT * FROM requirement_outcome"_s + byComplaint
                     + u" ORDER BY step_no, code"_s,
                 {}},
                {u"SELECT * FROM evidence_item"_s + byComplaint + u" ORDER BY id"_s, {}},
                {u"SELECT id, file_name, mime_type, size_bytes, sha256 FROM attachment"_s
                     + byComplaint + u" ORDER BY id"_s,
                 {}},
                {u"SELECT * FROM pause"_s + byComplaint + u" ORDER BY id"_s, {}},
                {u"SELECT * FROM disposition"_s + byComplaint, {}},
                {u"SELECT * FROM decision"_s + byComplaint, {}},
                {u"SELECT * FROM referral"_s + byComplaint, {}},
                {u"SELECT * FROM resolution_report"_s + byComplaint, {}}};
    }
    if (entity == u"user"_s) {
        return {{u"SELECT * FROM app_user WHERE id = :id"_s,
                 {u"password_hash"_s, u"failed_logins"_s, u"locked_until"_s, u"row_version"_s,
                  u"db_role"_s}},
                {u"SELECT role FROM user_role WHERE user_id = :id ORDER BY role"_s, {}}};
        // (row_version too: a password rehashed at login raises it without a history entry.)
    }
    if (entity == u"setting"_s) {
        return {{u"SELECT key, value FROM setting WHERE :id = :id ORDER BY key"_s, {}},
                {u"SELECT * FROM complaint_class WHERE :id = :id ORDER BY code"_s, {}}};
    }
    if (entity == u"category"_s)
        return {{u"SELECT * FROM category WHERE :id = :id ORDER BY id"_s, {}}};
    if (entity == u"agency"_s)
        return {{u"SELECT * FROM agency WHERE id = :id"_s, {}}};
    if (entity == u"delegation"_s)
        return {{u"SELECT * FROM delegation WHERE id = :id"_s, {}}};
    if (entity == u"sop_revision"_s) {
        return {{u"SELECT * FROM sop_revision WHERE id = :id"_s, {}},
                {u"SELECT * FROM sop_step WHERE revision_id = :id ORDER BY step_no"_s, {}}};
    }
    return {};
}

QJsonValue cell(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return QString::fromLatin1(value.toByteArray().toHex());
    default:
        return value.toString();
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
    QJsonArray all;
    for (const Part &part : parts) {
        QJsonArray rows;
        SqlQuery q(db, part.sql);
        q.bind(u":id"_s, entityId).exec();
        QStringList names;
        while (q.next()) {
            if (names.isEmpty())
                names = q.columnNames();
            QJsonArray row;
            for (int i = 0; i < names.size(); ++i) {
                if (!part.leftOut.contains(names.at(i)))
                    row << QJsonArray{names.at(i), cell(q.valueAt(i))};
            }
            rows << row;
        }
        all << rows;
    }
    const QByteArray bytes = QJsonDocument(all).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
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
