#pragma once

#include "benchbaseline.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace aduan::bench {

/// The same work as Aduan's, written directly against the sqlite3 C library with hand-written,
/// prepared statements and the same durability settings (foreign_keys=ON, synchronous=FULL,
/// journal_mode=DELETE, BEGIN IMMEDIATE): the baseline for the cost of our layers.
class Direct final : public Baseline
{
public:
    explicit Direct(const QString &path);
    ~Direct() override;

    QString text(const QString &sql) override;
    void openAndFirstPage() override;
    /// The register's page of 100 rows at `offset`, newest first.
    void pageAt(int offset) override;
    void registerOne() override;
    /// Registers `count` complaints (untimed) for completeStep() to take one each.
    void prepareCompletions(int count) override;
    void completeStep() override;
    // Searches: the first page (100 rows, newest first) and the total, as the register shows.
    void searchNumber(const QString &prefix) override;
    void searchNik(const QString &nik) override;
    /// FTS5 on columns of complaint_fts (e.g. "public_name", or "subject description").
    void searchWords(const QString &columns, const QString &words) override;
    void monthPage(QDate from, QDate to) override;

private:
    void exec(const char *sql);
    sqlite3_stmt *cached(const QString &sql);
    void pageAndCount(const QString &condition, const QString &value);
    QString m_path;
    sqlite3 *m_db = nullptr;
    int m_seq = 0;
    qint64 m_lastComplaint = 0;
    QList<qint64> m_toComplete;
    QHash<QString, sqlite3_stmt *> m_statements;
};

} // namespace aduan::bench
