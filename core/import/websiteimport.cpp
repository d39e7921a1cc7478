#include "import/websiteimport.h"

#include "auth/whomayact.h"
#include "domain/role.h"
#include "sms/messageintake.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/userstore.h"
#include "util/clock.h"
#include "util/error.h"
#include "validation/nik.h"
#include "validation/phone.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

const QString kMappingSetting = u"import.website_mapping"_s;

QString firstError(const Findings &findings)
{
    for (const Finding &f : findings) {
        if (f.severity == Finding::Severity::Error)
            return f.message;
    }
    return {};
}

QString normalizedHeader(QString name)
{
    name = name.toLower();
    name.remove(QRegularExpression(u"[^a-z0-9 ]"_s));
    return name.simplified();
}

/// What tells a row imported before: its time, phone, name and text.
QString rowIdentity(const IncomingMessage &m)
{
    return QStringList{m.receivedAt.toString(Qt::ISODate), m.sender, m.senderName, m.text}.join(
        u'\n');
}

} // namespace

CsvTable readCsv(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const qsizetype firstBreak = text.indexOf(u'\n');
    const QString firstLine = text.left(firstBreak < 0 ? text.size() : firstBreak);
    CsvTable table;
    table.separator = firstLine.contains(u';') ? u';' : u',';

    QList<QStringList> records;
    QList<int> lines;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    auto endField = [&] {
        record << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.size() == 1 && record.constFirst().trimmed().isEmpty();
        if (!blank) {
            records << record;
            lines << recordLine;
        }
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (c != u'\r')
                    field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == table.separator) {
            endField();
        } else if (c == u'\n') {
            endRecord();
            ++line;
            recordLine = line;
        } else if (c != u'\r') {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        throw Error(Error::Code::Invalid,
                    QCoreApplication::translate(
                        "aduan::WebsiteImport",
                        "The file ends inside a quoted field that starts on line %1; it was not "
                        "imported. Save it again from the spreadsheet as CSV.")
                        .arg(recordLine));
    }
    if (!field.isEmpty() || !record.isEmpty())
        endRecord();
    if (records.isEmpty())
        throw Error(Error::Code::Invalid,
                    QCoreApplication::translate("aduan::WebsiteImport",
                                                "The file is empty; nothing was imported."));
    for (const QString &name : records.takeFirst())
        table.header << name.trimmed();
    lines.removeFirst();
    table.rows = records;
    table.lines = lines;
    return table;
}

QList<ImportField> importFields()
{
    return {ImportField::Name,    ImportField::Nik,  ImportField::Phone,
            ImportField::Address, ImportField::Text, ImportField::Time};
}

QString importFieldCode(ImportField field)
{
    switch (field) {
    case ImportField::Name:
        return u"name"_s;
    case ImportField::Nik:
        return u"nik"_s;
    case ImportField::Phone:
        return u"phone"_s;
    case ImportField::Address:
        return u"address"_s;
    case ImportField::Text:
        return u"text"_s;
    case ImportField::Time:
        return u"time"_s;
    }
    return {};
}

std::optional<ImportField> importFieldFromCode(const QString &code)
{
    for (const ImportField f : importFields()) {
        if (importFieldCode(f) == code)
            return f;
    }
    return std::nullopt;
}

QString importFieldLabel(ImportField field)
{
    switch (field) {
    case ImportField::Name:
        return QCoreApplication::translate("aduan::WebsiteImport", "Name");
    case ImportField::Nik:
        return QCoreApplication::translate("aduan::WebsiteImport", "NIK");
    case ImportField::Phone:
        return QCoreApplication::translate("aduan::WebsiteImport", "Phone number");
    case ImportField::Address:
        return QCoreApplication::translate("aduan::WebsiteImport", "Address");
    case ImportField::Text:
        return QCoreApplication::translate("aduan::WebsiteImport", "Complaint text");
    case ImportField::Time:
        return QCoreApplication::translate("aduan::WebsiteImport", "Time");
    }
    return {};
}

bool ImportMapping::complete() const
{
    return !columns.value(ImportField::Text).isEmpty()
        && !columns.value(ImportField::Time).isEmpty();
}

ImportMapping ImportMapping::guess(const QStringList &header)
{
    const QList<std::pair<ImportField, QStringList>> words = {
        {ImportField::Time,
         {u"stempel waktu"_s, u"timestamp"_s, u"waktu"_s, u"tanggal"_s, u"time"_s}},
        {ImportField::Nik, {u"nik"_s}},
        {ImportField::Phone,
         {u"hp"_s, u"telepon"_s, u"telp"_s, u"whatsapp"_s, u"phone"_s, u"wa"_s}},
        {ImportField::Address, {u"alamat"_s, u"address"_s}},
        {ImportField::Text,
         {u"isi"_s, u"aduan"_s, u"pengaduan"_s, u"keluhan"_s, u"pesan"_s, u"message"_s}},
        {ImportField::Name, {u"nama"_s, u"name"_s}},
    };
    ImportMapping mapping;
    QStringList taken;
    for (const auto &[field, keys] : words) {
        for (const QString &column : header) {
            const QStringList parts = normalizedHeader(column).split(u' ');
            const bool hit = std::any_of(keys.begin(), keys.end(), [&](const QString &k) {
                return k.contains(u' ') ? normalizedHeader(column).contains(k) : parts.contains(k);
            });
            if (hit && !taken.contains(column)) {
                mapping.columns.insert(field, column);
                taken << column;
                break;
            }
        }
    }
    return mapping;
}

std::optional<ImportMapping> rememberedMapping(Database &db)
{
    const std::optional<QString> raw = SettingsStore(db).value(kMappingSetting);
    if (!raw)
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(raw->toUtf8()).object();
    ImportMapping mapping;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (const auto field = importFieldFromCode(it.key()))
            mapping.columns.insert(*field, it.value().toString());
    }
    return mapping;
}

QDateTime parseImportTime(const QString &text, const QTimeZone &zone)
{
    static const QRegularExpression local(
        u"^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[ T]+(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?)?$"_s);
    static const QRegularExpression iso(
        u"^(\\d{4})-(\\d{2})-(\\d{2})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"_s);
    const QString t = text.trimmed();
    QDate date;
    QRegularExpressionMatch m = local.match(t);
    if (m.hasMatch()) {
        date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    } else {
        m = iso.match(t);
        if (!m.hasMatch())
            return {};
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, zone).toUTC();
}

ImportReport importWebsiteRows(Database &db, const Clock &clock, qint64 actorId,
                               const CsvTable &table, const ImportMapping &mapping)
{
    if (!mapping.complete()) {
        throw Error(Error::Code::Invalid,
                    QCoreApplication::translate(
                        "aduan::WebsiteImport",
                        "Choose the columns of the complaint's text and of its time; nothing was "
                        "imported."));
    }
    QHash<ImportField, int> index;
    for (auto it = mapping.columns.begin(); it != mapping.columns.end(); ++it) {
        if (it.value().isEmpty())
            continue;
        const qsizetype i = table.header.indexOf(it.value());
        if (i < 0) {
            throw Error(Error::Code::Invalid,
                        QCoreApplication::translate(
                            "aduan::WebsiteImport",
                            "The file has no column \"%1\" (for %2); choose the columns again. "
                            "Nothing was imported.")
                            .arg(it.value(), importFieldLabel(it.key())));
        }
        index.insert(it.key(), int(i));
    }
    ImportReport report;
    const QTimeZone zone = SettingsStore(db).calendar().timeZone();
    MessageIntake intake(db, clock);
    db.write([&] {
        report = {};
        UserStore users(db);
        const User actor = requireActiveUser(users, actorId);
        if (!actor.hasRole(Role::Officer) && !actor.hasRole(Role::Admin))
            throw Error(
                Error::Code::Forbidden,
                QCoreApplication::translate("aduan::WebsiteImport",
                                            "Only the complaint officer imports messages."));
        QJsonObject json;
        for (auto it = mapping.columns.begin(); it != mapping.columns.end(); ++it)
            json.insert(importFieldCode(it.key()), it.value());
        const std::optional<QString> before = SettingsStore(db).value(kMappingSetting);
        const QString after = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
        if (before != after) {
            SettingsStore(db).setValue(kMappingSetting, after);
            AuditLog(db).append(
                clock.now(), actorId, u"setting.import-mapping"_s, u"setting"_s, 0,
                before ? QJsonDocument::fromJson(before->toUtf8()).object() : QJsonObject(), json);
        }
        for (int r = 0; r < table.rows.size(); ++r) {
            const QStringList &row = table.rows.at(r);
            const int line = table.lines.value(r);
            auto cell = [&](ImportField f) {
                return index.contains(f) ? row.value(index.value(f)).trimmed() : QString();
            };
            IncomingMessage m;
            m.text = cell(ImportField::Text);
            m.senderName = cell(ImportField::Name);
            m.senderAddress = cell(ImportField::Address);
            const QString timeText = cell(ImportField::Time);
            m.receivedAt = parseImportTime(timeText, zone);
            QString reason;
            if (m.text.isEmpty())
                reason = QCoreApplication::translate("aduan::WebsiteImport",
                                                     "the complaint's text is empty");
            else if (!m.receivedAt.isValid())
                reason = QCoreApplication::translate(
                             "aduan::WebsiteImport",
                             "the time \"%1\" is not a date such as 19/01/2024 08:30")
                             .arg(timeText);
            else if (m.receivedAt > clock.now())
                reason = QCoreApplication::translate("aduan::WebsiteImport",
                                                     "the time %1 lies in the future")
                             .arg(timeText);
            if (reason.isEmpty() && !cell(ImportField::Phone).isEmpty()) {
                const PhoneCheck phone = normalizePhone(cell(ImportField::Phone));
                if (phone.ok())
                    m.sender = phone.normalized;
                else
                    reason = firstError(phone.findings);
            }
            if (reason.isEmpty() && !cell(ImportField::Nik).isEmpty()) {
                const NikCheck nik = checkNik(cell(ImportField::Nik), Gender::Unknown,
                                              m.receivedAt.toTimeZone(zone).date());
                if (nik.ok())
                    m.senderNik = nik.info->digits;
                else
                    reason = firstError(nik.findings);
            }
            if (!reason.isEmpty()) {
                report.problems << ImportProblem{line, reason};
                continue;
            }
            m.sourceKey = u"website:"_s
                + QString::fromLatin1(QCryptographicHash::hash(rowIdentity(m).toUtf8(),
                                                               QCryptographicHash::Sha256)
                                          .toHex());
            if (intake.addWebsiteMessage(m))
                ++report.added;
            else
                ++report.duplicates;
        }
    });
    return report;
}

} // namespace aduan
