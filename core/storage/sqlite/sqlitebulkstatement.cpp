// SqliteDialect::prepareBulk(): the sqlite3 C API under Qt's QSQLITE driver, for BulkWriter.

#include "storage/sqlite/sqlitedialect.h"

#include "storage/bulkstatement.h"
#include "storage/database.h"
#include "util/error.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

/// The sqlite3 connection under Qt's QSQLITE driver (Debian's Qt uses the system libsqlite3
/// this library links: https://doc.qt.io/qt-6/qsqldriver.html#handle).
sqlite3 *sqliteHandle(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw Error(Error::Code::Storage, u"The bulk writer needs Qt's SQLite driver"_s);
    sqlite3 *h = *static_cast<sqlite3 *const *>(handle.constData());
    if (!h)
        throw Error(Error::Code::Storage, u"The database connection is not open"_s);
    return h;
}

/// One prepared statement of the sqlite3 C API: QSqlQuery's binding costs a formatted string
/// and a hash lookup per value, a fifth of writing a million complaints. Text binds as UTF-16
/// without conversion.
class SqliteBulkStatement final : public BulkStatement
{
public:
    SqliteBulkStatement(const Database &db, const QString &sql)
        : m_db(db)
        , m_handle(sqliteHandle(db))
        , m_sql(sql)
    {
        if (sqlite3_prepare16_v2(m_handle, sql.utf16(), -1, &m_statement, nullptr) != SQLITE_OK)
            fail();
    }
    ~SqliteBulkStatement() override { sqlite3_finalize(m_statement); }
    SqliteBulkStatement(const SqliteBulkStatement &) = delete;
    SqliteBulkStatement &operator=(const SqliteBulkStatement &) = delete;

    void text(int i, const QString &value) override
    {
        static const char16_t empty[] = u"";
        const void *data = value.isEmpty() ? static_cast<const void *>(empty)
                                           : static_cast<const void *>(value.constData());
        check(sqlite3_bind_text16(m_statement, i + 1, data, int(value.size() * 2),
                                  SQLITE_TRANSIENT));
    }
    void integer(int i, qint64 value) override
    {
        check(sqlite3_bind_int64(m_statement, i + 1, value));
    }
    void null(int i) override { check(sqlite3_bind_null(m_statement, i + 1)); }
    void exec() override
    {
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (rc != SQLITE_DONE)
            fail();
    }
    qint64 lastInsertId() const override { return sqlite3_last_insert_rowid(m_handle); }

private:
    void check(int rc)
    {
        if (rc != SQLITE_OK)
            fail();
    }
    [[noreturn]] void fail()
    {
        // Through Database::raise, which maps the native code (busy, read-only, ...) to Error.
        m_db.raise(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_handle)),
                             QSqlError::StatementError,
                             QString::number(sqlite3_extended_errcode(m_handle))),
                   m_sql);
    }

    const Database &m_db;
    sqlite3 *m_handle;
    QString m_sql;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace

std::unique_ptr<BulkStatement> SqliteDialect::prepareBulk(const Database &db,
                                                          const QString &sql) const
{
    return std::make_unique<SqliteBulkStatement>(db, sql);
}

} // namespace aduan
