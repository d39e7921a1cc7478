#include "storage/sqlite/sqlitedialect.h"

#include "storage/sharedfile.h"
#include "storage/sqlite/coalescingvfs.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

// SQLite primary result codes (https://www.sqlite.org/rescode.html); Qt reports the (possibly
// extended) code as the native error code text, whose low byte is the primary code.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;
// Extended: the database file was moved or unlinked since it was opened.
constexpr int kSqliteReadOnlyDbMoved = kSqliteReadOnly | (4 << 8);

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

} // namespace

QString SqliteDialect::driverName() const
{
    return u"QSQLITE"_s;
}

QString SqliteDialect::canonicalLocation(const QString &location) const
{
    return QDir::cleanPath(QFileInfo(location).absoluteFilePath());
}

QString SqliteDialect::shownLocation(const QString &location) const
{
    return QDir::toNativeSeparators(location);
}

void SqliteDialect::setLocation(QSqlDatabase &connection, const QString &location) const
{
    // On a network share each write is a round trip to the file server: the file's writes go
    // through the coalescing VFS (same durability, storage/sqlite/coalescingvfs.h; README, "On
    // a network share"). Installed once, it serves the process's later files too.
    if (isOnNetworkShare(location))
        CoalescingVfs::install();
    connection.setDatabaseName(location);
}

QString SqliteDialect::instantMinute(const QString &column) const
{
    return u"substr(%1, 1, 16)"_s.arg(column);
}

bool SqliteDialect::canPrepare(const QString &sql) const
{
    Q_UNUSED(sql)
    return true;
}

QStringList SqliteDialect::beginWriteStatements() const
{
    return {u"BEGIN IMMEDIATE"_s};
}

QString SqliteDialect::beginReadStatement() const
{
    return u"BEGIN DEFERRED"_s;
}

QString SqliteDialect::expandSchema(QString script) const
{
    return script.replace(u"{{id}}"_s, u"INTEGER PRIMARY KEY"_s)
        .replace(u"{{blob}}"_s, u"BLOB"_s);
}

QStringList SqliteDialect::migrationScripts() const
{
    return {u":/aduan/sql/001_initial.sql"_s, u":/aduan/sql/002_search.sql"_s,
            u":/aduan/sql/003_fast_reads.sql"_s, u":/aduan/sql/004_row_seals.sql"_s,
            u":/aduan/sql/005_skm.sql"_s,
            // Issue 19: the inbox of SMS and website messages.
            u":/aduan/sql/006_incoming_messages.sql"_s,
            u":/aduan/sql/007_person_roles.sql"_s,
            // Issue 22: the closing instant, the complainant's index.
            u":/aduan/sql/008_closing_instant.sql"_s,
            // Issue 19: the delivery state of SMS replies (step 5 by SMS).
            u":/aduan/sql/009_result_sms.sql"_s,
            // Issue 17: the program working as a person's own server role (nothing here).
            u":/aduan/sql/010_person_sessions.sql"_s,
            // Issue 14: every record sealed (Database::migrate() seals after it).
            u":/aduan/sql/011_seal_records.sql"_s,
            // Issue 22: the register's stored total (agenda_sequence.registered).
            u":/aduan/sql/012_register_total.sql"_s,
            // Issue 17: the server's group rights in one place (nothing here).
            u":/aduan/sql/013_group_rights.sql"_s,
            // Issue 14, second probe: the survey's rows sealed (Database::migrate() seals
            // after it).
            u":/aduan/sql/014_skm_seal_records.sql"_s,
            // Issue 14, second probe: the messages of SMS masuk sealed.
            u":/aduan/sql/015_message_seal_records.sql"_s};
}

QString SqliteDialect::unindexed(const QString &expression) const
{
    return u'+' + expression;
}

QString SqliteDialect::wordSearchIds(const QString &placeholder,
                                     const QString &complaintRelation) const
{
    Q_UNUSED(complaintRelation) // the words are in complaint_fts, not in the complaint's row
    return u"SELECT rowid AS id FROM complaint_fts WHERE complaint_fts MATCH %1"_s.arg(placeholder);
}

QString SqliteDialect::wordSearchValue(const QStringList &columns, const QStringList &words) const
{
    // {col1 col2} : ("word1"* AND "word2"*) — each word a quoted prefix query; a word of one
    // character is a whole word ("I" of "0001/ADUAN/I/2016" would otherwise be every word
    // starting with i, a hundred thousand complaints at a million).
    QStringList terms;
    for (QString word : words) {
        const bool whole = word.size() == 1;
        word.replace(u'"', u"\"\""_s);
        terms << u'"' + word + (whole ? u"\""_s : u"\"*"_s);
    }
    return u"{"_s + columns.join(u' ') + u"} : ("_s + terms.join(u" AND "_s) + u')';
}

QString SqliteDialect::secondaryObjectsQuery(const QStringList &tables) const
{
    return u"SELECT name, type, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
           "AND sql IS NOT NULL AND tbl_name IN ('%1')"_s.arg(tables.join(u"', '"_s));
}

QString SqliteDialect::rebuildSearchIndexStatement() const
{
    return u"INSERT INTO complaint_fts (complaint_fts) VALUES ('rebuild')"_s;
}

QStringList SqliteDialect::bulkLoadSettings(bool bulk) const
{
    // Helper threads for the sorts of CREATE INDEX (https://www.sqlite.org/pragma.html#pragma_threads).
    // A larger page cache was tried and made a million complaints slower (dirty-page bookkeeping
    // at each commit grows with the cache).
    return {u"PRAGMA threads = %1"_s.arg(bulk ? 2 : 0)};
}

bool SqliteDialect::isBusy(const QSqlError &error) const
{
    const int code = primaryCode(error);
    return code == kSqliteBusy || code == kSqliteLocked;
}

bool SqliteDialect::isCorrupt(const QSqlError &error) const
{
    return primaryCode(error) == kSqliteCorrupt;
}

bool SqliteDialect::isNotADatabase(const QSqlError &error) const
{
    return primaryCode(error) == kSqliteNotADb;
}

bool SqliteDialect::isGone(const QSqlError &error, const QString &location) const
{
    bool ok = false;
    if (error.nativeErrorCode().toInt(&ok) == kSqliteReadOnlyDbMoved && ok)
        return true;
    const int code = primaryCode(error);
    return (code == kSqliteReadOnly || code == kSqliteCantOpen) && !QFileInfo::exists(location);
}

bool SqliteDialect::isUnreachable(const QSqlError &error) const
{
    Q_UNUSED(error)
    return false;
}

bool SqliteDialect::isReadOnly(const QSqlError &error) const
{
    const int code = primaryCode(error);
    return code == kSqliteReadOnly || code == kSqliteCantOpen;
}

} // namespace aduan
