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
    /// Sets the user's password. On a database server, for a user with a login role of their
    /// own (givePersonRole()), it is the ROLE's password, sent to the server, which keeps only
    /// its SCRAM-SHA-256 verifier; the program then stores no hash (issue 17: "the program keeps
    /// no password of its own there"). Clears the lockout counters. Error(Invalid) for a
    /// password shorter than password::kMinimumLength; Error(Storage) when the server refuses.
    void resetPassword(qint64 actorId, qint64 userId, const QString &clearPassword);
    /// On a PostgreSQL database (issue 17): gives user `userId` a login role of their own on the
    /// server, with `clearPassword`, which the server keeps as a SCRAM-SHA-256 verifier and
    /// checks at each connection (personroles::enrol()): the server then hides confidential
    /// identities from that role unless the user has the right, lets it do only its office
    /// roles' steps, and writes the history of its changes itself. Called again, it brings the
    /// role up to date and sets the new password. The program's own password hash of the user
    /// is cleared (an empty hash matches no password): from then on only the server's check
    /// logs the person in (Authenticator). Later changes of the user's roles, rights and
    /// active flag (updateUser()) follow on the role: an inactive user's role cannot log in.
    /// Returns the role's name. Error(Invalid) on the shared file or for a password shorter
    /// than password::kMinimumLength; Error(Storage) when the server refuses (the office's
    /// login role lacks CREATEROLE).
    QString givePersonRole(qint64 actorId, qint64 userId, const QString &clearPassword);
    /// Delegates the head's signing to an acting official (Plh.) for office dates
    /// [firstDay, lastDay]. Returns the delegation's id.
    qint64 addDelegation(qint64 actorId, const Delegation &delegation);

    void setOfficeProfile(qint64 actorId, const OfficeProfile &profile);
    void setCalendar(qint64 actorId, const OfficeCalendar &calendar);
    void setAgendaPattern(qint64 actorId, const QString &pattern);
    /// The folder of the automatic daily backups as the administrator chose it for the office
    /// (storage/autobackup.h, officeBackupFolder()): empty = beside the database, on the share.
    QString backupFolder() const;
    /// Chooses the folder of the automatic daily backups for every PC of the office (issue 14,
    /// finding 2: a backup to a PC's own folder only when the administrator chooses one). Empty
    /// = beside the database (defaultBackupFolder(), the default and the safe place). A folder
    /// elsewhere holds, each day, a full copy of the database — every identity, confidential
    /// ones too — readable by whoever can read that folder: backupFolderWarning() says so, and
    /// the screen shows it before the choice is saved. Recorded in the history
    /// ("setting.backup-folder", the folder before → after; sealed with the settings).
    /// Error(Forbidden) for a non-administrator; Error(Invalid) for a relative path, a folder
    /// with control characters, or on a database server (its administrator schedules its
    /// dumps; no automatic backups are written there).
    void setBackupFolder(qint64 actorId, const QString &folder);
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
