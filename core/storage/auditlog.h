#pragma once

#include "domain/auditentry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace aduan {

class Database;

/// Result of verifying the chain.
struct AuditVerification {
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBrokenId = 0; ///< the first entry whose hash or link does not match, when !ok
    QString problem;
    QString headHash;         ///< the hash of the last entry (the chain's head)
    /// Entries whose time is earlier than the entry before them (a PC's clock was wrong, or the
    /// history was rewritten), one line each naming both entries and their times (UTC).
    QStringList backInTime;
};

/// The tamper-evident history. Each entry stores the previous entry's hash and a SHA-256 over a
/// canonical form of its own content (a compact JSON array of prev hash, time, user, action,
/// entity, id, old and new values with sorted keys). It is appended in the caller's write
/// transaction, which holds the write lock from its first statement
/// (SqlDialect::beginWriteStatements(); SQLite's BEGIN IMMEDIATE), so two PCs cannot fork the
/// chain.
class AuditLog
{
public:
    explicit AuditLog(Database &db) : m_db(db) {}

    /// How far (seconds) a PC's clock may lag behind the newest entry: a write within it is
    /// stamped with the newest entry's time, so that history times never run backwards.
    static constexpr qint64 kClockToleranceSeconds = 5 * 60;

    /// Appends an entry; must run inside Database::write(), after the change it records (its
    /// seal is the digest of the entity's rows at that moment: rowSeal()). Returns the new
    /// entry's id.
    /// History times never run backwards: an `at` earlier than the newest entry's by up to
    /// kClockToleranceSeconds is stamped with the newest entry's time; earlier still throws
    /// Error(ClockWrong) — this PC's clock is behind the office's (or another PC's is ahead) —
    /// and the caller's transaction writes nothing.
    /// On a person's own session on a server (Database::isPersonSession()) the server writes
    /// the entry instead (personroles::describe()): its time is the server's, its person the
    /// session's role (`at` and `userId` are not used), it carries no seal, and it follows the
    /// entries the server's triggers wrote for the same change.
    qint64 append(const QDateTime &at, qint64 userId, const QString &action,
                  const QString &entity, qint64 entityId, const QJsonObject &oldValue,
                  const QJsonObject &newValue);

    /// Appends one entry for each record of `seals` (entity id and its seal, as rowSeal() gives
    /// it for the rows now: complaintSealsBetween()), in the order given, all by no user, with
    /// no old value and `newValue`, stamped like append() (same clock rule, same
    /// Error(ClockWrong)); the chain is linked in memory and written through the store's bulk
    /// path, and the head recorded in meta once. For records just written in bulk
    /// (BulkWriter); must run inside Database::write(). On a person's session the server
    /// writes each entry (append()). Returns how many entries were appended.
    qint64 appendSealed(const QDateTime &at, const QString &action, const QString &entity,
                        const QList<std::pair<qint64, QString>> &seals,
                        const QJsonObject &newValue);

    /// The entries about one record, oldest first.
    QList<AuditEntry> entriesFor(const QString &entity, qint64 entityId) const;
    /// Recomputes every hash and link, oldest first.
    AuditVerification verify() const;
    /// The hash of the newest entry (all zeros for an empty history).
    QString headHash() const;
    /// The time of the newest entry (UTC); invalid for an empty history.
    QDateTime newestTime() const;

    static QString genesisHash();
    static QString computeHash(const AuditEntry &entry);

private:
    Database &m_db;
};

} // namespace aduan
