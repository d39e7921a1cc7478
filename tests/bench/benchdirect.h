#pragma once

#include <QDate>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace aduan::bench {

/// The same work as Aduan's, written directly against the sqlite3 C library with hand-written,
/// prepared statements and the same durability settings (foreign_keys=ON, synchronous=FULL,
/// journal_mode=DELETE, BEGIN IMMEDIATE): the baseline for the cost of our layers.
class Direct
{
public:
    explicit Direct(const QString &path);
    ~Direct();

    QString text(const QString &sql);
    void openAndFirstPage();
    void registerOne();
    void completeStep();
    void searchLike(const QString &text);
    void monthPage(QDate from, QDate to);

private:
    void exec(const char *sql);
    QString m_path;
    sqlite3 *m_db = nullptr;
    int m_seq = 0;
    qint64 m_lastComplaint = 0;
};

} // namespace aduan::bench
