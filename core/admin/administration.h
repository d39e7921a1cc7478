#pragma once

#include "calendar/officecalendar.h"
#include "domain/officeprofile.h"
#include "domain/user.h"

#include <QString>

namespace aduan {

class Clock;
class Database;
struct SopDefinition;

/// The administrator's commands: users, delegations and the office's settings. Every command
/// checks that the acting user is an administrator (Error(Forbidden) otherwise) and writes an
/// audit entry in the same transaction. Clear passwords are hashed here and never stored.
class Administration
{
public:
    Administration(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /// Creates a user; returns the id. Error(Invalid) for a taken username, an empty name, a
    /// bad NIP (see checkNip) or a short password.
    qint64 createUser(qint64 actorId, const User &user, const QString &clearPassword);
    /// Updates roles, name, NIP, active flag and the confidential right; Error(Conflict) when the
    /// user was changed meanwhile (User::rowVersion).
    void updateUser(qint64 actorId, const User &user);
    void resetPassword(qint64 actorId, qint64 userId, const QString &clearPassword);
    /// Delegates the head's signing to an acting official (Plh.) for office dates
    /// [firstDay, lastDay]. Returns the delegation's id.
    qint64 addDelegation(qint64 actorId, const Delegation &delegation);

    void setOfficeProfile(qint64 actorId, const OfficeProfile &profile);
    void setCalendar(qint64 actorId, const OfficeCalendar &calendar);
    void setAgendaPattern(qint64 actorId, const QString &pattern);
    void addCategory(qint64 actorId, const QString &name);
    qint64 addAgency(qint64 actorId, const QString &name, const QString &address);
    /// Adds an SOP revision (other steps, targets, actors, requirements or outputs); it applies
    /// to complaints registered from its effectiveFrom date (office date) on, and complaints
    /// keep the revision they were registered under. Error(Invalid), with every finding, for a
    /// revision that checkSopRevision() refuses, for an effective date already taken by another
    /// revision, and for an effective date before today once the office has registered a
    /// complaint ("sop.effectiveFrom.past"). Returns the revision's id.
    qint64 addSopRevision(qint64 actorId, const SopDefinition &sop);

private:
    void requireAdmin(qint64 actorId);
    void audit(qint64 actorId, const QString &action, const QString &entity, qint64 entityId,
               const QJsonObject &oldValue, const QJsonObject &newValue);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace aduan
