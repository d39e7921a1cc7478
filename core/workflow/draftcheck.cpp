#include "workflow/draftcheck.h"

#include "validation/nik.h"
#include "validation/personname.h"
#include "validation/phone.h"
#include "validation/plaintext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

/// `text` is marked for translation where it is written (QT_TRANSLATE_NOOP), or lupdate never
/// sees it and it stays English on an Indonesian screen.
Finding error(const QString &code, const QString &field, const char *text)
{
    return Finding{Finding::Severity::Error, code, QCoreApplication::translate("aduan::Validation", text),
                   field};
}

/// Every typed text of the form, checked for characters that would show other than stored.
Findings checkTexts(const ComplaintDraft &draft)
{
    Findings out;
    // `label` is marked for translation where it is written (QT_TRANSLATE_NOOP).
    const auto check = [&out](const QString &text, const QString &field, const char *label,
                              TextShape shape = TextShape::SingleLine) {
        out << checkPlainText(text, field,
                              QCoreApplication::translate("aduan::Validation", label), shape);
    };
    if (draft.complainant) {
        const Complainant &p = *draft.complainant;
        check(p.name, u"name"_s, QT_TRANSLATE_NOOP("aduan::Validation", "Name"));
        check(p.nik, u"nik"_s, QT_TRANSLATE_NOOP("aduan::Validation", "NIK"));
        check(p.phone, u"phone"_s, QT_TRANSLATE_NOOP("aduan::Validation", "Phone"));
        check(p.address, u"address"_s, QT_TRANSLATE_NOOP("aduan::Validation", "Address"));
    }
    check(draft.subject, u"subject"_s, QT_TRANSLATE_NOOP("aduan::Validation", "Subject"));
    check(draft.description, u"description"_s,
          QT_TRANSLATE_NOOP("aduan::Validation", "Description"), TextShape::MultiLine);
    check(draft.location, u"location"_s, QT_TRANSLATE_NOOP("aduan::Validation", "Location"));
    check(draft.category, u"category"_s, QT_TRANSLATE_NOOP("aduan::Validation", "Category"));
    for (const QString &item : draft.evidence)
        check(item, u"evidence"_s, QT_TRANSLATE_NOOP("aduan::Validation", "Evidence"));
    for (const RequirementOutcome &r : draft.requirements) {
        check(r.waiverReason, u"requirements"_s,
              QT_TRANSLATE_NOOP("aduan::Validation", "Reason not shown"));
    }
    for (const AttachmentDraft &a : draft.attachments) {
        check(a.fileName, u"attachments"_s,
              QT_TRANSLATE_NOOP("aduan::Validation", "Attachment name"));
    }
    return out;
}

} // namespace

DraftCheck checkDraft(const ComplaintDraft &draft, QDate today)
{
    DraftCheck result;
    result.findings << checkTexts(draft);
    result.normalized = draft;
    ComplaintDraft &out = result.normalized;
    out.subject = draft.subject.trimmed();
    out.location = draft.location.trimmed();
    out.category = draft.category.trimmed();

    if (draft.confidentiality == Confidentiality::Anonymous) {
        if (draft.complainant && (!draft.complainant->name.trimmed().isEmpty()
                                  || !draft.complainant->nik.trimmed().isEmpty()
                                  || !draft.complainant->phone.trimmed().isEmpty()
                                  || !draft.complainant->address.trimmed().isEmpty())) {
            result.findings << error(u"complainant.anonymous"_s, u"complainant"_s,
                                     QT_TRANSLATE_NOOP("aduan::Validation",
                                         "An anonymous complaint keeps no identity: clear the "
                                         "complainant's name, NIK, phone and address, or choose "
                                         "\"confidential\" to keep the identity hidden instead."));
        }
        out.complainant.reset();
    } else if (!draft.complainant) {
        result.findings << error(u"name.empty"_s, u"name"_s,
                                 QT_TRANSLATE_NOOP("aduan::Validation",
                                     "Enter the complainant's name, or mark the complaint as "
                                     "anonymous."));
    } else {
        Complainant person = *draft.complainant;
        const NameCheck name = checkPersonName(person.name);
        result.findings << name.findings;
        person.name = name.normalized;
        person.address = person.address.trimmed();
        const QString nikText = person.nik.trimmed();
        if (!nikText.isEmpty()) {
            const NikCheck nik = checkNik(nikText, person.gender, today);
            result.findings << nik.findings;
            if (nik.info) {
                person.nik = nik.info->digits;
                if (person.gender == Gender::Unknown)
                    person.gender = nik.info->gender;
            }
        } else {
            person.nik.clear();
        }
        const QString phoneText = person.phone.trimmed();
        if (!phoneText.isEmpty()) {
            const PhoneCheck phone = normalizePhone(phoneText);
            result.findings << phone.findings;
            if (phone.ok())
                person.phone = phone.normalized;
        } else {
            person.phone.clear();
        }
        out.complainant = person;
    }

    if (out.subject.isEmpty()) {
        result.findings << error(u"subject.empty"_s, u"subject"_s,
                                 QT_TRANSLATE_NOOP("aduan::Validation",
                                     "Enter the subject of the complaint (a short line)."));
    }
    if (draft.description.trimmed().isEmpty()) {
        result.findings << error(u"description.empty"_s, u"description"_s,
                                 QT_TRANSLATE_NOOP("aduan::Validation",
                                     "Enter what the complaint is about."));
    }
    return result;
}

} // namespace aduan
