// The register's search at scale: what a search finds, counts and pages must not depend on how
// the store gets there (sorting a few candidates, or walking the date index past thousands).
// An oracle computed here from every complaint row decides what is right.
#include "catch_qt.h"
#include "testoffice.h"

#include "demo/demogenerator.h"
#include "queries/intakebook.h"
#include "storage/registertotal.h"
#include "storage/sqlquery.h"
#include "util/storagetime.h"

#include <QHash>
#include <QRegularExpression>

#include <functional>
#include <optional>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace aduan;

namespace {

struct Row {
    qint64 id = 0;
    QString receivedAt;
    QString agendaNumber;
    int agendaYear = 0;
    int agendaSeq = 0;
    QString confidentiality;
    QString name;
    QStringList nameWords;
    QStringList textWords;
    bool voided = false;
};

QStringList words(const QString &text)
{
    static const QRegularExpression separator(u"[^\\p{L}\\p{N}]+"_s);
    return text.toLower().split(separator, Qt::SkipEmptyParts);
}

QList<Row> allRows(Database &db)
{
    SqlQuery q(db, u"SELECT id, received_at, agenda_number, agenda_year, agenda_seq, confidentiality, "
                   "complainant_name, subject, description, voided_at FROM complaint"_s);
    q.exec();
    QList<Row> rows;
    while (q.next()) {
        rows << Row{q.integer(u"id"_s), q.text(u"received_at"_s), q.text(u"agenda_number"_s),
                    int(q.integer(u"agenda_year"_s)), int(q.integer(u"agenda_seq"_s)),
                    q.text(u"confidentiality"_s), q.text(u"complainant_name"_s),
                    words(q.text(u"complainant_name"_s)),
                    words(q.text(u"subject"_s) + u' ' + q.text(u"description"_s)),
                    !q.isNull(u"voided_at"_s)};
    }
    return rows;
}

/// Every typed word starts a word of the text (a one-letter word must be a whole word).
bool matchesAll(const QStringList &typed, const QStringList &text)
{
    return std::all_of(typed.cbegin(), typed.cend(), [&](const QString &w) {
        return std::any_of(text.cbegin(), text.cend(), [&](const QString &t) {
            return w.size() == 1 ? t == w : t.startsWith(w);
        });
    });
}

/// The oracle: which complaints a search of words finds for a viewer, by name (public, or
/// confidential with the right; never anonymous) or subject and description.
QList<Row> expected(const QList<Row> &rows, const QString &search, bool canSee, bool includeVoided)
{
    const QStringList typed = words(search);
    QList<Row> out;
    for (const Row &r : rows) {
        if (!includeVoided && r.voided)
            continue;
        const bool nameVisible = r.confidentiality == u"biasa"_s
                                 || (canSee && r.confidentiality == u"rahasia"_s);
        QStringList text = r.textWords;
        if (nameVisible)
            text << r.nameWords;
        if (matchesAll(typed, text))
            out << r;
    }
    return out;
}

/// The name the register shows this viewer (binary order, as SQLite compares text).
QString shownName(const Row &r, bool canSee)
{
    if (r.confidentiality == u"anonim"_s)
        return u"Anonim"_s;
    if (r.confidentiality == u"rahasia"_s && !canSee)
        return u"Dirahasiakan"_s;
    return r.name;
}

QList<qint64> ids(const QList<Row> &rows)
{
    QList<qint64> out;
    for (const Row &r : rows)
        out << r.id;
    return out;
}

/// Tuesday 30 June 2026, 15:00 WIB: the "now" of every generated office here.
const QDateTime kNow(QDate(2026, 6, 30), QTime(8, 0), QTimeZone::utc());

/// `count` demo complaints received from `from` to kNow, reproducible by `seed`.
void generate(test::TestOffice &office, int count, QDate from, quint32 seed)
{
    DemoOptions options;
    options.complaints = count;
    options.fromMonth = from;
    options.seed = seed;
    REQUIRE(generateDemoComplaints(*office.db, options, office.clock) == count);
}

QList<qint64> ids(const QList<IntakeBookRow> &rows)
{
    QList<qint64> out;
    for (const IntakeBookRow &r : rows)
        out << r.complaintId;
    return out;
}

} // namespace

TEST_CASE("Searches of thousands and of a few match an oracle in count, order and pages",
          "[search][generated]")
{
    test::TestOffice office(kNow);
    generate(office, 8000, QDate(2026, 3, 1), 11);
    const QList<Row> rows = allRows(*office.db);
    IntakeBook book(*office.db, office.clock);

    // "bantuan" is in a third of the descriptions (well past the 2,000 candidates from which
    // a page walks the date index); "sekolah" and a name are in a few hundred.
    for (const QString &search : {u"bantuan"_s, u"sekolah"_s, u"Siti"_s, u"bantuan PKH"_s}) {
        for (const bool includeVoided : {true, false}) {
            for (const bool canSee : {true, false}) {
                const qint64 viewerId = canSee ? office.agus : office.lina;
                INFO("search " << search.toStdString() << ", voided " << includeVoided
                               << ", sees " << canSee);
                QList<Row> want = expected(rows, search, canSee, includeVoided);
                REQUIRE(want.size() > 50);
                IntakeBookFilter filter;
                filter.search = search;
                filter.includeVoided = includeVoided;
                CHECK(book.count(viewerId, filter) == want.size());

                // Newest first, ties by id; the first page, one in the middle and the last.
                std::sort(want.begin(), want.end(), [](const Row &a, const Row &b) {
                    return a.receivedAt != b.receivedAt ? a.receivedAt > b.receivedAt : a.id > b.id;
                });
                for (const int offset : {0, int(want.size() / 2), int(want.size() - 7)}) {
                    INFO("offset " << offset);
                    const auto page = book.page(viewerId, filter, IntakeBookSort::ReceivedAt,
                                                true, offset, 100);
                    CHECK(ids(page) == ids(want.mid(offset, 100)));
                }
                // By agenda number, oldest first.
                std::sort(want.begin(), want.end(), [](const Row &a, const Row &b) {
                    return a.agendaYear != b.agendaYear ? a.agendaYear < b.agendaYear
                                                        : a.agendaSeq < b.agendaSeq;
                });
                const auto byNumber =
                    book.page(viewerId, filter, IntakeBookSort::AgendaNumber, false, 40, 100);
                CHECK(ids(byNumber) == ids(want.mid(40, 100)));
                // By the name as this viewer sees it, last first.
                std::sort(want.begin(), want.end(), [canSee](const Row &a, const Row &b) {
                    const QString x = shownName(a, canSee), y = shownName(b, canSee);
                    return x != y ? x > y : a.id > b.id;
                });
                const auto byName =
                    book.page(viewerId, filter, IntakeBookSort::Complainant, true, 30, 100);
                CHECK(ids(byName) == ids(want.mid(30, 100)));
            }
        }
    }
}

TEST_CASE("The whole register sorted by the shown name matches an oracle", "[search][generated]")
{
    test::TestOffice office(kNow);
    generate(office, 3000, QDate(2026, 4, 1), 13);
    QList<Row> rows = allRows(*office.db);
    IntakeBook book(*office.db, office.clock);
    for (const bool canSee : {true, false}) {
        INFO("sees " << canSee);
        std::sort(rows.begin(), rows.end(), [canSee](const Row &a, const Row &b) {
            const QString x = shownName(a, canSee), y = shownName(b, canSee);
            return x != y ? x < y : a.id < b.id;
        });
        const qint64 viewer = canSee ? office.agus : office.lina;
        for (const int offset : {0, 1500, 2950}) {
            const auto page = book.page(viewer, {}, IntakeBookSort::Complainant, false, offset, 100);
            CHECK(ids(page) == ids(rows.mid(offset, 100)));
        }
    }
}

TEST_CASE("The register and a common word's matches sorted by status or name, both ways, match an oracle",
          "[search][generated][sort]")
{
    test::TestOffice office(kNow);
    // 8,000: "bantuan" then has more than the 2,000 candidates from which the pages are merged
    // from blocks walked in index order rather than sorted.
    generate(office, 8000, QDate(2026, 3, 1), 11);
    Database &db = *office.db;
    const QList<Row> rows = allRows(db);
    // The status's sort key: voided last, then the open step (a voided complaint keeps its own).
    QHash<qint64, std::pair<int, std::optional<int>>> status;
    {
        SqlQuery q(db, u"SELECT c.id, CASE WHEN c.voided_at IS NULL THEN 0 ELSE 1 END AS voided, "
                       "s.step_no FROM complaint c LEFT JOIN step_record s ON s.complaint_id = c.id "
                       "AND s.completed_at IS NULL"_s);
        q.exec();
        while (q.next()) {
            status.insert(q.integer(u"id"_s),
                          {int(q.integer(u"voided"_s)),
                           q.isNull(u"step_no"_s) ? std::nullopt
                                                  : std::optional<int>(int(q.integer(u"step_no"_s)))});
        }
    }
    // Where the store puts NULL in an ascending order (SQLite first, PostgreSQL last).
    const bool nullsFirst =
        SqlQuery(db, u"SELECT x FROM (SELECT NULL AS x UNION ALL SELECT 1) AS t ORDER BY x LIMIT 1"_s)
            .scalar()
            .isNull();
    const auto statusLess = [&](const Row &a, const Row &b) {
        const auto &[va, sa] = status.value(a.id);
        const auto &[vb, sb] = status.value(b.id);
        if (va != vb)
            return va < vb;
        if (sa != sb) {
            if (!sa || !sb)
                return nullsFirst ? !sa : !sb;
            return *sa < *sb;
        }
        return a.id < b.id;
    };
    IntakeBook book(db, office.clock);
    for (const QString &search : {QString(), u"bantuan"_s}) {
        for (const bool canSee : {true, false}) {
            QList<Row> want = search.isEmpty() ? rows : expected(rows, search, canSee, true);
            REQUIRE(want.size() > 2000);
            IntakeBookFilter filter;
            filter.search = search;
            const qint64 viewer = canSee ? office.agus : office.lina;
            const auto nameLess = [canSee](const Row &a, const Row &b) {
                const QString x = shownName(a, canSee), y = shownName(b, canSee);
                return x != y ? x < y : a.id < b.id;
            };
            for (const bool descending : {false, true}) {
                for (const auto &[key, less] :
                     {std::pair<IntakeBookSort, std::function<bool(const Row &, const Row &)>>{
                          IntakeBookSort::Status, statusLess},
                      {IntakeBookSort::Complainant, nameLess}}) {
                    INFO("search '" << search.toStdString() << "', sees " << canSee << ", desc "
                                    << descending << ", by " << int(key));
                    std::sort(want.begin(), want.end(), [&](const Row &a, const Row &b) {
                        return descending ? less(b, a) : less(a, b);
                    });
                    for (const int offset : {0, 250, int(want.size()) - 60}) {
                        INFO("offset " << offset);
                        CHECK(ids(book.page(viewer, filter, key, descending, offset, 100))
                              == ids(want.mid(offset, 100)));
                    }
                }
            }
        }
    }
}

TEST_CASE("A confidential name is found only with the right, an anonymous one never",
          "[search][generated]")
{
    test::TestOffice office(kNow);
    generate(office, 1500, QDate(2026, 5, 1), 5);
    IntakeBook book(*office.db, office.clock);
    for (const QString &level : {u"rahasia"_s, u"anonim"_s}) {
        SqlQuery q(*office.db, u"SELECT id, agenda_number FROM complaint "
                               "WHERE confidentiality = :level ORDER BY id LIMIT 1"_s);
        q.bind(u":level"_s, level).exec();
        REQUIRE(q.next());
        const qint64 id = q.integer(u"id"_s);
        const QString number = q.text(u"agenda_number"_s);
        INFO(level.toStdString());
        IntakeBookFilter filter;
        if (level == u"rahasia"_s) {
            // A name no other complaint has. (An anonymous complaint stores no name at all:
            // the schema's CHECK constraint.)
            SqlQuery(*office.db, u"UPDATE complaint SET complainant_name = 'Zulkarnaen "
                                 "Wiryosaputro' WHERE id = :id"_s)
                .bind(u":id"_s, id)
                .exec();
            filter.search = u"zulkarnaen wiryo"_s;
            CHECK(book.count(office.lina, filter) == 0);
            CHECK(book.count(office.agus, filter) == 1);
            // Made public, the name is found by everyone.
            SqlQuery(*office.db, u"UPDATE complaint SET confidentiality = 'biasa' WHERE id = :id"_s)
                .bind(u":id"_s, id)
                .exec();
            CHECK(book.count(office.lina, filter) == 1);
            SqlQuery(*office.db, u"UPDATE complaint SET confidentiality = 'rahasia' WHERE id = :id"_s)
                .bind(u":id"_s, id)
                .exec();
            CHECK(book.count(office.lina, filter) == 0);
        }
        // Its number finds it for everyone, the name shown as the viewer may see it.
        filter.search = number;
        const auto forLina = book.page(office.lina, filter, IntakeBookSort::ReceivedAt, true, 0, 10);
        const auto forAgus = book.page(office.agus, filter, IntakeBookSort::ReceivedAt, true, 0, 10);
        REQUIRE(forLina.size() == 1);
        REQUIRE(forAgus.size() == 1);
        CHECK(forLina.first().complaintId == id);
        CHECK(forLina.first().complainantName
              == (level == u"rahasia"_s ? u"Dirahasiakan"_s : u"Anonim"_s));
        CHECK(forAgus.first().complainantName
              == (level == u"rahasia"_s ? u"Zulkarnaen Wiryosaputro"_s : u"Anonim"_s));
    }
    // The triggers kept the full-text index equal to its content (FTS5 'integrity-check' with
    // rank 1 compares the index with the view it is built from; a difference is an error). On
    // PostgreSQL the index is a generated column of the complaint row: always equal.
    if (!test::onPostgres())
        CHECK_NOTHROW(SqlQuery(*office.db, u"INSERT INTO complaint_fts (complaint_fts, rank) "
                                       "VALUES ('integrity-check', 1)"_s)
                      .exec());
}

// [file]: about the shared file itself (SQLite's schema 2 and its FTS5 tables);
// left out on PostgreSQL (core_tests_postgres).
TEST_CASE("A file of schema 2 is upgraded once, after telling the program, and searches as before",
          "[file][search][migration]")
{
    test::TestOffice office(kNow);
    generate(office, 600, QDate(2026, 5, 1), 3);
    // Back to schema 2 as Aduan 0.1 wrote it: one name column in the full-text index, narrower
    // indexes (migration 002_search.sql and 001's indexes).
    for (const QString &sql : {
             u"DROP TRIGGER complaint_fts_insert"_s, u"DROP TRIGGER complaint_fts_delete"_s,
             u"DROP TRIGGER complaint_fts_update"_s, u"DROP TABLE complaint_fts"_s,
             u"DROP VIEW complaint_search_text"_s, u"DROP INDEX referral_referred"_s,
             u"DROP INDEX step_record_completed"_s,
             u"CREATE INDEX step_record_completed ON step_record (completed_at)"_s,
             u"DROP INDEX step_record_finish"_s,
             u"CREATE INDEX step_record_finish ON step_record (step_no, completed_at)"_s,
             u"DROP INDEX complaint_received"_s,
             u"CREATE INDEX complaint_received ON complaint (received_at)"_s,
             u"DROP INDEX complaint_nik"_s,
             u"CREATE INDEX complaint_nik ON complaint (complainant_nik)"_s,
             u"DROP INDEX complaint_phone"_s,
             u"CREATE INDEX complaint_phone ON complaint (complainant_phone)"_s,
             u"CREATE VIRTUAL TABLE complaint_fts USING fts5(complainant_name, subject, description, "
             "content='complaint', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"_s,
             u"CREATE TRIGGER complaint_fts_insert AFTER INSERT ON complaint BEGIN INSERT INTO "
             "complaint_fts (rowid, complainant_name, subject, description) VALUES (new.id, "
             "new.complainant_name, new.subject, new.description); END"_s,
             u"CREATE TRIGGER complaint_fts_delete AFTER DELETE ON complaint BEGIN INSERT INTO "
             "complaint_fts (complaint_fts, rowid, complainant_name, subject, description) VALUES "
             "('delete', old.id, old.complainant_name, old.subject, old.description); END"_s,
             u"CREATE TRIGGER complaint_fts_update AFTER UPDATE OF complainant_name, subject, "
             "description ON complaint BEGIN INSERT INTO complaint_fts (complaint_fts, rowid, "
             "complainant_name, subject, description) VALUES ('delete', old.id, "
             "old.complainant_name, old.subject, old.description); INSERT INTO complaint_fts "
             "(rowid, complainant_name, subject, description) VALUES (new.id, "
             "new.complainant_name, new.subject, new.description); END"_s,
             u"INSERT INTO complaint_fts (complaint_fts) VALUES ('rebuild')"_s,
             u"DROP INDEX audit_entry_sealed"_s,           // migration 011
             u"ALTER TABLE audit_entry DROP COLUMN seal"_s, // migration 004
             u"DROP TABLE skm_answer"_s, u"DROP TABLE skm_response"_s, // migration 005
             u"DROP TABLE skm_invitation"_s, u"DROP TABLE skm_questionnaire"_s,
             u"DROP TABLE outgoing_message"_s, u"DROP TABLE incoming_message"_s, // migration 006
             u"DROP INDEX complaint_name"_s, u"DROP INDEX complaint_closed"_s, // migration 008
             u"DROP INDEX resolution_report_conveyed"_s,
             u"DROP INDEX complaint_voided"_s,
             u"CREATE INDEX complaint_voided ON complaint (voided_at) WHERE voided_at IS NOT NULL"_s,
             u"ALTER TABLE complaint DROP COLUMN closed_at"_s,
             u"DROP INDEX app_user_db_role"_s,             // migration 007
             u"ALTER TABLE app_user DROP COLUMN db_role"_s,
             u"ALTER TABLE audit_entry DROP COLUMN db_role"_s,
             u"DROP TRIGGER complaint_registered_insert"_s, // migration 012
             u"DROP TRIGGER complaint_registered_delete"_s,
             u"ALTER TABLE agenda_sequence DROP COLUMN registered"_s,
             u"UPDATE meta SET value = '2' WHERE key = 'schema_version'"_s}) {
        SqlQuery(*office.db, sql).exec();
    }
    // Files made by development builds of schema 2 lack the index of finished steps.
    const bool lacksAnIndex = GENERATE(false, true);
    INFO("without step_record_finish: " << lacksAnIndex);
    if (lacksAnIndex) {
        SqlQuery(*office.db, u"DROP INDEX step_record_finish"_s).exec();
    }
    office.db.reset();

    int told = 0;
    OpenOptions open;
    open.beforeMigration = [&] { ++told; };
    {
        Database upgraded(office.path, open);
        CHECK(told == 1);
        CHECK(upgraded.schemaVersion() == Database::programSchemaVersion());
        // Issue 14: the records written before seals (schema 4) are sealed by the upgrade, so
        // that `aduan-cli check` judges them: every complaint and user has a sealed entry.
        CHECK(SqlQuery(upgraded, u"SELECT COUNT(*) FROM complaint WHERE id NOT IN (SELECT "
                                 "entity_id FROM audit_entry WHERE entity = 'complaint' AND "
                                 "seal <> '')"_s)
                  .scalar()
                  .toLongLong()
              == 0);
        CHECK(SqlQuery(upgraded, u"SELECT COUNT(*) FROM app_user WHERE id NOT IN (SELECT "
                                 "entity_id FROM audit_entry WHERE entity = 'user' AND seal "
                                 "LIKE '2:%')"_s)
                  .scalar()
                  .toLongLong()
              == 0);
        // Issue 22: the register's stored total counted from the complaints by the upgrade.
        CHECK(registerTotalFindings(upgraded).isEmpty());
        CHECK(storedRegisterTotal(upgraded) == 600);
        CHECK_NOTHROW(SqlQuery(upgraded, u"INSERT INTO complaint_fts (complaint_fts, rank) "
                                         "VALUES ('integrity-check', 1)"_s)
                          .exec());
        IntakeBook book(upgraded, office.clock);
        SqlQuery q(upgraded, u"SELECT complainant_name FROM complaint WHERE confidentiality = "
                             "'rahasia' ORDER BY id LIMIT 1"_s);
        const QString hidden = q.scalar().toString();
        REQUIRE_FALSE(hidden.isEmpty());
        IntakeBookFilter filter;
        filter.search = hidden;
        const auto forAgus = book.page(office.agus, filter, IntakeBookSort::ReceivedAt, true, 0, 600);
        const auto forLina = book.page(office.lina, filter, IntakeBookSort::ReceivedAt, true, 0, 600);
        CHECK(book.count(office.agus, filter) == forAgus.size());
        CHECK(forAgus.size() > forLina.size()); // the confidential one, for Agus only
    }
    Database again(office.path, open);
    CHECK(told == 1); // nothing more to migrate
}
