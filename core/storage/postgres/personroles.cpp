#include "storage/postgres/personroles.h"

#include "storage/database.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace aduan::personroles {

namespace {

bool onServer(const Database &db)
{
    return !db.dialect().isFile();
}

} // namespace

bool available(const Database &db)
{
    if (!onServer(db))
        return false;
    try {
        // The person group exists when migration 7 could make the group roles.
        SqlQuery q(db, u"SELECT 1 FROM pg_roles WHERE rolname = aduan_group_role('person')"_s);
        return q.scalar().isValid();
    } catch (const Error &) {
        return false;
    }
}

QString enrol(Database &db, qint64 userId, const std::optional<QString> &password)
{
    Q_ASSERT(db.inTransaction());
    if (!onServer(db)) {
        throw Error(Error::Code::Invalid,
                    QCoreApplication::translate(
                        "aduan::Administration",
                        "People have database accounts of their own only on a database "
                        "server; on the shared file the program's own login is used."));
    }
    SqlQuery q(db, u"SELECT aduan_enrol_person(:user, :password)"_s);
    q.bind(u":user"_s, userId)
        .bind(u":password"_s,
              password ? QVariant(*password) : QVariant(QMetaType(QMetaType::QString)));
    return q.scalar().toString();
}

QString roleOf(const Database &db, qint64 userId)
{
    SqlQuery q(db, u"SELECT db_role FROM app_user WHERE id = :user"_s);
    q.bind(u":user"_s, userId);
    return q.scalar().toString();
}

} // namespace aduan::personroles
