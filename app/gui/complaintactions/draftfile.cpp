#include "complaintactions/draftfile.h"

#include "storage/sqldialect.h"

#include "domain/gender.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace aduan::gui {

namespace {

constexpr int kFormat = 1;

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

/// The same database however it was named: a file's path with case differences on Windows,
/// "..", links resolved; a server's location without its password (which may or may not have
/// been typed into the location).
QString databaseKey(const QString &databasePath)
{
    const auto dialect = makeDialect(databasePath);
    if (!dialect->isFile())
        return dialect->shownLocation(databasePath);
    const QFileInfo info(databasePath);
    QString key = info.canonicalFilePath();
    if (key.isEmpty())
        key = QDir::cleanPath(info.absoluteFilePath());
#ifdef Q_OS_WIN
    key = key.toLower();
#endif
    return key;
}

} // namespace

DraftFile::DraftFile(const QString &databasePath, qint64 userId)
{
    const QByteArray hash = QCryptographicHash::hash(databaseKey(databasePath).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(16);
    m_path = QDir(folder()).filePath(u"complaint-%1-user%2.json"_s)
                 .arg(QString::fromLatin1(hash))
                 .arg(userId);
}

QString DraftFile::folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"drafts"_s);
}

bool DraftFile::exists() const
{
    return QFileInfo::exists(m_path);
}

bool DraftFile::save(const SavedDraft &draft)
{
    m_error.clear();
    if (!QDir().mkpath(folder())) {
        m_error = QDir::toNativeSeparators(folder());
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(toJson(draft));
    if (!file.commit()) {
        m_error = file.errorString();
        return false;
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

std::optional<SavedDraft> DraftFile::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return fromJson(file.readAll());
}

void DraftFile::remove()
{
    QFile::remove(m_path);
}

QByteArray DraftFile::toJson(const SavedDraft &saved)
{
    const ComplaintDraft &d = saved.draft;
    QJsonObject draft{
        {u"channel"_s, channelCode(d.channel)},
        {u"receivedAt"_s, iso(d.receivedAt)},
        {u"confidentiality"_s, confidentialityCode(d.confidentiality)},
        {u"evidence"_s, stringArray(d.evidence)},
        {u"subject"_s, d.subject},
        {u"description"_s, d.description},
        {u"location"_s, d.location},
        {u"category"_s, d.category},
        {u"classCode"_s, d.classCode},
        {u"relatedComplaintId"_s, QString::number(d.relatedComplaintId)},
    };
    if (d.complainant) {
        draft.insert(u"complainant"_s, QJsonObject{{u"name"_s, d.complainant->name},
                                                   {u"nik"_s, d.complainant->nik},
                                                   {u"gender"_s, genderCode(d.complainant->gender)},
                                                   {u"phone"_s, d.complainant->phone},
                                                   {u"address"_s, d.complainant->address}});
    }
    QJsonObject requirements;
    for (auto it = d.requirements.cbegin(); it != d.requirements.cend(); ++it) {
        requirements.insert(it.key(), QJsonObject{{u"met"_s, it->met},
                                                  {u"waiverReason"_s, it->waiverReason}});
    }
    draft.insert(u"requirements"_s, requirements);
    QJsonArray attachments;
    for (const AttachmentDraft &a : d.attachments) {
        attachments.append(QJsonObject{
            {u"fileName"_s, a.fileName},
            {u"content"_s, QString::fromLatin1(a.content.toBase64())}});
    }
    draft.insert(u"attachments"_s, attachments);
    const QJsonObject root{{u"format"_s, kFormat},
                           {u"savedAt"_s, iso(saved.savedAt)},
                           {u"formOpenedAt"_s, iso(saved.formOpenedAt)},
                           {u"receivedAtTyped"_s, saved.receivedAtTyped},
                           {u"draft"_s, draft}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<SavedDraft> DraftFile::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toInt() != kFormat || !root.value(u"draft"_s).isObject())
        return std::nullopt;
    SavedDraft saved;
    saved.savedAt = fromIso(root.value(u"savedAt"_s).toString());
    saved.formOpenedAt = fromIso(root.value(u"formOpenedAt"_s).toString());
    saved.receivedAtTyped = root.value(u"receivedAtTyped"_s).toString();
    const QJsonObject o = root.value(u"draft"_s).toObject();
    ComplaintDraft &d = saved.draft;
    d.channel = channelFromCode(o.value(u"channel"_s).toString()).value_or(Channel::Direct);
    d.receivedAt = fromIso(o.value(u"receivedAt"_s).toString());
    d.confidentiality = confidentialityFromCode(o.value(u"confidentiality"_s).toString())
                            .value_or(Confidentiality::Public);
    if (o.value(u"complainant"_s).isObject()) {
        const QJsonObject c = o.value(u"complainant"_s).toObject();
        d.complainant = Complainant{c.value(u"name"_s).toString(), c.value(u"nik"_s).toString(),
                                    genderFromCode(c.value(u"gender"_s).toString()),
                                    c.value(u"phone"_s).toString(),
                                    c.value(u"address"_s).toString()};
    }
    const QJsonObject requirements = o.value(u"requirements"_s).toObject();
    for (auto it = requirements.constBegin(); it != requirements.constEnd(); ++it) {
        const QJsonObject r = it.value().toObject();
        d.requirements.insert(it.key(), RequirementOutcome{r.value(u"met"_s).toBool(),
                                                           r.value(u"waiverReason"_s).toString()});
    }
    for (const QJsonValue &v : o.value(u"evidence"_s).toArray())
        d.evidence << v.toString();
    for (const QJsonValue &v : o.value(u"attachments"_s).toArray()) {
        const QJsonObject a = v.toObject();
        d.attachments << AttachmentDraft{
            a.value(u"fileName"_s).toString(),
            QByteArray::fromBase64(a.value(u"content"_s).toString().toLatin1())};
    }
    d.subject = o.value(u"subject"_s).toString();
    d.description = o.value(u"description"_s).toString();
    d.location = o.value(u"location"_s).toString();
    d.category = o.value(u"category"_s).toString();
    d.classCode = o.value(u"classCode"_s).toString();
    d.relatedComplaintId = o.value(u"relatedComplaintId"_s).toString().toLongLong();
    return saved;
}

} // namespace aduan::gui
