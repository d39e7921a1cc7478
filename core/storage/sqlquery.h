#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <utility>
#include <type_traits>

namespace aduan {

class Database;

/// A value as the storage layer reads it on every store: an instant (a store's native timestamp,
/// such as PostgreSQL's timestamptz, which its driver returns as a QDateTime) becomes the UTC
/// storage text of util/storagetime.h, a date its "yyyy-MM-dd" text; anything else is unchanged.
/// The one place where stores' native time types meet the text the rest of the layer parses.
QVariant storageValue(const QVariant &value);

/// A prepared statement on a Database (a statement the store cannot prepare, such as DDL on
/// PostgreSQL, runs as it is: SqlDialect::canPrepare()): every value bound, every exec() checked (a failure
/// becomes an aduan::Error through Database::raise()), columns read by name, and the statement
/// finished when the object goes out of scope, so no statement is ever left half-read holding a
/// lock on the file.
///
/// Slow statements can be logged for diagnosis: with the environment variable
/// ADUAN_SLOW_SQL_MS=N, a statement that took N wall-clock milliseconds or more from exec() to
/// its end is written to the log (qWarning) with its SQL text (never its bound values).
class SqlQuery
{
public:
    SqlQuery(const Database &db, const QString &sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    /// Binds a named placeholder (":name"). A QString binds as text even when it is null (an
    /// unset field is the empty text); SQL NULL is bound only by a null QVariant of a type, as
    /// made by SqlQuery::null(). A bool binds as the integer 1 or 0 (flags are integer columns).
    /// Instants are bound as util/storagetime.h's text, which every store reads as its instant.
    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    /// Binds each (placeholder, value) pair in order, as bind() does.
    SqlQuery &bind(const QList<std::pair<QString, QVariant>> &values);
    /// SQL NULL of text type.
    static QVariant null();
    /// Executes; throws aduan::Error on failure.
    SqlQuery &exec();
    /// Moves to the next row; false after the last one (the statement is then finished).
    bool next();
    /// The current row's value of a column, by name (throws Error(Storage) for an unknown name),
    /// through storageValue().
    QVariant value(const QString &column) const;
    /// The current row's value by position (0 = first column of the SELECT), for hot loops.
    QVariant valueAt(int index) const { return storageValue(m_q->value(index)); }
    /// The current row's column names, in SELECT order.
    QStringList columnNames() const;
    QString text(const QString &column) const { return value(column).toString(); }
    qint64 integer(const QString &column) const { return value(column).toLongLong(); }
    bool isNull(const QString &column) const { return value(column).isNull(); }
    /// Executes an INSERT whose SQL ends with `RETURNING id` (SQLite 3.35+ and PostgreSQL
    /// alike) and returns the new row's id: the one way the storage layer learns a new id.
    /// Never the driver's lastInsertId(): on PostgreSQL that is one more round trip
    /// (`SELECT lastval()`), and an error that aborts the whole transaction in a session that
    /// has drawn from no sequence yet. Throws like exec(), and Error(Storage) when no id came
    /// back.
    qint64 execReturningId();
    int rowsAffected() const;
    /// Executes and returns the first column of the first row (an invalid QVariant if no row).
    QVariant scalar();
    /// Executes and turns every row, in order, into a value with `fromRow` (a function taking
    /// `const SqlQuery &` positioned on the row). Throws like exec() and value().
    template <typename FromRow>
    auto rows(FromRow fromRow) -> QList<std::decay_t<std::invoke_result_t<FromRow, const SqlQuery &>>>
    {
        QList<std::decay_t<std::invoke_result_t<FromRow, const SqlQuery &>>> out;
        exec();
        while (next())
            out << fromRow(*this);
        return out;
    }
    /// Executes and turns the first row into a value with `fromRow`; std::nullopt when there is
    /// no row. Throws like exec() and value().
    template <typename FromRow>
    auto first(FromRow fromRow)
        -> std::optional<std::decay_t<std::invoke_result_t<FromRow, const SqlQuery &>>>
    {
        exec();
        if (!next())
            return std::nullopt;
        return fromRow(*this);
    }

private:
    const Database &m_db;
    QSqlQuery m_query;
    QSqlQuery *m_q = &m_query; ///< m_query, or a statement the Database keeps (keepsStatements())
    QString m_sql;
    bool m_prepared = true; ///< false: a statement the store cannot prepare, run as it is
    mutable QHash<QString, int> m_columns; ///< column name → index, read once per execution
    QElapsedTimer m_timer;                  ///< since exec(), when slow statements are logged
    void logIfSlow();
};

} // namespace aduan
