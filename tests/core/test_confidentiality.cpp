// Confidential identities exist only for a viewer with the right: every way of reaching a
// complaint through an identity (search, the duplicate panel, attachments) follows that one rule.
#include "catch_qt.h"
#include "testoffice.h"

#include "queries/intakebook.h"
#include "util/error.h"
#include "workflow/workflow.h"

#include <QBuffer>
#include <QImage>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

namespace {

const QString kNik = u"3572021208750004"_s;
const QString kPhone = u"+6281234567801"_s;

ComplaintDraft draftOf(Confidentiality confidentiality, const QString &subject)
{
    ComplaintDraft d;
    d.confidentiality = confidentiality;
    d.complainant = Complainant{u"Bambang Sutrisno"_s, kNik, Gender::Male, u"081234567801"_s,
                                u"Jl. Mawar 3"_s};
    d.requirements.insert(u"identity_card"_s, {true, {}});
    d.requirements.insert(u"evidence"_s, {true, {}});
    d.subject = subject;
    d.description = u"Pungutan oleh oknum kelurahan."_s;
    return d;
}

} // namespace

TEST_CASE("A confidential complaint is no duplicate for a viewer without the right",
          "[confidentiality][issue14]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow wf(*office.db, office.clock);
    IntakeBook book(*office.db, office.clock);
    wf.registerComplaint(office.rina, draftOf(Confidentiality::Confidential, u"Pungli oknum"_s),
                         office.clock.now());

    // Lina lacks the right: neither the NIK nor the phone reveals the confidential complaint,
    // exactly as the register's search finds nothing for her.
    CHECK(book.possibleDuplicates(office.lina, kNik, {}).isEmpty());
    CHECK(book.possibleDuplicates(office.lina, {}, kPhone).isEmpty());
    CHECK(book.possibleDuplicates(office.lina, kNik, kPhone).isEmpty());
    IntakeBookFilter byNik;
    byNik.search = kNik;
    CHECK(book.count(office.lina, byNik) == 0);

    // Agus holds the right: the same lookups find it.
    const auto seen = book.possibleDuplicates(office.agus, kNik, kPhone);
    REQUIRE(seen.size() == 1);
    CHECK(seen.first().subject == u"Pungli oknum"_s);
    CHECK(book.count(office.agus, byNik) == 1);

    // A public complaint of the same person is still offered to her.
    wf.registerComplaint(office.rina, draftOf(Confidentiality::Public, u"Bansos belum cair"_s),
                         office.clock.now());
    const auto publicOnly = book.possibleDuplicates(office.lina, kNik, kPhone);
    REQUIRE(publicOnly.size() == 1);
    CHECK(publicOnly.first().subject == u"Bansos belum cair"_s);
}

TEST_CASE("A confidential complaint's attachment names are hidden from a viewer without the right",
          "[confidentiality][issue14]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow wf(*office.db, office.clock);
    IntakeBook book(*office.db, office.clock);
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    ComplaintDraft d = draftOf(Confidentiality::Confidential, u"Pungli oknum"_s);
    d.attachments << AttachmentDraft{u"KTP Bambang Sutrisno.png"_s, png};
    const qint64 id = wf.registerComplaint(office.rina, d, office.clock.now()).complaintId;

    const ComplaintRecord forLina = book.complaint(office.lina, id);
    REQUIRE(forLina.attachments.size() == 1);
    CHECK_FALSE(forLina.attachments.first().fileName.contains(u"Bambang"_s));
    CHECK(forLina.attachments.first().fileName == u"Dirahasiakan"_s);
    CHECK(forLina.attachments.first().sha256.isEmpty());
    const ComplaintRecord forAgus = book.complaint(office.agus, id);
    REQUIRE(forAgus.attachments.size() == 1);
    CHECK(forAgus.attachments.first().fileName == u"KTP Bambang Sutrisno.png"_s);
}
