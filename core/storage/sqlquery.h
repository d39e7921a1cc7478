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

/// A prepared statement on a Database: every value bound, every exec() checked (a failure
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
    /// made by SqlQuery::null().
    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    /// Binds each (placeholder, value) pair in order, as bind() does.
    SqlQuery &bind(const QList<std::pair<QString, QVariant>> &values);
    /// SQL NULL of text type.
    static QVariant null();
    /// Executes; throws aduan::Error on failure.
    SqlQuery &exec();
    /// Moves to the next row; false after the last one (the statement is then finished).
    bool next();
    /// The current row's value of a column, by name (throws Error(Storage) for an unknown name).
    QVariant value(const QString &column) const;
    /// The current row's value by position (0 = first column of the SELECT), for hot loops.
    QVariant valueAt(int index) const { return m_query.value(index); }
    /// The current row's column names, in SELECT order.
    QStringList columnNames() const;
    QString text(const QString &column) const { return value(column).toString(); }
    qint64 integer(const QString &column) const { return value(column).toLongLong(); }
    bool isNull(const QString &column) const { return value(column).isNull(); }
    qint64 lastInsertId() const;
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
    QString m_sql;
    mutable QHash<QString, int> m_columns; ///< column name → index, read once per execution
    QElapsedTimer m_timer;                  ///< since exec(), when slow statements are logged
    void logIfSlow();
};

} // namespace aduan
