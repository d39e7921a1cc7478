// PostgresDialect::prepareBulk(): BulkWriter's fast path on PostgreSQL. Rows are held back and
// sent as multi-row INSERTs (up to kMaxRows rows a statement), each prepared once through QPSQL
// (PREPARE/EXECUTE): one round trip for hundreds of rows instead of one or two per row
// (https://www.postgresql.org/docs/15/populate.html). A table with an identity column `id`
// gets its ids reserved from the column's own sequence in blocks, so that lastInsertId() is
// known before the row is sent and later ordinary inserts continue after them.

#include "storage/postgres/postgresdialect.h"

#include "storage/bulkstatement.h"
#include "storage/database.h"
#include "util/error.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <map>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

/// At most this many bound values in one statement (far below the 65,535 parameters a
/// statement may have), and at most kMaxRows rows.
constexpr int kMaxValues = 30000;
constexpr int kMaxRows = 1000;

class PostgresBulkStatement final : public BulkStatement
{
public:
    PostgresBulkStatement(const Database &db, const QString &sql)
        : m_db(db)
        , m_sql(sql)
    {
        // INSERT INTO table (columns) VALUES (one row's values: ? or constants)
        static const QRegularExpression shape(
            u"^\\s*INSERT\\s+INTO\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*VALUES\\s*\\((.*)\\)\\s*$"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = shape.match(sql);
        if (!m.hasMatch()) {
            throw Error(Error::Code::Storage,
                        u"The bulk path takes INSERT INTO table (columns) VALUES (...) only"_s, sql);
        }
        m_table = m.captured(1);
        m_columns = m.captured(2).trimmed();
        m_values = m.captured(3).trimmed();
        m_width = int(m_values.count(u'?'));
        m_row.resize(m_width);
        QSqlQuery identity(db.connection());
        const QString find = u"SELECT pg_get_serial_sequence('%1', 'id') FROM pg_attribute "
                             "WHERE attrelid = '%1'::regclass AND attname = 'id' "
                             "AND attidentity <> ''"_s.arg(m_table);
        if (!identity.exec(find))
            m_db.raise(identity.lastError(), find);
        if (identity.next())
            m_sequence = identity.value(0).toString();
        identity.finish();
        const int perRow = m_width + (m_sequence.isEmpty() ? 0 : 1);
        m_rowsPerStatement = std::clamp(kMaxValues / std::max(1, perRow), 1, kMaxRows);
    }

    void text(int i, const QString &value) override { m_row[i] = value.isNull() ? u""_s : value; }
    void integer(int i, qint64 value) override { m_row[i] = value; }
    void null(int i) override { m_row[i] = QVariant(QMetaType(QMetaType::QString)); }

    void exec() override
    {
        if (!m_sequence.isEmpty()) {
            if (m_reserved.isEmpty())
                reserveIds();
            m_lastId = m_reserved.takeFirst();
            m_pending << QVariant(m_lastId);
        }
        m_pending << m_row;
        ++m_pendingRows;
    }

    qint64 lastInsertId() const override
    {
        if (m_sequence.isEmpty())
            throw Error(Error::Code::Storage, u"Table %1 has no identity column id"_s.arg(m_table));
        return m_lastId;
    }

    void discard() override
    {
        m_pending.clear();
        m_pendingRows = 0;
    }

    void flush() override
    {
        const int perRow = m_width + (m_sequence.isEmpty() ? 0 : 1);
        qsizetype at = 0;
        while (m_pendingRows > 0) {
            const int rows = std::min(m_pendingRows, m_rowsPerStatement);
            QSqlQuery &query = statementFor(rows);
            for (int i = 0; i < rows * perRow; ++i)
                query.bindValue(i, m_pending.at(at + i));
            if (!query.exec())
                m_db.raise(query.lastError(), m_sql);
            at += rows * perRow;
            m_pendingRows -= rows;
        }
        m_pending.clear();
    }

private:
    /// Takes the next kMaxRows ids from the identity column's sequence.
    void reserveIds()
    {
        QSqlQuery query(m_db.connection());
        const QString sql = u"SELECT nextval('%1') FROM generate_series(1, %2)"_s.arg(
            m_sequence, QString::number(kMaxRows));
        if (!query.exec(sql))
            m_db.raise(query.lastError(), sql);
        while (query.next())
            m_reserved << query.value(0).toLongLong();
        query.finish();
    }

    /// The INSERT of `rows` rows, prepared on first use.
    QSqlQuery &statementFor(int rows)
    {
        auto it = m_statements.find(rows);
        if (it != m_statements.end())
            return it->second;
        const QString one = m_sequence.isEmpty() ? u"("_s + m_values + u')'
                                                 : u"(?, "_s + m_values + u')';
        QStringList tuples;
        tuples.reserve(rows);
        for (int i = 0; i < rows; ++i)
            tuples << one;
        const QString sql = u"INSERT INTO %1 (%2%3) VALUES %4"_s.arg(
            m_table, m_sequence.isEmpty() ? QString() : u"id, "_s, m_columns, tuples.join(u", "_s));
        QSqlQuery query(m_db.connection());
        if (!query.prepare(sql))
            m_db.raise(query.lastError(), m_sql);
        return m_statements.emplace(rows, std::move(query)).first->second;
    }

    const Database &m_db;
    QString m_sql;
    QString m_table, m_columns, m_values;
    QString m_sequence; ///< the identity sequence of `id`, or empty
    int m_width = 0;
    int m_rowsPerStatement = 1;
    QList<QVariant> m_row;
    QList<QVariant> m_pending; ///< rows not yet sent, value after value
    int m_pendingRows = 0;
    QList<qint64> m_reserved;
    qint64 m_lastId = 0;
    std::map<int, QSqlQuery> m_statements; ///< prepared INSERTs by their number of rows
};

} // namespace

std::unique_ptr<BulkStatement> PostgresDialect::prepareBulk(const Database &db,
                                                            const QString &sql) const
{
    return std::make_unique<PostgresBulkStatement>(db, sql);
}

} // namespace aduan
