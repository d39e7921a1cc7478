#pragma once

#include "calendar/officecalendar.h"
#include "domain/officeprofile.h"
#include "sop/sopdefinition.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace aduan {

class Database;

/// The office's settings kept in the database (so that every PC shares them): office profile,
/// calendar, agenda number pattern, complaint classes, categories, agencies and SOP revisions.
/// Reads and writes SQL only; rules live in the workflow.
class SettingsStore
{
public:
    explicit SettingsStore(Database &db) : m_db(db) {}

    /// Raw setting as JSON text; std::nullopt when unset.
    std::optional<QString> value(const QString &key) const;
    void setValue(const QString &key, const QString &value);
    /// Reads the settings `keys` in one statement and answers value() for them from what was
    /// read, for the rest of this object's life — meant for an object that lives for one command
    /// inside one transaction (Workflow's step context), to save round trips to a database
    /// server. setValue() of such a key through this object updates what was read.
    void readAhead(const QStringList &keys);

    OfficeProfile officeProfile() const;
    void setOfficeProfile(const OfficeProfile &profile);

    /// The office calendar; OfficeCalendar::defaultOffice() when none is stored.
    OfficeCalendar calendar() const;
    void setCalendar(const OfficeCalendar &calendar);

    /// The agenda number pattern; default "{seq:04}/ADUAN/{month_roman}/{year}".
    QString agendaPattern() const;
    void setAgendaPattern(const QString &pattern);

    /// Largest attachment accepted, in bytes (default 10 MiB).
    qint64 attachmentLimitBytes() const;

    QList<ComplaintClass> complaintClasses() const;
    std::optional<ComplaintClass> complaintClass(const QString &code) const;
    void saveComplaintClass(const ComplaintClass &cls, int sortOrder);

    QStringList categories(bool activeOnly = true) const;
    void addCategory(const QString &name);

    QList<Agency> agencies(bool activeOnly = true) const;
    std::optional<Agency> agency(qint64 id) const;
    qint64 addAgency(const QString &name, const QString &address);

    /// Stores an SOP revision and its steps; returns its id. Throws Error(Invalid) when a
    /// revision with the same effective date exists.
    qint64 addSopRevision(const SopDefinition &sop, const QDateTime &now);
    /// The revision in force on an office date: the latest effectiveFrom <= date.
    std::optional<SopDefinition> sopRevisionInForce(QDate officeDate) const;
    std::optional<SopDefinition> sopRevision(qint64 id) const;
    QList<SopDefinition> sopRevisions() const;

private:
    /// Values read by readAhead() (an unset key: std::nullopt).
    QHash<QString, std::optional<QString>> m_readAhead;
    Database &m_db;
};

} // namespace aduan
