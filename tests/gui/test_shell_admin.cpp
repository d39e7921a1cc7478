// Admin → Daftar dan penomoran (app/gui/admin/listspage): the preview of the agenda number
// shows the number the next registration will take, not the year's first.
#include "catch_qt.h"
#include "testoffice.h"

#include "admin/listspage.h"
#include "session/session.h"
#include "storage/sqlquery.h"
#include "storage/userstore.h"
#include "workflow/workflow.h"

#include <QLabel>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;

namespace {

QString previewText(const gui::ListsPage &page)
{
    for (const QLabel *label : page.findChildren<QLabel *>()) {
        if (label->text().startsWith(u"The next number"_s))
            return label->text();
    }
    return {};
}

} // namespace

TEST_CASE("The agenda number preview shows the number the next registration takes",
          "[gui][admin][issue18]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    const User admin = *UserStore(*office.db).byId(office.admin);
    SECTION("none used this year: the first")
    {
        gui::Session session(*office.db, office.clock, admin, false);
        gui::ListsPage page(session);
        CHECK(previewText(page) == u"The next number will be: 0001/ADUAN/III/2026"_s);
    }
    SECTION("401 used: 0402, as the registration then takes")
    {
        SqlQuery(*office.db,
                 u"INSERT INTO agenda_sequence (year, last_value) VALUES (2026, 401)"_s)
            .exec();
        gui::Session session(*office.db, office.clock, admin, false);
        gui::ListsPage page(session);
        CHECK(previewText(page) == u"The next number will be: 0402/ADUAN/III/2026"_s);
        const QString number = Workflow(*office.db, office.clock)
                                   .registerComplaint(office.rina, walkInWithIdentity(),
                                                      office.clock.now())
                                   .agendaNumber;
        CHECK(number == u"0402/ADUAN/III/2026"_s);
    }
}
