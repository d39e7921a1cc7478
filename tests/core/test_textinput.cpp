// A typed text is stored, shown, printed and exported as it was typed: characters that would
// display other than stored (bidirectional overrides) or vanish (control characters) are refused
// with a clear message, and nothing is written.
#include "catch_qt.h"
#include "testoffice.h"

#include "admin/administration.h"
#include "queries/intakebook.h"
#include "util/error.h"
#include "validation/plaintext.h"
#include "workflow/workflow.h"

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

namespace {

ComplaintDraft draft()
{
    ComplaintDraft d = aduan::test::walkInWithIdentity();
    d.description = u"Sudah tiga bulan.\n\tMohon dicek."_s;
    return d;
}

QString refusedField(Workflow &wf, qint64 user, const ComplaintDraft &d, const QDateTime &now)
{
    try {
        wf.registerComplaint(user, d, now);
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::Invalid);
        for (const Finding &f : e.findings()) {
            if (f.code.endsWith(u".bidi"_s) || f.code.endsWith(u".control"_s))
                return f.code;
        }
        return u"other: "_s + e.message();
    }
    return u"accepted"_s;
}

} // namespace

TEST_CASE("Bidirectional overrides and control characters are refused in typed text",
          "[validation][issue14]")
{
    const QString rlo = QString(QChar(0x202E));
    // "Ahmad \u202Eevil.exe Test" shows as "Ahmad tseT exe.live".
    auto bidi = checkPlainText(u"Ahmad "_s + rlo + u"evil.exe Test"_s, u"name"_s, u"Name"_s,
                               TextShape::SingleLine);
    REQUIRE(bidi.size() == 1);
    CHECK(bidi.first().code == u"name.bidi"_s);
    CHECK(bidi.first().message.contains(u"U+202E"_s));
    CHECK(bidi.first().message.contains(u"character 7"_s));
    for (char16_t isolate : {u'\u2066', u'\u2067', u'\u2068', u'\u2069', u'\u202A', u'\u202B'}) {
        CHECK(checkPlainText(u"12"_s + QChar(isolate), u"nik"_s, u"NIK"_s, TextShape::SingleLine)
                  .size() == 1);
    }
    CHECK(checkPlainText(u"a\u0000b"_s, u"name"_s, u"Name"_s, TextShape::SingleLine).size() == 1);
    CHECK(checkPlainText(u"a\nb"_s, u"name"_s, u"Name"_s, TextShape::SingleLine).size() == 1);
    CHECK(checkPlainText(u"a\u001Bb"_s, u"d"_s, u"D"_s, TextShape::MultiLine).size() == 1);
    CHECK(checkPlainText(u"a\u0085b"_s, u"d"_s, u"D"_s, TextShape::MultiLine).size() == 1);
    CHECK(checkPlainText(u"a\u2028b"_s, u"d"_s, u"D"_s, TextShape::MultiLine).size() == 1);
    // Line breaks and tabs in a multi-line field, other scripts, and emoji are text.
    CHECK(checkPlainText(u"a\r\n\tb"_s, u"d"_s, u"D"_s, TextShape::MultiLine).isEmpty());
    CHECK(checkPlainText(u"محمد Ñoño 😀"_s, u"name"_s, u"Name"_s, TextShape::SingleLine)
              .isEmpty());
}

TEST_CASE("The engine refuses such text in every field and writes nothing", "[workflow][issue14]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow wf(*office.db, office.clock);
    IntakeBook book(*office.db, office.clock);
    const QString rlo = QString(QChar(0x202E));
    const QDateTime now = office.clock.now();

    ComplaintDraft d = draft();
    d.complainant->name = u"Ahmad "_s + rlo + u"evil.exe Test"_s;
    CHECK(refusedField(wf, office.rina, d, now) == u"name.bidi"_s);
    d = draft();
    d.complainant->address = u"Jl. Mawar "_s + QChar(0x2066) + u"3"_s;
    CHECK(refusedField(wf, office.rina, d, now) == u"address.bidi"_s);
    d = draft();
    d.complainant->phone = u"0812345678"_s + QChar(0x202D) + u"01"_s;
    CHECK(refusedField(wf, office.rina, d, now) == u"phone.bidi"_s);
    d = draft();
    d.subject = u"Bansos\u0000 belum cair"_s;
    CHECK(refusedField(wf, office.rina, d, now) == u"subject.control"_s);
    d = draft();
    d.complainant->name = u"Ahmad\nFauzi"_s;
    CHECK(refusedField(wf, office.rina, d, now) == u"name.control"_s);
    d = draft();
    d.description = u"Sudah\u001B[31m tiga bulan"_s;
    CHECK(refusedField(wf, office.rina, d, now) == u"description.control"_s);
    CHECK(book.count(office.admin, {}) == 0);

    // The multi-line description keeps its line breaks and tab.
    const qint64 id = wf.registerComplaint(office.rina, draft(), now).complaintId;
    CHECK(book.complaint(office.agus, id).description == u"Sudah tiga bulan.\n\tMohon dicek."_s);

    // Later steps' texts follow the same rule.
    try {
        wf.reportToHead(office.dewi, {id}, u"catatan "_s + rlo + u"x"_s);
        FAIL("a note with an override character was accepted");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::Invalid);
        CHECK(e.message().contains(u"U+202E"_s));
    }
    CHECK(book.complaint(office.agus, id).currentStep()->number == 2);

    // And the administrator's: a user's full name.
    Administration admin(*office.db, office.clock);
    User u;
    u.username = u"budi"_s;
    u.fullName = u"Budi "_s + rlo + u"Santoso"_s;
    u.roles = {Role::Officer};
    CHECK_THROWS_AS(admin.createUser(office.admin, u, u"rahasia123"_s), Error);
}
