// Every intake case of ../shared/cases/complaints.json through the register command, with its
// `expect`.
#include "catch_qt.h"
#include "testoffice.h"

#include "queries/intakebook.h"
#include "util/error.h"
#include "validation/nik.h"
#include "workflow/workflow.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

namespace {

QJsonArray loadCases()
{
    QFile file(test::casesDir() + u"/complaints.json"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object().value(u"cases"_s).toArray();
}

QString expandDescription(QString text)
{
    const QString marker = u"\n(repeat this paragraph until the text is 6000 characters long)"_s;
    if (!text.contains(marker))
        return text;
    const QString paragraph = text.remove(marker);
    QString out = paragraph;
    while (out.size() < 6000)
        out += u'\n' + paragraph;
    return out;
}

/// What the officer types, as the form would hand it to the engine. A general
/// "requirementWaiver" is the reason for every requirement that was not shown and has no reason
/// of its own (e.g. "Aduan lewat telepon": neither card nor evidence can be shown by phone).
ComplaintDraft draftFromCase(const QJsonObject &input)
{
    ComplaintDraft d;
    d.channel = *channelFromCode(input.value(u"channel"_s).toString());
    if (input.contains(u"receivedAt"_s))
        d.receivedAt = QDateTime::fromString(input.value(u"receivedAt"_s).toString(), Qt::ISODate);
    const QString conf = input.value(u"confidentiality"_s).toString(u"biasa"_s);
    d.confidentiality = *confidentialityFromCode(conf);
    const QJsonObject person = input.value(u"complainant"_s).toObject();
    if (!person.isEmpty()) {
        const QString gender = person.value(u"gender"_s).toString();
        d.complainant = Complainant{person.value(u"name"_s).toString(),
                                    person.value(u"nik"_s).toString(),
                                    gender == u"L"_s   ? Gender::Male
                                    : gender == u"P"_s ? Gender::Female
                                                       : Gender::Unknown,
                                    person.value(u"phone"_s).toString(),
                                    person.value(u"address"_s).toString()};
    }
    const QString generalWaiver = input.value(u"requirementWaiver"_s).toString();
    const bool cardShown = input.value(u"identityCardShown"_s).toBool();
    d.requirements.insert(u"identity_card"_s, {cardShown, cardShown ? QString() : generalWaiver});
    for (const QJsonValue &item : input.value(u"evidence"_s).toArray())
        d.evidence << item.toString();
    const bool evidencePresent = !d.evidence.isEmpty();
    d.requirements.insert(u"evidence"_s,
                          {evidencePresent,
                           evidencePresent ? QString()
                                           : input.value(u"evidenceWaiver"_s).toString(generalWaiver)});
    d.subject = input.value(u"subject"_s).toString();
    d.description = expandDescription(input.value(u"description"_s).toString());
    d.category = input.value(u"category"_s).toString();
    return d;
}

bool hasNikWarning(const Findings &findings)
{
    for (const Finding &f : findings) {
        if (f.code.startsWith(u"nik."_s))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Every intake case of complaints.json gives its expected outcome", "[cases][workflow]")
{
    const QJsonArray cases = loadCases();
    REQUIRE(cases.size() >= 17);
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow wf(*office.db, office.clock);
    IntakeBook book(*office.db, office.clock);

    for (const QJsonValue &value : cases) {
        const QJsonObject c = value.toObject();
        const QString id = c.value(u"id"_s).toString();
        const QJsonObject expect = c.value(u"expect"_s).toObject();
        const QJsonObject input = c.value(u"input"_s).toObject();
        DYNAMIC_SECTION("case " << id.toStdString())
        {
            if (id == u"duplicate-within-a-week"_s) {
                // Each section runs in a fresh database: walk-in-pkh first, two days earlier.
                wf.registerComplaint(office.rina, draftFromCase(cases.at(0).toObject()
                                                                    .value(u"input"_s)
                                                                    .toObject()),
                                     office.clock.now());
                office.clock.set(wib(2026, 3, 4, 9, 0));
            }
            if (id == u"sms-without-identity-card"_s)
                office.clock.set(wib(2026, 3, 19, 15, 53, 30)); // registered the next afternoon
            const ComplaintDraft draft = draftFromCase(input);
            const qint64 before = book.count(office.admin, {});
            if (!expect.value(u"saved"_s).toBool()) {
                try {
                    wf.registerComplaint(office.rina, draft, office.clock.now());
                    FAIL("saved although the case expects a refusal");
                } catch (const Error &e) {
                    INFO(e.message().toStdString());
                    const QString error = expect.value(u"error"_s).toString();
                    if (id == u"nik-too-short"_s)
                        CHECK(e.message().contains(u"this one has 15"_s));
                    if (id == u"nik-impossible-month"_s)
                        CHECK(e.message().contains(u"13"_s));
                    if (id == u"phone-invalid"_s)
                        CHECK(e.message().contains(u"+621 is not a valid Indonesian phone number"_s));
                    if (id == u"sms-missing-waiver"_s) {
                        CHECK(e.code() == Error::Code::RequirementMissing);
                        CHECK(e.message().contains(u"Kartu Identitas"_s));
                        CHECK(e.message().contains(u"Bukti pengaduan"_s));
                    } else {
                        CHECK(e.code() == Error::Code::Invalid);
                    }
                    CHECK_FALSE(error.isEmpty());
                }
                CHECK(book.count(office.admin, {}) == before);
                continue;
            }

            if (id == u"duplicate-within-a-week"_s) {
                const auto dups = book.possibleDuplicates(office.rina, u"3572021208750004"_s,
                                                          u"+6281234567801"_s);
                REQUIRE(dups.size() == 1);
                CHECK(dups.first().agendaNumber == u"0001/ADUAN/III/2026"_s);
                CHECK(dups.first().matchedOn == u"nik"_s);
            }
            const Registration reg = wf.registerComplaint(office.rina, draft, office.clock.now());
            const ComplaintRecord record = book.complaint(office.agus, reg.complaintId);
            CHECK(book.count(office.admin, {}) == before + 1);
            if (expect.contains(u"phoneStored"_s))
                CHECK(record.complainant->phone == expect.value(u"phoneStored"_s).toString());
            if (expect.contains(u"nikWarnings"_s)) {
                const QJsonArray warnings = expect.value(u"nikWarnings"_s).toArray();
                CHECK(hasNikWarning(reg.warnings) == !warnings.isEmpty());
                for (const QJsonValue &w : warnings) {
                    // The case's wording, give or take the hyphen in "birth-day".
                    const QString wanted = w.toString().replace(u"birth-day"_s, u"birth day"_s);
                    bool found = false;
                    for (const Finding &f : reg.warnings)
                        found = found || f.message.contains(wanted, Qt::CaseInsensitive);
                    INFO("expected warning: " << w.toString().toStdString());
                    CHECK(found);
                }
            }
            if (expect.contains(u"nikBirthDate"_s)) {
                const NikCheck nik = checkNik(record.complainant->nik, record.complainant->gender,
                                              QDate(2026, 3, 2));
                REQUIRE(nik.info);
                CHECK(nik.info->birthDate
                      == QDate::fromString(expect.value(u"nikBirthDate"_s).toString(), Qt::ISODate));
                if (expect.contains(u"nikGender"_s))
                    CHECK(nik.info->gender == Gender::Female);
            }
            if (expect.contains(u"receivedDateOnRegister"_s)) {
                const QDate officeDate = book.calendar().officeDate(record.receivedAt);
                const QString text = expect.value(u"receivedDateOnRegister"_s).toString();
                CHECK(text.startsWith(QString::number(officeDate.day()) + u' '));
                CHECK(text.endsWith(QString::number(officeDate.year())));
                CHECK(officeDate.month() == 3);
            }
            if (id == u"anonymous"_s) {
                CHECK_FALSE(record.complainant.has_value());
                CHECK(record.complainantDisplayName() == u"Anonim"_s);
            }
            if (id == u"confidential"_s) {
                CHECK(record.complainantDisplayName() == u"Hartini"_s);
                CHECK(book.complaint(office.lina, reg.complaintId).complainantDisplayName()
                      == u"Dirahasiakan"_s);
            }
            if (id == u"mononym"_s)
                CHECK(record.complainant->name == u"Sukarno"_s);
            if (id == u"long-and-strange-text"_s) {
                CHECK(record.subject == draft.subject);
                CHECK(record.description == draft.description);
                CHECK(record.description.size() >= 6000);
                CHECK(record.description.contains(u"ꦗꦮ"_s));
                CHECK(record.description.contains(u"<b>bukan tag</b>"_s));
            }
            if (id == u"sms-without-identity-card"_s) {
                CHECK(record.requirements.value(u"identity_card"_s).waiverReason
                      == u"Aduan melalui SMS; identitas dikonfirmasi lewat telepon"_s);
            }
        }
    }
}
