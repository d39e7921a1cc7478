#include "storage/settingsstore.h"

#include "storage/database.h"
#include "storage/sqlquery.h"
#include "util/storagetime.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString serialize(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// `parse(text)`, remembered per thread for the last few texts: the SOP revision and the
/// calendar are read by every command and change seldom, and parsing their JSON was a large
/// share of a registration's own work. Keyed by the whole stored text, so a changed setting
/// (by any PC or program) is parsed anew.
template<typename T, typename Parse>
T parsedOnce(const QString &text, Parse parse)
{
    thread_local QHash<QString, T> known;
    if (const auto it = known.constFind(text); it != known.cend())
        return *it;
    if (known.size() >= 8)
        known.clear();
    return *known.insert(text, parse(text));
}

SopDefinition sopFromRow(const SqlQuery &q)
{
    SopDefinition sop = parsedOnce<SopDefinition>(q.text(u"definition"_s), [](const QString &text) {
        return SopDefinition::fromJson(text.toUtf8());
    });
    sop.revisionId = q.integer(u"id"_s);
    return sop;
}

} // namespace

std::optional<QString> SettingsStore::value(const QString &key) const
{
    if (const auto known = m_readAhead.constFind(key); known != m_readAhead.cend())
        return *known;
    SqlQuery q(m_db, u"SELECT value FROM setting WHERE key = :key"_s);
    q.bind(u":key"_s, key).exec();
    if (q.next())
        return q.text(u"value"_s);
    return std::nullopt;
}

void SettingsStore::readAhead(const QStringList &keys)
{
    QStringList placeholders;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        placeholders << u":k%1"_s.arg(i);
        m_readAhead.insert(keys.at(i), std::nullopt);
    }
    SqlQuery q(m_db, u"SELECT key, value FROM setting WHERE key IN (%1)"_s.arg(
                         placeholders.join(u", "_s)));
    for (qsizetype i = 0; i < keys.size(); ++i)
        q.bind(placeholders.at(i), keys.at(i));
    q.exec();
    while (q.next())
        m_readAhead.insert(q.text(u"key"_s), q.text(u"value"_s));
}

void SettingsStore::setValue(const QString &key, const QString &value)
{
    if (m_readAhead.contains(key))
        m_readAhead.insert(key, value);
    m_db.write([&] {
        SqlQuery(m_db, u"INSERT INTO setting (key, value) VALUES (:key, :value) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                       "row_version = setting.row_version + 1"_s)
            .bind(u":key"_s, key)
            .bind(u":value"_s, value)
            .exec();
    });
}

OfficeProfile SettingsStore::officeProfile() const
{
    return OfficeProfile::fromJson(parseObject(value(u"office_profile"_s).value_or(QString())));
}

void SettingsStore::setOfficeProfile(const OfficeProfile &profile)
{
    setValue(u"office_profile"_s, serialize(profile.toJson()));
}

OfficeCalendar SettingsStore::calendar() const
{
    const auto stored = value(u"calendar"_s);
    if (!stored)
        return OfficeCalendar::defaultOffice();
    return parsedOnce<OfficeCalendar>(*stored, [](const QString &text) {
        return OfficeCalendar::fromJson(parseObject(text));
    });
}

void SettingsStore::setCalendar(const OfficeCalendar &calendar)
{
    setValue(u"calendar"_s, serialize(calendar.toJson()));
}

QString SettingsStore::agendaPattern() const
{
    return value(u"agenda_pattern"_s).value_or(u"{seq:04}/ADUAN/{month_roman}/{year}"_s);
}

void SettingsStore::setAgendaPattern(const QString &pattern)
{
    setValue(u"agenda_pattern"_s, pattern);
}

qint64 SettingsStore::attachmentLimitBytes() const
{
    bool ok = false;
    const qint64 limit = value(u"attachment_limit_bytes"_s).value_or(QString()).toLongLong(&ok);
    return ok && limit > 0 ? limit : 10 * 1024 * 1024;
}

QList<ComplaintClass> SettingsStore::complaintClasses() const
{
    QList<ComplaintClass> out;
    SqlQuery q(m_db, u"SELECT code, name, deadline_working_days FROM complaint_class "
                     "ORDER BY sort_order, code"_s);
    q.exec();
    while (q.next()) {
        out << ComplaintClass{q.text(u"code"_s), q.text(u"name"_s),
                              int(q.integer(u"deadline_working_days"_s))};
    }
    return out;
}

std::optional<ComplaintClass> SettingsStore::complaintClass(const QString &code) const
{
    for (const ComplaintClass &cls : complaintClasses()) {
        if (cls.code == code)
            return cls;
    }
    return std::nullopt;
}

void SettingsStore::saveComplaintClass(const ComplaintClass &cls, int sortOrder)
{
    m_db.write([&] {
        SqlQuery(m_db, u"INSERT INTO complaint_class (code, name, deadline_working_days, sort_order) "
                       "VALUES (:code, :name, :days, :sort) ON CONFLICT (code) DO UPDATE SET "
                       "name = excluded.name, deadline_working_days = excluded.deadline_working_days, "
                       "sort_order = excluded.sort_order"_s)
            .bind(u":code"_s, cls.code)
            .bind(u":name"_s, cls.name)
            .bind(u":days"_s, cls.deadlineWorkingDays)
            .bind(u":sort"_s, sortOrder)
            .exec();
    });
}

QStringList SettingsStore::categories(bool activeOnly) const
{
    QStringList out;
    SqlQuery q(m_db, activeOnly ? u"SELECT name FROM category WHERE active = 1 ORDER BY name"_s
                                : u"SELECT name FROM category ORDER BY name"_s);
    q.exec();
    while (q.next())
        out << q.text(u"name"_s);
    return out;
}

void SettingsStore::addCategory(const QString &name)
{
    m_db.write([&] {
        SqlQuery(m_db, u"INSERT INTO category (name) VALUES (:name) ON CONFLICT (name) DO UPDATE "
                       "SET active = 1"_s)
            .bind(u":name"_s, name)
            .exec();
    });
}

QList<Agency> SettingsStore::agencies(bool activeOnly) const
{
    QList<Agency> out;
    SqlQuery q(m_db, activeOnly
                         ? u"SELECT id, name, address, active FROM agency WHERE active = 1 ORDER BY name"_s
                         : u"SELECT id, name, address, active FROM agency ORDER BY name"_s);
    q.exec();
    while (q.next()) {
        out << Agency{q.integer(u"id"_s), q.text(u"name"_s), q.text(u"address"_s),
                      q.integer(u"active"_s) != 0};
    }
    return out;
}

std::optional<Agency> SettingsStore::agency(qint64 id) const
{
    SqlQuery q(m_db, u"SELECT id, name, address, active FROM agency WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return Agency{q.integer(u"id"_s), q.text(u"name"_s), q.text(u"address"_s),
                  q.integer(u"active"_s) != 0};
}

qint64 SettingsStore::addAgency(const QString &name, const QString &address)
{
    qint64 id = 0;
    m_db.write([&] {
        SqlQuery q(m_db, u"INSERT INTO agency (name, address) VALUES (:name, :address) "
                         "RETURNING id"_s);
        id = q.bind(u":name"_s, name).bind(u":address"_s, address).execReturningId();
    });
    return id;
}

qint64 SettingsStore::addSopRevision(const SopDefinition &sop, const QDateTime &now)
{
    qint64 id = 0;
    m_db.write([&] {
        SqlQuery exists(m_db, u"SELECT COUNT(*) FROM sop_revision WHERE effective_from = :d"_s);
        exists.bind(u":d"_s, toStorageDate(sop.effectiveFrom));
        if (exists.scalar().toInt() > 0) {
            throw Error(Error::Code::Invalid,
                        QCoreApplication::translate(
                            "aduan::Settings",
                            "An SOP revision taking effect on %1 exists already.")
                            .arg(sop.effectiveFrom.toString(Qt::ISODate)));
        }
        SqlQuery insert(m_db, u"INSERT INTO sop_revision (sop_number, name, revised_on, "
                              "effective_from, definition, created_at) VALUES (:number, :name, "
                              ":revised, :effective, :definition, :created) RETURNING id"_s);
        insert.bind(u":number"_s, sop.number)
            .bind(u":name"_s, sop.name)
            .bind(u":revised"_s, toStorageDate(sop.revisedOn))
            .bind(u":effective"_s, toStorageDate(sop.effectiveFrom))
            .bind(u":definition"_s, QString::fromUtf8(sop.toJson()))
            .bind(u":created"_s, toStorageTime(now));
        id = insert.execReturningId();
        for (const SopStep &step : sop.steps) {
            SqlQuery(m_db, u"INSERT INTO sop_step (revision_id, step_no, action, actor_role, "
                           "target_minutes, activity) VALUES (:rev, :no, :action, :actor, "
                           ":target, :activity)"_s)
                .bind(u":rev"_s, id)
                .bind(u":no"_s, step.number)
                .bind(u":action"_s, step.action)
                .bind(u":actor"_s, roleCode(step.actor))
                .bind(u":target"_s, step.targetMinutes)
                .bind(u":activity"_s, step.activity)
                .exec();
        }
    });
    return id;
}

std::optional<SopDefinition> SettingsStore::sopRevisionInForce(QDate officeDate) const
{
    return SqlQuery(m_db, u"SELECT id, definition FROM sop_revision WHERE effective_from <= :d "
                          "ORDER BY effective_from DESC LIMIT 1"_s)
        .bind(u":d"_s, toStorageDate(officeDate))
        .first(sopFromRow);
}

std::optional<SopDefinition> SettingsStore::sopRevision(qint64 id) const
{
    return SqlQuery(m_db, u"SELECT id, definition FROM sop_revision WHERE id = :id"_s)
        .bind(u":id"_s, id)
        .first(sopFromRow);
}

QList<SopDefinition> SettingsStore::sopRevisions() const
{
    return SqlQuery(m_db, u"SELECT id, definition FROM sop_revision ORDER BY effective_from"_s)
        .rows(sopFromRow);
}

} // namespace aduan
