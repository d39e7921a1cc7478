#include "storage/postgres/personsession.h"

#include "storage/database.h"
#include "storage/postgres/personroles.h"
#include "storage/postgres/postgreslocation.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace aduan::personroles {

QString roleOfUsername(const Database &db, const QString &username)
{
    if (db.dialect().isFile() || !available(db))
        return {};
    try {
        SqlQuery q(db, u"SELECT db_role FROM app_user WHERE username = :name"_s);
        q.bind(u":name"_s, username.trimmed());
        return q.scalar().toString();
    } catch (const Error &) {
        return {};
    }
}

std::unique_ptr<Database> openSession(const Database &office, const QString &role,
                                      const QString &password)
{
    auto where = PostgresLocation::parse(office.path());
    if (office.dialect().isFile() || !where) {
        throw Error(Error::Code::Invalid,
                    QCoreApplication::translate(
                        "aduan::Administration",
                        "People have database accounts of their own only on a database "
                        "server; on the shared file the program's own login is used."));
    }
    where->user = role;
    where->password = password;
    // The location's own libpq settings may name the office's user again: the person's wins.
    where->options.removeIf([](const std::pair<QString, QString> &option) {
        return option.first == u"user"_s || option.first == u"password"_s;
    });
    OpenOptions options = office.options();
    options.mode = OpenOptions::Mode::OpenExisting;
    options.beforeMigration = {};
    auto session = std::make_unique<Database>(where->uri(true), options);
    session->setPersonRole(role);
    return session;
}

qint64 describe(Database &db, const QString &action, const QString &entity, qint64 entityId,
                const QString &oldValue, const QString &newValue)
{
    Q_ASSERT(db.inTransaction());
    SqlQuery q(db, u"SELECT aduan_describe(:action, :entity, :id, CAST(NULLIF(:old, '') AS jsonb), "
                   "CAST(NULLIF(:new, '') AS jsonb))"_s);
    q.bind(u":action"_s, action)
        .bind(u":entity"_s, entity)
        .bind(u":id"_s, entityId)
        .bind(u":old"_s, oldValue)
        .bind(u":new"_s, newValue);
    return q.scalar().toLongLong();
}

} // namespace aduan::personroles
