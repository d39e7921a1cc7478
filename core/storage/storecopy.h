#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace aduan {

class Database;

/// One table of a copy between stores, as copyStore() found it.
struct TableCopy {
    QString table;
    qint64 sourceRows = 0; ///< COUNT(*) in the source
    qint64 targetRows = 0; ///< COUNT(*) in the target after the copy, before it was committed
    qint64 sampled = 0;    ///< rows compared column by column
};

/// What copyStore() did.
struct StoreCopyReport {
    QList<TableCopy> tables; ///< in the order they were copied (every reference before its user)
    /// Tables of the source that the target does not have because they are the source store's
    /// own machinery (SQLite's full-text index tables): rebuilt on the target, not copied.
    QStringList leftOut;
    /// What the verification found different, one line each (table, row, column, both values);
    /// empty when the copy is faithful. When not empty, nothing was committed.
    QStringList differences;
    bool committed = false;
    bool ok() const { return committed && differences.isEmpty(); }
    qint64 rows() const;
    qint64 sampled() const;
};

/// How copyStore() works.
struct StoreCopyOptions {
    /// Every Nth row of each table (in the order of its columns, its key first) is compared
    /// column by column on both sides, and the first and the last row always. 1 compares all.
    int sampleEvery = 25;
    /// Called after about every 500 rows copied and at the end of each table, with the table
    /// and the rows copied of it so far. May throw: the copy stops and the target's transaction is
    /// rolled back (the exception propagates).
    std::function<void(const QString &table, qint64 rows)> progress;
    /// Runs on the target inside the copy's transaction, after the copy was verified and just
    /// before it is committed (e.g. to record the copy in the target's history). May throw:
    /// nothing is committed.
    std::function<void(Database &target)> beforeCommit;
};

/// Copies every row of every table of the open `source` into the open, empty `target` of the
/// same schema version (another store, e.g. the shared SQLite file into a PostgreSQL database,
/// issue 16), keeping every column's value and every id, so that row seals and the history's
/// hash chain stay valid. The table list and the columns come from the source
/// (SqlDialect::tableNamesQuery(), `SELECT *`); the source's tables that the target lacks are
/// left out (report.leftOut) and any target table that the source lacks is an error. Tables are
/// copied in an order where every table comes after the tables it refers to
/// (SqlDialect::foreignKeysQuery() of the source), rows in the order of their key.
///
/// All or nothing: everything on the target happens in ONE write transaction (Database::write());
/// an error, an exception from a hook, or the process killed leaves the target as it was (the
/// server rolls back a transaction whose session ends). The source is read in one read
/// transaction (one snapshot) and never written.
///
/// Inside the transaction, after the rows: each table's key generator continues after its
/// largest id (SqlDialect::continueKeysAfterCopy()), the full-text index is rebuilt
/// (SqlDialect::rebuildSearchIndexStatement()), then the copy is verified: row counts per table
/// equal, and a sample of rows (StoreCopyOptions::sampleEvery) equal column by column after
/// normalising each store's types (instants as util/storagetime.h's UTC text, dates as
/// "yyyy-MM-dd", integers as numbers, blobs as bytes). A difference rolls the transaction back
/// and is returned in report.differences (committed false); otherwise beforeCommit runs and the
/// transaction commits.
///
/// Throws aduan::Error: Invalid (the schema versions differ, or the target lacks a table or a
/// column of the source, or its tables are not empty: nothing changed), and the errors of the
/// statements (Busy, ReadOnly, FileMissing for a server that went away, Storage).
StoreCopyReport copyStore(Database &source, Database &target, const StoreCopyOptions &options = {});

/// The tables of the open database `db` that hold rows, other than the meta table's schema
/// version, with their row counts as "table: N" (empty: an empty Aduan database, as
/// OpenOptions::CreateNew leaves it). Throws aduan::Error from the statements.
QStringList tablesWithRows(Database &db);

} // namespace aduan
