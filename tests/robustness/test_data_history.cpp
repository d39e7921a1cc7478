// `aduan-cli check` verifies the data against its history: every history entry carries the
// digest of the rows it speaks for, and a complaint, step, output, user, role, right or setting
// changed with another program (the sqlite3 shell) is named.
#include "catch_qt.h"
#include "testoffice.h"
#include "walkthroughs.h"

#include "admin/administration.h"
#include "demo/demogenerator.h"
#include "storage/database.h"
#include "storage/maintenance.h"
#include "storage/rowseal.h"
#include "storage/sqlquery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace aduan;

namespace {

void sqlite3(const QString &path, const QString &sql)
{
    QProcess p;
    p.start(u"sqlite3"_s, {path, sql});
    REQUIRE(p.waitForFinished(30000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
}

QStringList dataFindings(const QString &path)
{
    Database db(path);
    return checkDatabase(db).dataFindings;
}

} // namespace

// [file]: about the shared file itself (changes a copy of the file through the sqlite3 program);
// left out on PostgreSQL (core_tests_postgres).
TEST_CASE("aduan-cli check names rows changed outside Aduan", "[file][robustness][audit][check][issue14]")
{
    test::TestOffice office;
    test::runWalkthroughs(office);
    office.db.reset();
    REQUIRE(dataFindings(office.path).isEmpty()); // everything Aduan wrote matches its history

    const QString copy = office.path + u".copy"_s;
    auto fresh = [&] {
        QFile::remove(copy);
        REQUIRE(QFile::copy(office.path, copy));
    };
    struct Case {
        const char *what;
        QString sql;
        QString named;
    };
    const QList<Case> cases = {
        {"a complaint's subject", u"UPDATE complaint SET subject = 'Lain' WHERE id = 1"_s,
         u"complaint 1 ("_s},
        {"a confidential complainant's name",
         u"UPDATE complaint SET complainant_name = 'Orang Lain' WHERE confidentiality = "
         "'rahasia'"_s,
         u"complaint "_s},
        {"a step's late flag", u"UPDATE step_record SET late = 0 WHERE late = 1"_s,
         u"complaint "_s},
        {"a disposition", u"UPDATE disposition SET note = 'diubah'"_s, u"complaint "_s},
        {"a user's right to confidential names",
         u"UPDATE app_user SET can_see_confidential = 1 WHERE username = 'lina'"_s,
         u"(lina)"_s},
        {"a role added to a user",
         u"INSERT INTO user_role (user_id, role) SELECT id, 'admin' FROM app_user WHERE "
         "username = 'rina'"_s,
         u"(rina)"_s},
        {"the administrator's own account", u"UPDATE app_user SET active = 0 WHERE username = "
                                            "'admin'"_s,
         u"(admin)"_s},
        {"a setting", u"UPDATE setting SET value = value || ' ' WHERE key = (SELECT MIN(key) "
                      "FROM setting)"_s,
         u"setting was changed"_s},
        {"a complaint class", u"UPDATE complaint_class SET deadline_working_days = 99"_s,
         u"setting was changed"_s},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        fresh();
        sqlite3(copy, c.sql);
        const QStringList found = dataFindings(copy);
        INFO(found.join(u'\n').toStdString());
        REQUIRE_FALSE(found.isEmpty());
        CHECK(found.join(u'\n').contains(c.named));
        CHECK(found.join(u'\n').contains(u"changed outside Aduan"_s));
    }

    // Through the command line: exit 1, and the record named.
    fresh();
    sqlite3(copy, u"UPDATE complaint SET subject = 'Lain' WHERE id = 1"_s);
    QProcess p;
    p.start(QStringLiteral(ADUAN_CLI), {u"--database"_s, copy, u"check"_s});
    REQUIRE(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    INFO(out.toStdString());
    CHECK(p.exitCode() == 1);
    CHECK(out.contains(u"CHANGED OUTSIDE ADUAN"_s));
    CHECK(out.contains(u"complaint 1 ("_s));
}

// The seals stored since schema 4 are the SHA-256 of the rows' JSON as QJsonDocument wrote it;
// rowSeal() now writes that text itself (util/compactjson), and must give the same digest, or
// every record of an existing office would read as changed outside Aduan. Both stores.
TEST_CASE("A record's seal is the digest of its rows' JSON as QJsonDocument writes it",
          "[robustness][audit][check]")
{
    test::TestOffice office;
    Administration admin(*office.db, office.clock);
    const qint64 agency = admin.addAgency(office.admin, u"Dinas \"Kesehatan\" \\ Kota Blitar 😀 ꦗꦮ"_s,
                                          u"Jl. Kalimantan 113, Blitar"_s);

    QJsonArray row;
    SqlQuery q(*office.db, u"SELECT * FROM agency WHERE id = :id"_s);
    q.bind(u":id"_s, agency).exec();
    REQUIRE(q.next());
    const QStringList names = q.columnNames();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QVariant value = q.valueAt(i);
        QJsonValue cell = QJsonValue::Null;
        if (!value.isNull()) {
            cell = value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int
                       ? QJsonValue(QString::number(value.toLongLong()))
                       : QJsonValue(value.toString());
        }
        row << QJsonArray{names.at(i), cell};
    }
    const QByteArray text = QJsonDocument(QJsonArray{QJsonArray{row}}).toJson(QJsonDocument::Compact);
    const QString expected = QString::fromLatin1(
        QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());

    CHECK(rowSeal(*office.db, u"agency"_s, agency) == expected);
    // ... and the history entry that added it carries that seal: check finds nothing.
    CHECK(rowsChangedOutside(*office.db).isEmpty());
}

// Issue 22: the demo generator seals each batch of complaints in the batch's transaction, the
// seals computed from the rows written with one read per table (complaintSealsBetween()), not
// read back complaint by complaint in one transaction at the end. The seals must be rowSeal()'s,
// or `aduan-cli check` would name every demo complaint. Both stores.
TEST_CASE("Demo complaints are sealed batch by batch with rowSeal()'s seals",
          "[robustness][audit][check][demo][issue22]")
{
    test::TestOffice office;
    DemoOptions options;
    options.complaints = 400;
    options.seed = 22;
    REQUIRE(generateDemoComplaints(*office.db, options, office.clock) == 400);

    SqlQuery entries(*office.db, u"SELECT entity_id, seal FROM audit_entry WHERE entity = "
                                 "'complaint' AND action = 'demo-data.seal' ORDER BY id"_s);
    const QList<std::pair<qint64, QString>> sealed = entries.rows([](const SqlQuery &q) {
        return std::pair{q.integer(u"entity_id"_s), q.text(u"seal"_s)};
    });
    REQUIRE(sealed.size() == 400); // one entry each
    QSet<qint64> ids;
    for (const auto &[id, seal] : sealed) {
        INFO("complaint " << id);
        ids.insert(id);
        CHECK(seal == rowSeal(*office.db, u"complaint"_s, id).value_or(QString()));
    }
    CHECK(ids.size() == 400);
    const CheckReport report = checkDatabase(*office.db);
    INFO(report.findings().join(u'\n').toStdString());
    CHECK(report.ok());

    // A demo complaint changed afterwards is named.
    office.db->write([&] {
        SqlQuery(*office.db, u"UPDATE complaint SET subject = 'Lain' WHERE id = :id"_s)
            .bind(u":id"_s, sealed.at(17).first)
            .exec();
    });
    const QStringList changed = rowsChangedOutside(*office.db);
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().startsWith(u"complaint %1 ("_s.arg(sealed.at(17).first)));
}

// The range read gives every complaint of the walkthroughs (attachments, pauses, outputs,
// referral, a voided one) the seal rowSeal() gives it. Both stores.
TEST_CASE("complaintSealsBetween() gives rowSeal()'s seals", "[robustness][audit][check][issue22]")
{
    test::TestOffice office;
    test::runWalkthroughs(office);
    const QList<qint64> ids = SqlQuery(*office.db, u"SELECT id FROM complaint ORDER BY id"_s)
                                  .rows([](const SqlQuery &q) { return q.integer(u"id"_s); });
    REQUIRE(ids.size() >= 3);
    QHash<qint64, QString> seals;
    office.db->read([&] { seals = complaintSealsBetween(*office.db, ids.first(), ids.last()); });
    CHECK(seals.size() == ids.size());
    for (const qint64 id : ids) {
        INFO("complaint " << id);
        CHECK(seals.value(id) == rowSeal(*office.db, u"complaint"_s, id).value_or(QString()));
    }
    // A range that leaves out the first gives the others the same seals.
    const QHash<qint64, QString> later = complaintSealsBetween(*office.db, ids.at(1), ids.last());
    CHECK_FALSE(later.contains(ids.first()));
    CHECK(later.value(ids.last()) == seals.value(ids.last()));
}
