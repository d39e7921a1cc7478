#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;
class QSqlError;

namespace aduan {

/// The seam for what differs between SQL engines. Everything else in the storage layer is
/// portable SQL (SQL-92 plus LIMIT/OFFSET and ON CONFLICT), so that a PostgreSQL (QPSQL) dialect
/// can follow by implementing this interface.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    /// The Qt SQL driver name ("QSQLITE").
    virtual QString driverName() const = 0;
    /// Statement that opens a write transaction holding the write lock from its first statement
    /// (SQLite: "BEGIN IMMEDIATE"), so that two writers never both read and then both write.
    virtual QString beginWriteStatement() const = 0;
    /// Statement that opens a read transaction (a consistent snapshot for several queries).
    virtual QString beginReadStatement() const = 0;
    /// Replaces the dialect placeholders of a migration script: {{id}} (an auto-assigned 64-bit
    /// primary key column type), {{blob}} (binary column type).
    virtual QString expandSchema(QString script) const = 0;
    /// The schema migrations, in order, as resource paths: script N brings the schema from
    /// version N-1 to N.
    virtual QStringList migrationScripts() const = 0;
    /// A query of one column `id`: the complaints where every word of `words` starts a word (a
    /// word of one character: is a word) in
    /// one of the search `columns` ("public_name" — the complainant's name when the complaint
    /// is public —, "protected_name" — the name when it is confidential —, "subject",
    /// "description"; an anonymous complainant's name is in neither). `placeholder` is bound to
    /// wordSearchValue(). Reads only the full-text index, never the complaint rows.
    virtual QString wordSearchIds(const QString &placeholder) const = 0;
    virtual QString wordSearchValue(const QStringList &columns, const QStringList &words) const = 0;
    /// Statement listing (name, type, sql) of the indexes and triggers of `tables` that a bulk
    /// load may drop and re-create afterwards.
    virtual QString secondaryObjectsQuery(const QStringList &tables) const = 0;
    /// Statement that rebuilds the full-text index from the complaint table.
    virtual QString rebuildSearchIndexStatement() const = 0;
    /// Statements that tune a connection for a bulk load (`bulk` true) or back to normal work
    /// (SQLite: helper threads for the sorts of CREATE INDEX).
    virtual QStringList bulkLoadSettings(bool bulk) const = 0;
    /// True when the error means "another connection holds the lock": retry the transaction.
    virtual bool isBusy(const QSqlError &error) const = 0;
    /// True when the error is a uniqueness or foreign-key violation.
    virtual bool isConstraintViolation(const QSqlError &error) const = 0;
    /// True when the error means the file is damaged.
    virtual bool isCorrupt(const QSqlError &error) const = 0;
    /// True when the error means the file is not a database of this engine.
    virtual bool isNotADatabase(const QSqlError &error) const = 0;
    /// True when the error means the file or folder cannot be written.
    virtual bool isReadOnly(const QSqlError &error) const = 0;
    /// True when the error means the database at `location` is no longer where it was opened
    /// (the file moved, renamed or deleted, or its folder unreachable) — which SQLite reports
    /// as a read-only or cannot-open error although the file's permissions are not the cause.
    virtual bool isGone(const QSqlError &error, const QString &location) const = 0;
};

/// SQLite 3 through Qt's QSQLITE driver.
class SqliteDialect final : public SqlDialect
{
public:
    QString driverName() const override;
    QString beginWriteStatement() const override;
    QString beginReadStatement() const override;
    QString expandSchema(QString script) const override;
    QStringList migrationScripts() const override;
    QString wordSearchIds(const QString &placeholder) const override;
    QString wordSearchValue(const QStringList &columns, const QStringList &words) const override;
    QString secondaryObjectsQuery(const QStringList &tables) const override;
    QString rebuildSearchIndexStatement() const override;
    QStringList bulkLoadSettings(bool bulk) const override;
    /// The page cache of normal work, in KiB (PRAGMA cache_size takes it negative).
    static constexpr int kCacheKiB = 32 * 1024;
    bool isBusy(const QSqlError &error) const override;
    bool isConstraintViolation(const QSqlError &error) const override;
    bool isCorrupt(const QSqlError &error) const override;
    bool isNotADatabase(const QSqlError &error) const override;
    bool isReadOnly(const QSqlError &error) const override;
    /// SQLITE_READONLY_DBMOVED, or a read-only/cannot-open error while no file is at `location`.
    bool isGone(const QSqlError &error, const QString &location) const override;
};

} // namespace aduan
