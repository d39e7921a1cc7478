#include "storage/registertotal.h"

#include "domain/intakebook.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace aduan {

bool isWholeRegister(const IntakeBookFilter &filter)
{
    return !filter.fromDate.isValid() && !filter.toDate.isValid() && !filter.status
           && !filter.channel && filter.step == 0 && filter.search.trimmed().isEmpty()
           && filter.includeVoided;
}

qint64 storedRegisterTotal(const Database &db)
{
    return SqlQuery(db, u"SELECT COALESCE(SUM(registered), 0) FROM agenda_sequence"_s)
        .scalar()
        .toLongLong();
}

void recountRegistered(const Database &db)
{
    // Years the complaints have: their count (and, for a year without a row, the highest
    // number taken, so that numbering goes on after it).
    // "WHERE true": SQLite's parser needs it before an upsert's ON CONFLICT after a SELECT.
    SqlQuery(db, u"INSERT INTO agenda_sequence (year, last_value, registered) "
                 "SELECT agenda_year, MAX(agenda_seq), COUNT(*) FROM complaint WHERE true "
                 "GROUP BY agenda_year ON CONFLICT (year) DO UPDATE SET registered = excluded.registered"_s)
        .exec();
    // Years without complaints: none registered.
    SqlQuery(db, u"UPDATE agenda_sequence SET registered = 0 WHERE registered <> 0 AND NOT EXISTS "
                 "(SELECT 1 FROM complaint c WHERE c.agenda_year = agenda_sequence.year)"_s)
        .exec();
}

QStringList registerTotalFindings(const Database &db)
{
    QMap<qint64, std::pair<qint64, qint64>> years; // year -> (stored, counted)
    {
        SqlQuery q(db, u"SELECT year, registered FROM agenda_sequence"_s);
        q.exec();
        while (q.next())
            years[q.integer(u"year"_s)].first = q.integer(u"registered"_s);
    }
    {
        SqlQuery q(db, u"SELECT agenda_year, COUNT(*) AS n FROM complaint GROUP BY agenda_year"_s);
        q.exec();
        while (q.next())
            years[q.integer(u"agenda_year"_s)].second = q.integer(u"n"_s);
    }
    QStringList out;
    for (auto it = years.cbegin(); it != years.cend(); ++it) {
        const auto [stored, counted] = it.value();
        if (stored != counted) {
            out << u"agenda year %1: stored count of registered complaints %2, but the complaints "
                   "of that year are %3 (the register's total reads the stored count)"_s
                       .arg(it.key())
                       .arg(stored)
                       .arg(counted);
        }
    }
    return out;
}

} // namespace aduan
