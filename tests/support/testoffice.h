#pragma once

#include "domain/complaint.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace aduan::test {

/// True when the tests run on a PostgreSQL server: the environment variable
/// ADUAN_TEST_POSTGRES=1, with libpq's PGHOST, PGPORT, PGUSER, PGPASSWORD naming a server on
/// which that user may create databases (as pg_virtualenv sets them). TestOffice then makes a
/// fresh database on that server for each office; tests about files are left out by the tag
/// expression of the CTest entry core_tests_postgres (tag [file]).
bool onPostgres();

/// An instant given in office time (WIB, UTC+7), as the walkthrough writes it.
QDateTime wib(int year, int month, int day, int hour, int minute, int second = 0);

/// The walkthrough's setting (../shared/cases/walkthrough.md): office profile, calendar
/// Monday–Friday 07:30–16:00 WIB with Friday 20 March 2026 a holiday, the SOP revision of
/// 19 January 2024, and the users Rina (officer), Dewi (secretary), Hendra (head), Agus (team,
/// may see confidential identities), Lina (team, may not) and Admin — in a fresh database file
/// of its own, with a ManualClock. The users' password is "rahasia123" (admin: "admin12345").
/// The first instance builds a template file once per process; later ones copy it (Argon2id
/// hashing is slow on purpose). With onPostgres(), the database is a new one on the test server
/// (CREATE DATABASE ... TEMPLATE a template database built once per process), `path` its
/// `postgresql:///name` location, and the destructor drops it.
class TestOffice
{
public:
    /// Where the office's database is: on the store the tests run on (a file, or the test
    /// server with onPostgres()), or always a file (e.g. the file an office moves to a server).
    enum class Where { TestStore, File };

    explicit TestOffice(const QDateTime &start = wib(2026, 3, 2, 8, 0),
                        Where where = Where::TestStore);
    ~TestOffice();

    QString path;
    ManualClock clock;
    std::unique_ptr<Database> db;
    qint64 rina = 0, dewi = 0, hendra = 0, agus = 0, lina = 0, admin = 0;

    /// Re-opens the database (another "PC").
    std::unique_ptr<Database> openAnother() const;

private:
    QTemporaryDir m_dir;
    QString m_database; ///< on the test server: the database to drop
};

/// A new, empty database on the test server (onPostgres() only), UTF-8 with byte-order
/// collation as the README asks the server's administrator to make it; dropped (with any
/// session still on it) by the destructor.
class ServerDatabase
{
public:
    explicit ServerDatabase(const QString &what);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;
    QString location; ///< postgresql:///NAME

private:
    QString m_name;
};

/// A walk-in complaint as the desk takes it: Sukarno (male, phone 081234567807, no NIK),
/// subject "Lansia terlantar", `description`, the Kartu Identitas and the evidence shown.
ComplaintDraft walkIn(const QString &description = QStringLiteral("-"));

/// A walk-in complaint with every identity field typed as at the desk: Budi Santoso, NIK
/// 3572021208750004 (male), phone "0812 3456 7801", "Jl. Merdeka 10, Blitar"; subject "Bantuan
/// PKH belum cair", category "Bantuan sosial"; the Kartu Identitas and the evidence shown.
ComplaintDraft walkInWithIdentity();

/// Walkthrough C's complaint (../shared/cases): Hartini, confidential, a levy taken by a
/// benefits companion; the Kartu Identitas and the evidence shown.
ComplaintDraft confidentialCase();

/// The directory of the acceptance cases (a copy of ../shared/cases kept in tests/cases).
QString casesDir();

} // namespace aduan::test
