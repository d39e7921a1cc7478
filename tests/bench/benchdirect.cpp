#include "benchdirect.h"
#include "benchsharevfs.h"

#include "storage/database.h"
#include "storage/sharedfile.h"

#include <QDateTime>
#include <QFileInfo>
#include <QStringList>
#include <QTimeZone>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace aduan::bench {

namespace {

sqlite3 *openConfigured(const QString &path)
{
    sqlite3 *db = nullptr;
    // Hand-written sqlite3 as it comes: through the share VFS itself when it is installed, not
    // through the product's coalescing VFS above it (storage/sqlite/coalescingvfs.h).
    const char *vfs = ShareVfs::installed() ? "aduan-share" : nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, vfs) != SQLITE_OK)
        qFatal("cannot open %s", qPrintable(path));
    sqlite3_busy_timeout(db, 3000);
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL",
                               "PRAGMA journal_mode = DELETE"})
        sqlite3_exec(db, pragma, nullptr, nullptr, nullptr);
    return db;
}

/// Runs a prepared statement to the end.
void step(sqlite3 *db, sqlite3_stmt *s)
{
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE)
        qFatal("sqlite3: %s", sqlite3_errmsg(db));
    sqlite3_reset(s);
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
        qFatal("sqlite3 prepare: %s", sqlite3_errmsg(db));
    return s;
}

const char *kPage =
    "SELECT c.id, c.agenda_number, c.received_at, c.channel, c.subject, c.complainant_name, "
    "s.step_no, s.actionable_at FROM complaint c LEFT JOIN step_record s ON s.complaint_id = c.id "
    "AND +s.completed_at IS NULL %1 ORDER BY c.received_at DESC LIMIT 100";

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
}

} // namespace

Direct::Direct(const QString &path)
    : m_path(path)
    , m_db(openConfigured(path))
{
}

Direct::~Direct()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    sqlite3_close(m_db);
}

void Direct::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        qFatal("sqlite3: %s", sqlite3_errmsg(m_db));
}

QString Direct::text(const QString &sql)
{
    sqlite3_stmt *s = prepare(m_db, sql.toUtf8().constData());
    QString out;
    if (sqlite3_step(s) == SQLITE_ROW)
        out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    return out;
}

void Direct::openAndFirstPage()
{
    sqlite3 *db = openConfigured(m_path);
    // As Database does: quick_check on opening only up to 256 MB (OpenOptions::quickCheckMaxBytes),
    // and not on a network share (OpenOptions::quickCheckMaxBytesOnShare).
    const OpenOptions options;
    if (QFileInfo(m_path).size() <= (isOnNetworkShare(m_path) ? options.quickCheckMaxBytesOnShare
                                                               : options.quickCheckMaxBytes))
        sqlite3_exec(db, "PRAGMA quick_check", nullptr, nullptr, nullptr);
    sqlite3_stmt *page = prepare(db, QString::fromLatin1(kPage).arg(QString()).toUtf8().constData());
    step(db, page);
    sqlite3_finalize(page);
    sqlite3_stmt *count = prepare(db, "SELECT COUNT(*) FROM complaint");
    step(db, count);
    sqlite3_finalize(count);
    sqlite3_close(db);
}

void Direct::pageAt(int offset)
{
    sqlite3_stmt *page = cached(QString::fromLatin1(kPage).arg(QString()) + u" OFFSET ?1"_s);
    sqlite3_bind_int(page, 1, offset);
    step(m_db, page);
}

void Direct::registerOne()
{
    static sqlite3_stmt *seq = prepare(m_db, "INSERT INTO agenda_sequence (year, last_value) VALUES (2099, 1) "
                                             "ON CONFLICT (year) DO UPDATE SET last_value = last_value + 1 RETURNING last_value");
    static sqlite3_stmt *complaint = prepare(m_db,
        "INSERT INTO complaint (agenda_number, agenda_year, agenda_seq, sop_revision_id, channel, "
        "received_at, registered_at, confidentiality, complainant_name, complainant_nik, "
        "complainant_phone, subject, description, class_code, deadline_at, created_by) VALUES "
        "(?, 2099, ?, 1, 'langsung', ?, ?, 'biasa', 'Pengadu Uji', '3572021208750004', "
        "'+6281234567801', 'Bantuan PKH', 'Uji', 'sederhana', ?, 1)");
    static sqlite3_stmt *requirement = prepare(m_db,
        "INSERT INTO requirement_outcome (complaint_id, step_no, code, met) VALUES (?, 1, ?, 1)");
    static sqlite3_stmt *stepRecord = prepare(m_db,
        "INSERT INTO step_record (complaint_id, step_no, actionable_at, completed_at, completed_by, "
        "target_minutes, worked_seconds, late) VALUES (?, ?, ?, ?, ?, ?, ?, 0)");
    static sqlite3_stmt *audit = prepare(m_db,
        "INSERT INTO audit_entry (at, user_id, action, entity, entity_id, new_value, prev_hash, hash) "
        "VALUES (?, 1, 'register', 'complaint', ?, '{}', (SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1), hex(randomblob(32)))");
    const QByteArray t = now().toUtf8();
    exec("BEGIN IMMEDIATE");
    if (sqlite3_step(seq) != SQLITE_ROW)
        qFatal("seq");
    m_seq = sqlite3_column_int(seq, 0);
    sqlite3_reset(seq);
    const QByteArray number = u"B%1/2099"_s.arg(m_seq).toUtf8();
    sqlite3_bind_text(complaint, 1, number.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(complaint, 2, m_seq);
    sqlite3_bind_text(complaint, 3, t.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(complaint, 4, t.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(complaint, 5, t.constData(), -1, SQLITE_TRANSIENT);
    step(m_db, complaint);
    m_lastComplaint = sqlite3_last_insert_rowid(m_db);
    for (const char *code : {"identity_card", "evidence"}) {
        sqlite3_bind_int64(requirement, 1, m_lastComplaint);
        sqlite3_bind_text(requirement, 2, code, -1, SQLITE_STATIC);
        step(m_db, requirement);
    }
    for (int stepNo : {1, 2}) {
        sqlite3_bind_int64(stepRecord, 1, m_lastComplaint);
        sqlite3_bind_int(stepRecord, 2, stepNo);
        sqlite3_bind_text(stepRecord, 3, t.constData(), -1, SQLITE_TRANSIENT);
        if (stepNo == 1) {
            sqlite3_bind_text(stepRecord, 4, t.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int(stepRecord, 5, 1);
            sqlite3_bind_int(stepRecord, 7, 60);
        } else {
            sqlite3_bind_null(stepRecord, 4);
            sqlite3_bind_null(stepRecord, 5);
            sqlite3_bind_null(stepRecord, 7);
        }
        sqlite3_bind_int(stepRecord, 6, 5);
        step(m_db, stepRecord);
    }
    sqlite3_bind_text(audit, 1, t.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(audit, 2, m_lastComplaint);
    step(m_db, audit);
    exec("COMMIT");
}

void Direct::prepareCompletions(int count)
{
    for (int i = 0; i < count; ++i) {
        registerOne();
        m_toComplete << m_lastComplaint;
    }
}

void Direct::completeStep()
{
    static sqlite3_stmt *complete = prepare(m_db,
        "UPDATE step_record SET completed_at = ?, completed_by = 1, worked_seconds = 60, late = 0 "
        "WHERE complaint_id = ? AND step_no = 2 AND completed_at IS NULL");
    static sqlite3_stmt *open = prepare(m_db,
        "INSERT INTO step_record (complaint_id, step_no, actionable_at, target_minutes) VALUES (?, 3, ?, 10)");
    static sqlite3_stmt *version = prepare(m_db,
        "UPDATE complaint SET row_version = row_version + 1 WHERE id = ?");
    static sqlite3_stmt *audit = prepare(m_db,
        "INSERT INTO audit_entry (at, user_id, action, entity, entity_id, new_value, prev_hash, hash) "
        "VALUES (?, 1, 'complete_step', 'complaint', ?, '{}', (SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1), hex(randomblob(32)))");
    if (m_toComplete.isEmpty())
        qFatal("Direct::completeStep: call prepareCompletions first");
    const qint64 id = m_toComplete.takeFirst();
    const QByteArray t = now().toUtf8();
    exec("BEGIN IMMEDIATE");
    sqlite3_bind_text(complete, 1, t.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(complete, 2, id);
    step(m_db, complete);
    sqlite3_bind_int64(open, 1, id);
    sqlite3_bind_text(open, 2, t.constData(), -1, SQLITE_TRANSIENT);
    step(m_db, open);
    sqlite3_bind_int64(version, 1, id);
    step(m_db, version);
    sqlite3_bind_text(audit, 1, t.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(audit, 2, id);
    step(m_db, audit);
    exec("COMMIT");
}

void Direct::searchNumber(const QString &prefix)
{
    pageAndCount(u"c.agenda_number >= ?1 AND c.agenda_number < ?1 || char(65535)"_s, prefix);
}

void Direct::searchNik(const QString &nik)
{
    pageAndCount(u"c.complainant_nik = ?1"_s, nik);
}

void Direct::searchWords(const QString &columns, const QString &words)
{
    // The same FTS5 table and columns, each word a quoted prefix.
    QStringList terms;
    for (const QString &w : words.split(u' ', Qt::SkipEmptyParts))
        terms << u'"' + w + u"\"*"_s;
    pageAndCount(u"c.id IN (SELECT rowid FROM complaint_fts WHERE complaint_fts MATCH ?1)"_s,
                 u"{"_s + columns + u"} : ("_s + terms.join(u" AND "_s) + u')');
}

sqlite3_stmt *Direct::cached(const QString &sql)
{
    sqlite3_stmt *&statement = m_statements[sql];
    if (!statement)
        statement = prepare(m_db, sql.toUtf8().constData());
    return statement;
}

void Direct::pageAndCount(const QString &condition, const QString &value)
{
    const QByteArray bytes = value.toUtf8();
    for (sqlite3_stmt *statement :
         {cached(QString::fromLatin1(kPage).arg(u"WHERE "_s + condition)),
          cached(u"SELECT COUNT(*) FROM complaint c WHERE "_s + condition)}) {
        sqlite3_bind_text(statement, 1, bytes.constData(), -1, SQLITE_TRANSIENT);
        step(m_db, statement);
    }
}

void Direct::monthPage(QDate from, QDate to)
{
    static sqlite3_stmt *page = prepare(m_db, QString::fromLatin1(kPage)
        .arg(u"WHERE c.received_at >= ?1 AND c.received_at < ?2"_s).toUtf8().constData());
    static sqlite3_stmt *count = prepare(m_db,
        "SELECT COUNT(*) FROM complaint WHERE received_at >= ?1 AND received_at < ?2");
    const QTimeZone zone(7 * 3600);
    const QByteArray a = QDateTime(from, QTime(0, 0), zone).toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s).toUtf8();
    const QByteArray b = QDateTime(to.addDays(1), QTime(0, 0), zone).toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s).toUtf8();
    for (sqlite3_stmt *s : {page, count}) {
        sqlite3_bind_text(s, 1, a.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(s, 2, b.constData(), -1, SQLITE_TRANSIENT);
        step(m_db, s);
    }
}

} // namespace aduan::bench
