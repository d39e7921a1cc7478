#pragma once

#include <QString>

#include <optional>

namespace aduan {

class Database;

/// What this PC remembers of each database's history: the longest chain it has seen (its
/// length, the newest entry's id and hash), so that a history cut short at its newest end —
/// entries deleted and the recorded head adjusted to match, which the chain alone cannot show —
/// is noticed the next time this PC looks. A database is known by the hash of its first history
/// entry and its path as this PC sees it. A restore recorded in the history
/// ("database.restore" with the length of the history it replaced) explains a shorter history
/// that this PC saw before it. The memory is a small JSON file of this PC (default: in the application-data
/// folder); it is written whole or not at all (QSaveFile).
class ChainMemory
{
public:
    explicit ChainMemory(QString file = defaultFile());

    /// <AppDataLocation>/seen-history.json
    static QString defaultFile();

    /// Compares `db`'s history with what this PC saw before: a sentence naming what is missing
    /// (the remembered length and head against the file's) when the history is shorter, or no
    /// longer holds the remembered newest entry as it was; std::nullopt when it holds at least
    /// what was seen (or nothing was seen yet).
    std::optional<QString> shortfall(Database &db) const;
    /// Remembers `db`'s history when it is longer than what was seen. Never throws for the
    /// memory file (a PC that cannot write it simply remembers nothing new).
    void remember(Database &db) const;

private:
    QString m_file;
};

} // namespace aduan
