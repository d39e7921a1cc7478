#include "benchdirectpg.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace aduan::bench {

namespace {

/// PostgresDialect::kWriteLockKey: "ADUAN" in ASCII.
constexpr const char *kWriteLock = "SELECT pg_advisory_xact_lock(280319312206)";

void check(PGconn *db, PGresult *result, const char *what)
{
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        qFatal("libpq %s: %s", what, PQerrorMessage(db));
}

/// Connects and sets the session up as PostgresDialect::configureConnection() does.
PGconn *connectConfigured(const QByteArray &location)
{
    PGconn *db = PQconnectdb(location.constData());
    if (PQstatus(db) != CONNECTION_OK)
        qFatal("libpq: cannot connect: %s", PQerrorMessage(db));
    for (const char *setting : {"SET TIME ZONE 'UTC'", "SET lock_timeout = 5000",
                                "SET statement_timeout = 600000",
                                "SET idle_in_transaction_session_timeout = 60000"}) {
        PGresult *r = PQexec(db, setting);
        check(db, r, setting);
        PQclear(r);
    }
    return db;
}

const char *kPage =
    "SELECT c.id, c.agenda_number, c.received_at, c.channel, c.subject, c.complainant_name, "
    "s.step_no, s.actionable_at FROM complaint c LEFT JOIN step_record s ON s.complaint_id = c.id "
    "AND s.completed_at IS NULL %1 ORDER BY c.received_at DESC, c.id DESC LIMIT 100";

QByteArray now()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s).toUtf8();
}

} // namespace

DirectPg::DirectPg(const QString &location)
    : m_location(location.toUtf8())
    , m_db(connectConfigured(m_location))
{
}

DirectPg::~DirectPg()
{
    PQfinish(m_db);
}

void DirectPg::exec(const char *sql)
{
    PGresult *r = PQexec(m_db, sql);
    check(m_db, r, sql);
    PQclear(r);
}

QByteArray DirectPg::run(const char *name, const QString &sql, const QList<QByteArray> &params)
{
    if (!m_prepared.contains(name)) {
        PGresult *r = PQprepare(m_db, name, sql.toUtf8().constData(), 0, nullptr);
        check(m_db, r, name);
        PQclear(r);
        m_prepared.insert(name);
    }
    QList<const char *> values;
    for (const QByteArray &p : params)
        values << (p.isNull() ? nullptr : p.constData());
    PGresult *r = PQexecPrepared(m_db, name, int(values.size()), values.constData(), nullptr,
                                 nullptr, 0);
    check(m_db, r, name);
    QByteArray first;
    if (PQntuples(r) > 0 && PQnfields(r) > 0)
        first = QByteArray(PQgetvalue(r, 0, 0));
    PQclear(r);
    return first;
}

QString DirectPg::text(const QString &sql)
{
    PGresult *r = PQexec(m_db, sql.toUtf8().constData());
    check(m_db, r, "text");
    const QString out = PQntuples(r) > 0 ? QString::fromUtf8(PQgetvalue(r, 0, 0)) : QString();
    PQclear(r);
    return out;
}

void DirectPg::openAndFirstPage()
{
    PGconn *db = connectConfigured(m_location);
    for (const QString &sql : {QString::fromLatin1(kPage).arg(QString()),
                               u"SELECT COUNT(*) FROM complaint"_s}) {
        PGresult *r = PQexecParams(db, sql.toUtf8().constData(), 0, nullptr, nullptr, nullptr,
                                   nullptr, 0);
        check(db, r, "first page");
        PQclear(r);
    }
    PQfinish(db);
}

void DirectPg::pageAt(int offset)
{
    run("page_at", QString::fromLatin1(kPage).arg(QString()) + u" OFFSET $1"_s,
        {QByteArray::number(offset)});
}

void DirectPg::registerOne()
{
    const QByteArray t = now();
    exec("BEGIN");
    exec(kWriteLock);
    const QByteArray seq = run("seq",
        u"INSERT INTO agenda_sequence (year, last_value) VALUES (2099, 1) ON CONFLICT (year) "
        "DO UPDATE SET last_value = agenda_sequence.last_value + 1 RETURNING last_value"_s, {});
    const QByteArray number = "B" + seq + "/2099";
    m_lastComplaint = run("complaint",
        u"INSERT INTO complaint (agenda_number, agenda_year, agenda_seq, sop_revision_id, channel, "
        "received_at, registered_at, confidentiality, complainant_name, complainant_nik, "
        "complainant_phone, subject, description, class_code, deadline_at, created_by) VALUES "
        "($1, 2099, $2, 1, 'langsung', $3, $3, 'biasa', 'Pengadu Uji', '3572021208750004', "
        "'+6281234567801', 'Bantuan PKH', 'Uji', 'sederhana', $3, 1) RETURNING id"_s,
        {number, seq, t}).toLongLong();
    const QByteArray id = QByteArray::number(m_lastComplaint);
    for (const char *code : {"identity_card", "evidence"}) {
        run("requirement", u"INSERT INTO requirement_outcome (complaint_id, step_no, code, met) "
                           "VALUES ($1, 1, $2, 1)"_s, {id, code});
    }
    const QString step = u"INSERT INTO step_record (complaint_id, step_no, actionable_at, "
                         "completed_at, completed_by, target_minutes, worked_seconds, late) "
                         "VALUES ($1, $2, $3, $4, $5, 5, $6, 0)"_s;
    run("step", step, {id, "1", t, t, "1", "60"});
    run("step", step, {id, "2", t, QByteArray(), QByteArray(), QByteArray()});
    run("audit", u"INSERT INTO audit_entry (at, user_id, action, entity, entity_id, new_value, "
                 "prev_hash, hash) VALUES ($1, 1, 'register', 'complaint', $2, '{}', "
                 "(SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1), "
                 "encode(sha256(random()::text::bytea), 'hex'))"_s, {t, id});
    exec("COMMIT");
}

void DirectPg::prepareCompletions(int count)
{
    for (int i = 0; i < count; ++i) {
        registerOne();
        m_toComplete << m_lastComplaint;
    }
}

void DirectPg::completeStep()
{
    if (m_toComplete.isEmpty())
        qFatal("DirectPg::completeStep: call prepareCompletions first");
    const QByteArray id = QByteArray::number(m_toComplete.takeFirst());
    const QByteArray t = now();
    exec("BEGIN");
    exec(kWriteLock);
    run("complete", u"UPDATE step_record SET completed_at = $1, completed_by = 1, "
                    "worked_seconds = 60, late = 0 WHERE complaint_id = $2 AND step_no = 2 "
                    "AND completed_at IS NULL"_s, {t, id});
    run("open", u"INSERT INTO step_record (complaint_id, step_no, actionable_at, target_minutes) "
                "VALUES ($1, 3, $2, 10)"_s, {id, t});
    run("version", u"UPDATE complaint SET row_version = row_version + 1 WHERE id = $1"_s, {id});
    run("audit_step", u"INSERT INTO audit_entry (at, user_id, action, entity, entity_id, "
                      "new_value, prev_hash, hash) VALUES ($1, 1, 'complete_step', 'complaint', "
                      "$2, '{}', (SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1), "
                      "encode(sha256(random()::text::bytea), 'hex'))"_s, {t, id});
    exec("COMMIT");
}

void DirectPg::pageAndCount(const QString &condition, const QByteArray &value)
{
    const QByteArray key = condition.toUtf8();
    const QByteArray page = "page " + key, count = "count " + key;
    run(page.constData(), QString::fromLatin1(kPage).arg(u"WHERE "_s + condition), {value});
    run(count.constData(), u"SELECT COUNT(*) FROM complaint c WHERE "_s + condition, {value});
}

void DirectPg::searchNumber(const QString &prefix)
{
    // agenda_number is COLLATE "C": a range of its unique index.
    pageAndCount(u"c.agenda_number >= $1 AND c.agenda_number < $1 || chr(1114111)"_s,
                 prefix.toUtf8());
}

void DirectPg::searchNik(const QString &nik)
{
    pageAndCount(u"c.complainant_nik = $1"_s, nik.toUtf8());
}

void DirectPg::searchWords(const QString &columns, const QString &words)
{
    // The same tsvector column and weights as PostgresDialect (A public name, C subject,
    // D description), each word a prefix.
    QString weights;
    for (const QString &column : columns.split(u' ', Qt::SkipEmptyParts))
        weights += column == u"public_name"_s ? u"A"_s : column == u"subject"_s ? u"C"_s : u"D"_s;
    QStringList terms;
    for (const QString &w : words.split(u' ', Qt::SkipEmptyParts))
        terms << u'\'' + w + u"':*"_s + weights;
    pageAndCount(u"c.search_words @@ to_tsquery('simple', $1)"_s, terms.join(u" & "_s).toUtf8());
}

void DirectPg::monthPage(QDate from, QDate to)
{
    const QTimeZone zone(7 * 3600);
    const QByteArray a = QDateTime(from, QTime(0, 0), zone).toUTC().toString(Qt::ISODateWithMs).toUtf8();
    const QByteArray b = QDateTime(to.addDays(1), QTime(0, 0), zone).toUTC().toString(Qt::ISODateWithMs).toUtf8();
    run("month_page", QString::fromLatin1(kPage).arg(u"WHERE c.received_at >= $1 AND c.received_at < $2"_s), {a, b});
    run("month_count", u"SELECT COUNT(*) FROM complaint WHERE received_at >= $1 AND received_at < $2"_s, {a, b});
}

} // namespace aduan::bench
