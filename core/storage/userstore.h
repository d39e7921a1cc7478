#pragma once

#include "domain/user.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace aduan {

class Database;

/// Login bookkeeping of one account, for the authentication rules.
struct LoginState {
    qint64 userId = 0;
    QString passwordHash;
    int failedLogins = 0;
    QDateTime lockedUntil; ///< UTC; invalid when not locked
    bool active = true;
};

/// Users, their roles and delegations: SQL only. The rules (who may do what) live in the
/// workflow and the authentication service.
class UserStore
{
public:
    explicit UserStore(Database &db) : m_db(db) {}

    /// Inserts a user with roles; returns the id. Must run inside Database::write().
    qint64 insert(const User &user, const QString &passwordHash, const QDateTime &now);
    std::optional<User> byId(qint64 id) const;
    std::optional<User> byUsername(const QString &username) const;
    QList<User> all() const;
    /// Updates name, NIP, roles, active and the confidential right; refuses a stale rowVersion
    /// with Error(Conflict). Must run inside Database::write().
    void update(const User &user);

    std::optional<LoginState> loginState(const QString &username) const;
    void recordLoginFailure(qint64 userId, int failedLogins, const QDateTime &lockedUntil);
    void recordLoginSuccess(qint64 userId);
    void setPasswordHash(qint64 userId, const QString &passwordHash);

    qint64 insertDelegation(const Delegation &delegation, qint64 createdBy, const QDateTime &now);
    QList<Delegation> delegations() const;
    /// Delegations of `userId` covering `officeDate`.
    QList<Delegation> delegationsFor(qint64 userId, QDate officeDate) const;

private:
    Database &m_db;
};

} // namespace aduan
