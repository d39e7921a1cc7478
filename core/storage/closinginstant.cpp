#include "storage/closinginstant.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace aduan {

QStringList closingInstantFindings(const Database &db)
{
    // IS DISTINCT FROM: a NULL on one side only is a difference too (SQLite 3.39+, PostgreSQL).
    SqlQuery q(db, u"SELECT c.id, c.agenda_number, c.closed_at, s.completed_at AS last_completed "
                   "FROM complaint c LEFT JOIN step_record s ON s.complaint_id = c.id AND s.step_no = "
                   "(SELECT MAX(ls.step_no) FROM sop_step ls WHERE ls.revision_id = c.sop_revision_id) "
                   "WHERE c.closed_at IS DISTINCT FROM s.completed_at ORDER BY c.id"_s);
    q.exec();
    QStringList out;
    const auto shown = [](const QString &value) {
        return value.isEmpty() ? u"none"_s : value;
    };
    while (q.next()) {
        out << u"complaint %1 (%2): stored closing instant %3, but its last step's completion is %4"_s
                   .arg(q.integer(u"id"_s))
                   .arg(q.text(u"agenda_number"_s), shown(q.text(u"closed_at"_s)),
                        shown(q.text(u"last_completed"_s)));
    }
    return out;
}

} // namespace aduan
