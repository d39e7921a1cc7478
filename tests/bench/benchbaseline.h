#pragma once

#include <QDate>
#include <QString>

namespace aduan::bench {

/// The same work as Aduan's, written directly against the store's C library with hand-written,
/// prepared statements and the same durability settings: the baseline for the cost of our
/// layers. One implementation per store (Direct: sqlite3, DirectPg: libpq).
class Baseline
{
public:
    virtual ~Baseline() = default;

    /// The first column of the first row of `sql`, as text ("" when there is none).
    virtual QString text(const QString &sql) = 0;
    /// Opens a new connection as Database does, reads the register's first page and the total.
    virtual void openAndFirstPage() = 0;
    /// The register's page of 100 rows at `offset`, newest first.
    virtual void pageAt(int offset) = 0;
    /// Registers one complaint in one write transaction, as Workflow::registerComplaint does.
    virtual void registerOne() = 0;
    /// Registers `count` complaints (untimed) for completeStep() to take one each.
    virtual void prepareCompletions(int count) = 0;
    virtual void completeStep() = 0;
    // Searches: the first page (100 rows, newest first) and the total, as the register shows.
    virtual void searchNumber(const QString &prefix) = 0;
    virtual void searchNik(const QString &nik) = 0;
    /// Full-text search on the search columns (e.g. "public_name", or "subject description").
    virtual void searchWords(const QString &columns, const QString &words) = 0;
    virtual void monthPage(QDate from, QDate to) = 0;
};

} // namespace aduan::bench
