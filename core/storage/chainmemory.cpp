#include "storage/chainmemory.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

struct Chain {
    QString key;     ///< the first entry's hash: which database
    qint64 length = 0;
    qint64 headId = 0;
    QString headHash;
};

std::optional<Chain> currentChain(Database &db)
{
    Chain chain;
    db.read([&] {
        const QString first = SqlQuery(db, u"SELECT hash FROM audit_entry ORDER BY id LIMIT 1"_s)
                                  .scalar()
                                  .toString();
        // The first entry and where this PC finds the file: a copy elsewhere is another story.
        if (!first.isEmpty())
            chain.key = first + u'|' + QFileInfo(db.path()).absoluteFilePath();
        chain.length = SqlQuery(db, u"SELECT COUNT(*) FROM audit_entry"_s).scalar().toLongLong();
        SqlQuery q(db, u"SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1"_s);
        q.exec();
        if (q.next()) {
            chain.headId = q.integer(u"id"_s);
            chain.headHash = q.text(u"hash"_s);
        }
    });
    if (chain.key.isEmpty())
        return std::nullopt;
    return chain;
}

QJsonObject load(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// True when the file's newest restore says it replaced a history at least `seenLength` long:
/// the shorter history is explained (the restore is in it), not cut.
bool restoredOver(Database &db, qint64 seenLength)
{
    QString newValue;
    db.read([&] {
        newValue = SqlQuery(db, u"SELECT new_value FROM audit_entry WHERE action = "
                                "'database.restore' ORDER BY id DESC LIMIT 1"_s)
                       .scalar()
                       .toString();
    });
    if (newValue.isEmpty())
        return false;
    const QJsonObject restore = QJsonDocument::fromJson(newValue.toUtf8()).object();
    return restore.contains(u"replacedLength"_s)
           && restore.value(u"replacedLength"_s).toInteger() >= seenLength;
}

} // namespace

ChainMemory::ChainMemory(QString file)
    : m_file(std::move(file))
{
}

QString ChainMemory::defaultFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"seen-history.json"_s);
}

std::optional<QString> ChainMemory::shortfall(Database &db) const
{
    const auto chain = currentChain(db);
    if (!chain)
        return std::nullopt;
    const QJsonObject seen = load(m_file).value(chain->key).toObject();
    if (seen.isEmpty())
        return std::nullopt;
    const qint64 length = seen.value(u"length"_s).toInteger();
    const qint64 headId = seen.value(u"headId"_s).toInteger();
    const QString headHash = seen.value(u"headHash"_s).toString();
    QString stillThere;
    db.read([&] {
        SqlQuery q(db, u"SELECT hash FROM audit_entry WHERE id = :id"_s);
        q.bind(u":id"_s, headId);
        stillThere = q.scalar().toString();
    });
    if ((chain->length >= length && stillThere == headHash) || restoredOver(db, length))
        return std::nullopt;
    return u"history cut short: this PC saw %1 entries up to entry %2 (hash %3); the "
           "file holds %4 up to entry %5 (hash %6)%7"_s
        .arg(QString::number(length), QString::number(headId), headHash,
             QString::number(chain->length),
             QString::number(chain->headId), chain->headHash,
             stillThere.isEmpty() ? u": entries after %1 were removed"_s.arg(chain->headId)
             : stillThere != headHash ? u": entry %1 was rewritten"_s.arg(headId)
                                      : QString());
}

void ChainMemory::remember(Database &db) const
{
    const auto chain = currentChain(db);
    if (!chain)
        return;
    QJsonObject all = load(m_file);
    const QJsonObject seen = all.value(chain->key).toObject();
    if (!seen.isEmpty() && seen.value(u"length"_s).toInteger() >= chain->length
        && !restoredOver(db, seen.value(u"length"_s).toInteger()))
        return;
    all.insert(chain->key, QJsonObject{{u"length"_s, chain->length},
                                       {u"headId"_s, chain->headId},
                                       {u"headHash"_s, chain->headHash},
                                       {u"database"_s, db.path()}});
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile out(m_file);
    if (!out.open(QIODevice::WriteOnly))
        return;
    out.write(QJsonDocument(all).toJson());
    out.commit();
}

} // namespace aduan
