// The draft file of a form being filled writes the gender with the same code as the stored
// complaint row (issue 15, "Derivations": one genderCode() for both).

#include "catch_qt.h"
#include "testoffice.h"
#include "walkthroughs.h"

#include "complaintactions/draftfile.h"
#include "domain/gender.h"
#include "storage/sqlquery.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;

TEST_CASE("The draft file and the stored row give the same gender code", "[derivation][gender]")
{
    TestOffice office;
    const WalkthroughIds ids = runWalkthroughs(office);
    const QList<std::pair<qint64, Gender>> complaints = {
        {ids.a, Gender::Male}, {ids.b, Gender::Unknown}, {ids.c, Gender::Female}};
    for (const auto &[id, gender] : complaints) {
        SqlQuery q(*office.db, u"SELECT complainant_gender FROM complaint WHERE id = :id"_s);
        q.bind(u":id"_s, id);
        const QString stored = q.scalar().toString();

        gui::SavedDraft saved;
        saved.draft.complainant = Complainant{u"Hartini"_s, {}, gender, {}, {}};
        const QByteArray json = gui::DraftFile::toJson(saved);
        const QJsonObject complainant =
            QJsonDocument::fromJson(json)
                .object()
                .value(u"draft"_s)
                .toObject()
                .value(u"complainant"_s)
                .toObject();
        CHECK(complainant.value(u"gender"_s).toString() == stored);
        CHECK(stored == genderCode(gender));

        const auto back = gui::DraftFile::fromJson(json);
        REQUIRE(back);
        REQUIRE(back->draft.complainant);
        CHECK(back->draft.complainant->gender == gender);
    }
}
