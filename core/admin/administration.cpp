#include "admin/administration.h"

#include "auth/password.h"
#include "auth/whomayact.h"
#include "sop/sopcheck.h"
#include "sop/sopdefinition.h"
#include "storage/auditlog.h"
#include "storage/autobackup.h"
#include "storage/complaintstore.h"
#include "storage/database.h"
#include "storage/postgres/personroles.h"
#include "storage/settingsstore.h"
#include "storage/sqldialect.h"
#include "storage/userstore.h"
#include "util/clock.h"
#include "util/error.h"
#include "validation/nip.h"
#include "validation/personname.h"
#include "validation/plaintext.h"
#include "workflow/agendanumber.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("aduan::Administration", text);
}

QJsonObject userJson(const User &u)
{
    QJsonArray roles;
    for (Role r : u.roles)
        roles << roleCode(r);
    return {{u"username"_s, u.username}, {u"fullName"_s, u.fullName},
            {u"nip"_s, u.nip},           {u"roles"_s, roles},
            {u"active"_s, u.active},     {u"canSeeConfidential"_s, u.canSeeConfidential}};
}

User checkedUser(const User &input)
{
    User u = input;
    requirePlainText(u.username,
                     QCoreApplication::translate("aduan::Administration", "Username"),
                     TextShape::SingleLine);
    requirePlainText(u.fullName,
                     QCoreApplication::translate("aduan::Administration", "Full name"),
                     TextShape::SingleLine);
    requirePlainText(u.nip, QCoreApplication::translate("aduan::Administration", "NIP"),
                     TextShape::SingleLine);
    u.username = u.username.trimmed();
    if (u.username.isEmpty() || u.username.contains(u' '))
        throw Error(Error::Code::Invalid,
                    QCoreApplication::translate("aduan::Administration",
                                                "Enter a username without spaces."));
    const NameCheck name = checkPersonName(u.fullName);
    if (!name.ok())
        throw Error(Error::Code::Invalid, name.findings.constFirst().message, {}, name.findings);
    u.fullName = name.normalized;
    u.nip = u.nip.trimmed();
    if (!u.nip.isEmpty()) {
        const NipCheck nip = checkNip(u.nip);
        if (!nip.ok())
            throw Error(Error::Code::Invalid, nip.findings.constFirst().message, {}, nip.findings);
        u.nip = nip.info->digits;
    }
    return u;
}

} // namespace

void Administration::requireAdmin(qint64 actorId)
{
    UserStore users(m_db);
    const auto actor = activeUser(users, actorId);
    if (!actor || !actor->hasRole(Role::Admin)) {
        throw Error(Error::Code::Forbidden,
                    tr("Only the administrator can change users and the office's settings."));
    }
}

void Administration::audit(qint64 actorId, const QString &action, const QString &entity,
                           qint64 entityId, const QJsonObject &oldValue,
                           const QJsonObject &newValue)
{
    AuditLog(m_db).append(m_clock.now(), actorId, action, entity, entityId, oldValue, newValue);
}

qint64 Administration::createUser(qint64 actorId, const User &input, const QString &clearPassword)
{
    const User user = checkedUser(input);
    const QString hash = password::hash(clearPassword);
    qint64 id = 0;
    m_db.write([&] {
        requireAdmin(actorId);
        UserStore users(m_db);
        if (users.byUsername(user.username)) {
            throw Error(Error::Code::Invalid,
                        tr("The username %1 is taken. Choose another.").arg(user.username));
        }
        id = users.insert(user, hash, m_clock.now());
        audit(actorId, u"user.create"_s, u"user"_s, id, {}, userJson(user));
    });
    return id;
}

void Administration::updateUser(qint64 actorId, const User &input)
{
    const User user = checkedUser(input);
    m_db.write([&] {
        requireAdmin(actorId);
        UserStore users(m_db);
        const auto before = users.byId(user.id);
        if (!before)
            throw Error(Error::Code::NotFound, tr("This user does not exist."));
        users.update(user);
        audit(actorId, u"user.update"_s, u"user"_s, user.id, userJson(*before), userJson(user));
        if (!m_db.dialect().isFile() && !personroles::roleOf(m_db, user.id).isEmpty())
            personroles::enrol(m_db, user.id, std::nullopt);
    });
}

void Administration::resetPassword(qint64 actorId, qint64 userId, const QString &clearPassword)
{
    password::requireAcceptable(clearPassword);
    const bool onServer = !m_db.dialect().isFile();
    // Hashed before the transaction (a tenth of a second), unless the server keeps the
    // password: decided again inside it.
    const QString hash = onServer ? QString() : password::hash(clearPassword);
    m_db.write([&] {
        requireAdmin(actorId);
        UserStore users(m_db);
        if (!users.byId(userId))
            throw Error(Error::Code::NotFound, tr("This user does not exist."));
        if (onServer && !personroles::roleOf(m_db, userId).isEmpty()) {
            // The role's password, kept by the server as its SCRAM-SHA-256 verifier; the
            // program keeps none (and clears the counters, as a reset always did).
            personroles::enrol(m_db, userId, clearPassword);
            users.setPasswordHash(userId, QString());
        } else {
            users.setPasswordHash(userId, hash.isEmpty() ? password::hash(clearPassword) : hash);
        }
        audit(actorId, u"user.password-reset"_s, u"user"_s, userId, {}, {});
    });
}

QString Administration::givePersonRole(qint64 actorId, qint64 userId, const QString &clearPassword)
{
    password::requireAcceptable(clearPassword);
    QString role;
    m_db.write([&] {
        requireAdmin(actorId);
        UserStore users(m_db);
        if (!users.byId(userId))
            throw Error(Error::Code::NotFound, tr("This user does not exist."));
        const QString before = personroles::roleOf(m_db, userId);
        role = personroles::enrol(m_db, userId, clearPassword);
        // From now on the server checks this person's password: the program's own hash is
        // cleared, so that the old program password logs in nowhere (an empty hash matches no
        // password: auth/password.h).
        users.setPasswordHash(userId, QString());
        // The password never enters the history; only that the role was made or reset.
        audit(actorId, before.isEmpty() ? u"user.db-role-create"_s : u"user.db-role-reset"_s,
              u"user"_s, userId, {}, {{u"dbRole"_s, role}});
    });
    return role;
}

qint64 Administration::addDelegation(qint64 actorId, const Delegation &delegation)
{
    qint64 id = 0;
    m_db.write([&] {
        requireAdmin(actorId);
        if (!delegation.firstDay.isValid() || !delegation.lastDay.isValid()
            || delegation.firstDay > delegation.lastDay) {
            throw Error(Error::Code::Invalid,
                        tr("Enter the first and last day of the delegation, the first not after "
                           "the last."));
        }
        if (delegation.reason.trimmed().isEmpty())
            throw Error(Error::Code::Invalid, tr("Write the reason for the delegation (e.g. leave)."));
        UserStore users(m_db);
        const auto delegate = users.byId(delegation.delegateUserId);
        if (!delegate || !delegate->active)
            throw Error(Error::Code::Invalid, tr("Choose an active user as the acting official."));
        id = users.insertDelegation(delegation, actorId, m_clock.now());
        audit(actorId, u"delegation.create"_s, u"delegation"_s, id, {},
              {{u"delegate"_s, delegate->username},
               {u"role"_s, roleCode(delegation.role)},
               {u"firstDay"_s, delegation.firstDay.toString(Qt::ISODate)},
               {u"lastDay"_s, delegation.lastDay.toString(Qt::ISODate)},
               {u"reason"_s, delegation.reason.trimmed()}});
    });
    return id;
}

void Administration::setOfficeProfile(qint64 actorId, const OfficeProfile &profile)
{
    requirePlainTexts({profile.government, profile.officeName, profile.address, profile.city,
                       profile.headTitle, profile.headName, profile.headNip},
                      tr("Office profile"));
    m_db.write([&] {
        requireAdmin(actorId);
        SettingsStore settings(m_db);
        QJsonObject before = settings.officeProfile().toJson();
        QJsonObject after = profile.toJson();
        before.remove(u"emblemPng"_s);
        after.remove(u"emblemPng"_s);
        settings.setOfficeProfile(profile);
        audit(actorId, u"setting.office-profile"_s, u"setting"_s, 0, before, after);
    });
}

QString Administration::backupFolder() const
{
    return officeBackupFolder(m_db);
}

void Administration::setBackupFolder(qint64 actorId, const QString &folder)
{
    const QString chosen = folder.trimmed().isEmpty()
                               ? QString()
                               : QDir::cleanPath(QDir::fromNativeSeparators(folder.trimmed()));
    requirePlainTexts({chosen}, tr("Backup folder"));
    if (!chosen.isEmpty() && QDir::isRelativePath(chosen)) {
        throw Error(Error::Code::Invalid,
                    tr("Write the backup folder as a whole path (such as D:\\Cadangan Aduan or "
                       "/home/admin/cadangan), or leave it empty for the folder beside the "
                       "database. Nothing was changed."));
    }
    if (!m_db.dialect().isFile()) {
        throw Error(Error::Code::Invalid,
                    tr("This database is on a server: Aduan writes no automatic backups of it "
                       "(the server's administrator schedules its dumps), so there is no backup "
                       "folder to choose. Nothing was changed."));
    }
    m_db.write([&] {
        requireAdmin(actorId);
        SettingsStore settings(m_db);
        const QString before = officeBackupFolder(m_db);
        if (before == chosen)
            return;
        settings.setValue(u"backup_folder"_s, chosen);
        audit(actorId, u"setting.backup-folder"_s, u"setting"_s, 0,
              {{u"folder"_s, before}}, {{u"folder"_s, chosen}});
    });
}

void Administration::setCalendar(qint64 actorId, const OfficeCalendar &calendar)
{
    m_db.write([&] {
        requireAdmin(actorId);
        SettingsStore settings(m_db);
        const QJsonObject before = settings.calendar().toJson();
        settings.setCalendar(calendar);
        audit(actorId, u"setting.calendar"_s, u"setting"_s, 0, before, calendar.toJson());
    });
}

void Administration::setAgendaPattern(qint64 actorId, const QString &pattern)
{
    agendanumber::checkPattern(pattern);
    m_db.write([&] {
        requireAdmin(actorId);
        SettingsStore settings(m_db);
        const QString before = settings.agendaPattern();
        settings.setAgendaPattern(pattern);
        audit(actorId, u"setting.agenda-pattern"_s, u"setting"_s, 0, {{u"pattern"_s, before}},
              {{u"pattern"_s, pattern}});
    });
}

void Administration::addCategory(qint64 actorId, const QString &name)
{
    if (name.trimmed().isEmpty())
        throw Error(Error::Code::Invalid, tr("Enter the category's name."));
    requirePlainText(name, tr("Category"), TextShape::SingleLine);
    m_db.write([&] {
        requireAdmin(actorId);
        SettingsStore(m_db).addCategory(name.trimmed());
        audit(actorId, u"category.add"_s, u"category"_s, 0, {}, {{u"name"_s, name.trimmed()}});
    });
}

qint64 Administration::addAgency(qint64 actorId, const QString &name, const QString &address)
{
    if (name.trimmed().isEmpty())
        throw Error(Error::Code::Invalid, tr("Enter the agency's name."));
    requirePlainText(name, tr("Agency"), TextShape::SingleLine);
    requirePlainText(address, tr("Address"), TextShape::SingleLine);
    qint64 id = 0;
    m_db.write([&] {
        requireAdmin(actorId);
        id = SettingsStore(m_db).addAgency(name.trimmed(), address.trimmed());
        audit(actorId, u"agency.add"_s, u"agency"_s, id, {},
              {{u"name"_s, name.trimmed()}, {u"address"_s, address.trimmed()}});
    });
    return id;
}

qint64 Administration::addSopRevision(qint64 actorId, const SopDefinition &sop)
{
    qint64 id = 0;
    m_db.write([&] {
        requireAdmin(actorId);
        Findings findings = checkSopRevision(sop);
        // A revision cannot reach back over complaints already handled under another one: once
        // the office has registered a complaint, a new revision takes effect today or later.
        SettingsStore settings(m_db);
        const OfficeCalendar calendar = settings.calendar();
        const QDate today = calendar.officeDate(m_clock.now());
        if (sop.effectiveFrom.isValid() && sop.effectiveFrom < today
            && ComplaintStore(m_db, calendar.timeZone()).anyRegistered()) {
            findings << Finding{
                Finding::Severity::Error, u"sop.effectiveFrom.past"_s,
                tr("The revision would take effect on %1, in the past: the office already "
                   "handles complaints under the revision in force. Choose today (%2) or a "
                   "later date.")
                    .arg(sop.effectiveFrom.toString(u"dd-MM-yyyy"_s),
                         today.toString(u"dd-MM-yyyy"_s)),
                u"sop"_s};
        }
        if (!findings.isEmpty())
            throw Error(Error::Code::Invalid, findings.constFirst().message, {}, findings);
        id = settings.addSopRevision(sop, m_clock.now());
        QJsonArray steps;
        for (const SopStep &s : sop.steps) {
            steps << QJsonObject{{u"number"_s, s.number},
                                 {u"actor"_s, roleCode(s.actor)},
                                 {u"targetMinutes"_s, s.targetMinutes}};
        }
        audit(actorId, u"sop.add-revision"_s, u"sop_revision"_s, id, {},
              {{u"effectiveFrom"_s, sop.effectiveFrom.toString(Qt::ISODate)},
               {u"steps"_s, steps}});
    });
    return id;
}

} // namespace aduan
