#pragma once

#include "benchbaseline.h"

#include <QByteArray>
#include <QList>
#include <QSet>

struct pg_conn;

namespace aduan::bench {

/// The same work as Aduan's, written directly against libpq: statements prepared once
/// (PQprepare, PQexecPrepared), the same session settings as PostgresDialect (UTC, lock and
/// statement timeouts), the same transaction shape (BEGIN; SELECT pg_advisory_xact_lock(key);
/// ...; COMMIT) and durability (synchronous_commit on, the server's default). `location` is the
/// postgresql:// URI, which libpq reads as it is.
class DirectPg final : public Baseline
{
public:
    explicit DirectPg(const QString &location);
    ~DirectPg() override;

    QString text(const QString &sql) override;
    void openAndFirstPage() override;
    void pageAt(int offset) override;
    void registerOne() override;
    void prepareCompletions(int count) override;
    void completeStep() override;
    void searchNumber(const QString &prefix) override;
    void searchNik(const QString &nik) override;
    void searchWords(const QString &columns, const QString &words) override;
    void monthPage(QDate from, QDate to) override;

private:
    /// Runs the statement prepared under `name` (prepared from `sql` on first use) with text
    /// parameters; reads all rows; returns the first column of the first row.
    QByteArray run(const char *name, const QString &sql, const QList<QByteArray> &params);
    void exec(const char *sql);
    void pageAndCount(const QString &condition, const QByteArray &value);
    QByteArray m_location;
    pg_conn *m_db = nullptr;
    QSet<QByteArray> m_prepared;
    QList<qint64> m_toComplete;
    qint64 m_lastComplaint = 0;
};

} // namespace aduan::bench
