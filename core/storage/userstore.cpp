#include "storage/userstore.h"

#include "storage/database.h"
#include "storage/sqlquery.h"
#include "util/storagetime.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

const QString kUserColumns =
    u"id, username, full_name, nip, active, can_see_confidential, row_version"_s;

User userFromRow(const SqlQuery &q)
{
    User u;
    u.id = q.integer(u"id"_s);
    u.username = q.text(u"username"_s);
    u.fullName = q.text(u"full_name"_s);
    u.nip = q.text(u"nip"_s);
    u.active = q.integer(u"active"_s) != 0;
    u.canSeeConfidential = q.integer(u"can_see_confidential"_s) != 0;
    u.rowVersion = int(q.integer(u"row_version"_s));
    return u;
}

Delegation delegationFromRow(const SqlQuery &q)
{
    Delegation d;
    d.id = q.integer(u"id"_s);
    d.delegateUserId = q.integer(u"delegate_user_id"_s);
    d.role = roleFromCode(q.text(u"role"_s)).value_or(Role::Head);
    d.firstDay = fromStorageDate(q.text(u"first_day"_s));
    d.lastDay = fromStorageDate(q.text(u"last_day"_s));
    d.reason = q.text(u"reason"_s);
    d.revoked = !q.isNull(u"revoked_at"_s);
    return d;
}

} // namespace

qint64 UserStore::insert(const User &user, const QString &passwordHash, const QDateTime &now)
{
    SqlQuery q(m_db, u"INSERT INTO app_user (username, full_name, nip, password_hash, active, "
                     "can_see_confidential, created_at) VALUES (:username, :name, :nip, :hash, "
                     ":active, :conf, :now) RETURNING id"_s);
    q.bind(u":username"_s, user.username)
        .bind(u":name"_s, user.fullName)
        .bind(u":nip"_s, user.nip)
        .bind(u":hash"_s, passwordHash)
        .bind(u":active"_s, user.active ? 1 : 0)
        .bind(u":conf"_s, user.canSeeConfidential ? 1 : 0)
        .bind(u":now"_s, toStorageTime(now));
    const qint64 id = q.execReturningId();
    for (Role role : user.roles) {
        SqlQuery(m_db, u"INSERT INTO user_role (user_id, role) VALUES (:id, :role)"_s)
            .bind(u":id"_s, id)
            .bind(u":role"_s, roleCode(role))
            .exec();
    }
    return id;
}

static QList<Role> rolesOf(const Database &db, qint64 userId)
{
    QList<Role> roles;
    SqlQuery q(db, u"SELECT role FROM user_role WHERE user_id = :id"_s);
    q.bind(u":id"_s, userId).exec();
    while (q.next()) {
        if (auto role = roleFromCode(q.text(u"role"_s)))
            roles << *role;
    }
    std::sort(roles.begin(), roles.end());
    return roles;
}

/// One user with their roles, in one statement (a round trip fewer to a database server):
/// the user's row once per role, `condition` on the alias u with placeholder :key.
static std::optional<User> oneWithRoles(const Database &db, const QString &condition,
                                        const QVariant &key)
{
    SqlQuery q(db, u"SELECT u.id, u.username, u.full_name, u.nip, u.active, "
                   "u.can_see_confidential, u.row_version, r.role FROM app_user u "
                   "LEFT JOIN user_role r ON r.user_id = u.id WHERE "_s
                       + condition);
    q.bind(u":key"_s, key).exec();
    std::optional<User> user;
    while (q.next()) {
        if (!user)
            user = userFromRow(q);
        if (auto role = roleFromCode(q.text(u"role"_s)))
            user->roles << *role;
    }
    if (user)
        std::sort(user->roles.begin(), user->roles.end());
    return user;
}

std::optional<User> UserStore::byId(qint64 id) const
{
    return oneWithRoles(m_db, u"u.id = :key"_s, id);
}

std::optional<User> UserStore::byUsername(const QString &username) const
{
    return oneWithRoles(m_db, u"u.username = :key"_s, username);
}

QList<User> UserStore::all() const
{
    QList<User> users =
        SqlQuery(m_db, u"SELECT "_s + kUserColumns + u" FROM app_user ORDER BY full_name"_s)
            .rows(userFromRow);
    for (User &u : users)
        u.roles = rolesOf(m_db, u.id);
    return users;
}

void UserStore::update(const User &user)
{
    SqlQuery q(m_db, u"UPDATE app_user SET full_name = :name, nip = :nip, active = :active, "
                     "can_see_confidential = :conf, row_version = row_version + 1 "
                     "WHERE id = :id AND row_version = :version"_s);
    q.bind(u":name"_s, user.fullName)
        .bind(u":nip"_s, user.nip)
        .bind(u":active"_s, user.active ? 1 : 0)
        .bind(u":conf"_s, user.canSeeConfidential ? 1 : 0)
        .bind(u":id"_s, user.id)
        .bind(u":version"_s, user.rowVersion)
        .exec();
    if (q.rowsAffected() != 1) {
        throw Error(Error::Code::Conflict,
                    QCoreApplication::translate("aduan::Users",
                                                "The user %1 was changed meanwhile on another PC. "
                                                "Reload the list and make your change again.")
                        .arg(user.username));
    }
    SqlQuery(m_db, u"DELETE FROM user_role WHERE user_id = :id"_s).bind(u":id"_s, user.id).exec();
    for (Role role : user.roles) {
        SqlQuery(m_db, u"INSERT INTO user_role (user_id, role) VALUES (:id, :role)"_s)
            .bind(u":id"_s, user.id)
            .bind(u":role"_s, roleCode(role))
            .exec();
    }
}

std::optional<LoginState> UserStore::loginState(const QString &username) const
{
    SqlQuery q(m_db, u"SELECT id, password_hash, failed_logins, locked_until, active FROM app_user "
                     "WHERE username = :u"_s);
    q.bind(u":u"_s, username).exec();
    if (!q.next())
        return std::nullopt;
    return LoginState{q.integer(u"id"_s), q.text(u"password_hash"_s),
                      int(q.integer(u"failed_logins"_s)),
                      fromStorageTime(q.text(u"locked_until"_s)), q.integer(u"active"_s) != 0};
}

void UserStore::recordLoginFailure(qint64 userId, int failedLogins, const QDateTime &lockedUntil)
{
    SqlQuery(m_db, u"UPDATE app_user SET failed_logins = :n, locked_until = :until WHERE id = :id"_s)
        .bind(u":n"_s, failedLogins)
        .bind(u":until"_s, storageTimeOrNull(lockedUntil))
        .bind(u":id"_s, userId)
        .exec();
}

void UserStore::recordLoginSuccess(qint64 userId)
{
    SqlQuery(m_db, u"UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = :id"_s)
        .bind(u":id"_s, userId)
        .exec();
}

void UserStore::setPasswordHash(qint64 userId, const QString &passwordHash)
{
    SqlQuery(m_db, u"UPDATE app_user SET password_hash = :hash, failed_logins = 0, "
                   "locked_until = NULL, row_version = row_version + 1 WHERE id = :id"_s)
        .bind(u":hash"_s, passwordHash)
        .bind(u":id"_s, userId)
        .exec();
}

qint64 UserStore::insertDelegation(const Delegation &d, qint64 createdBy, const QDateTime &now)
{
    SqlQuery q(m_db, u"INSERT INTO delegation (delegate_user_id, role, first_day, last_day, reason, "
                     "created_by, created_at) VALUES (:user, :role, :first, :last, :reason, :by, "
                     ":now) RETURNING id"_s);
    q.bind(u":user"_s, d.delegateUserId)
        .bind(u":role"_s, roleCode(d.role))
        .bind(u":first"_s, toStorageDate(d.firstDay))
        .bind(u":last"_s, toStorageDate(d.lastDay))
        .bind(u":reason"_s, d.reason)
        .bind(u":by"_s, createdBy)
        .bind(u":now"_s, toStorageTime(now));
    return q.execReturningId();
}

QList<Delegation> UserStore::delegations() const
{
    return SqlQuery(m_db, u"SELECT * FROM delegation ORDER BY first_day DESC"_s)
        .rows(delegationFromRow);
}

QList<Delegation> UserStore::delegationsFor(qint64 userId, QDate officeDate) const
{
    return SqlQuery(m_db, u"SELECT * FROM delegation WHERE delegate_user_id = :user AND "
                          "first_day <= :d AND last_day >= :d AND revoked_at IS NULL"_s)
        .bind(u":user"_s, userId)
        .bind(u":d"_s, toStorageDate(officeDate))
        .rows(delegationFromRow);
}

} // namespace aduan
