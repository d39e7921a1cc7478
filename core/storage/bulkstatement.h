#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <cstddef>

namespace aduan {

/// One value of a BulkStatement row, as it is bound: text, an integer (a bool binds 0/1), SQL
/// NULL (`nullptr`), or an instant (BulkStatement::time()).
class BulkValue
{
public:
    BulkValue(const QString &text) : m_kind(Kind::Text), m_text(text) {}
    BulkValue(qint64 number) : m_kind(Kind::Integer), m_number(number) {}
    BulkValue(int number) : m_kind(Kind::Integer), m_number(number) {}
    BulkValue(bool flag) : m_kind(Kind::Integer), m_number(flag ? 1 : 0) {}
    BulkValue(std::nullptr_t) : m_kind(Kind::Null) {}
    BulkValue(const QDateTime &instant) : m_kind(Kind::Time), m_instant(instant) {}
    /// Text, or NULL when empty.
    static BulkValue textOrNull(const QString &text);
    /// An id, or NULL when not positive (no such record).
    static BulkValue idOrNull(qint64 id);

private:
    friend class BulkStatement;
    enum class Kind { Text, Integer, Null, Time };
    Kind m_kind;
    QString m_text;
    qint64 m_number = 0;
    QDateTime m_instant;
};

/// One INSERT prepared once and executed for many rows, the fast path of BulkWriter. Made by
/// SqlDialect::prepareBulk() for the statement's text with positional `?` placeholders; each
/// store binds in its own native way (SQLite: the sqlite3 C API, no per-value string formatting).
/// Positions are 0-based, like QSqlQuery's. Every bind and exec() that fails throws aduan::Error
/// through Database::raise() (Busy, ReadOnly, Corrupt, Storage ...). Not thread-safe; one
/// statement per connection's thread.
class BulkStatement
{
public:
    virtual ~BulkStatement() = default;

    /// Text; a null QString binds as the empty text (NOT NULL columns).
    virtual void text(int i, const QString &value) = 0;
    /// A 64-bit integer.
    virtual void integer(int i, qint64 value) = 0;
    /// SQL NULL.
    virtual void null(int i) = 0;
    /// Runs the statement with the values bound so far, then clears nothing: a value not bound
    /// again keeps its value for the next row.
    virtual void exec() = 0;
    /// The primary key of the row the last exec() inserted (or will insert, when the store
    /// holds rows back until flush()).
    virtual qint64 lastInsertId() const = 0;
    /// Sends the rows a store holds back (PostgreSQL sends hundreds of rows in one INSERT;
    /// SQLite writes each at exec() and has nothing to send). BulkWriter calls it before every
    /// commit, the statement of the parent rows first. Throws like exec().
    virtual void flush() {}
    /// Drops the rows held back and not yet sent (their transaction is being run again).
    virtual void discard() {}

    /// An instant as stored (util/storagetime: UTC text of one fixed width), or NULL when invalid.
    void time(int i, const QDateTime &value);
    /// Binds `values` to the positions 0, 1, ... in order, then exec().
    void execRow(const QList<BulkValue> &values);
};

} // namespace aduan
