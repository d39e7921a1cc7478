// The paper forms' entry screens (forms/): typed from the keyboard the way the front desk does,
// offscreen. Cases come from tests/cases/complaints.json.
#include "catch_qt.h"

#include "common/fieldmessage.h"
#include "common/palette.h"
#include "common/reasondialog.h"
#include "complaintform/complaintformwidget.h"
#include "decision/decisionwidget.h"
#include "disposition/dispositionwidget.h"
#include "resolutionreport/resolutionreportwidget.h"

#include "domain/role.h"
#include "sop/sopdefinition.h"
#include "validation/nik.h"
#include "validation/phone.h"
#include "workflow/draftcheck.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTimeZone>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;
using namespace aduan;
using forms::ComplaintFormWidget;

namespace {

const QTimeZone kWib("Asia/Jakarta");

QJsonObject intakeCase(const QString &id)
{
    QFile file(QString::fromUtf8(ADUAN_CASES_DIR) + u"/complaints.json"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value(u"cases"_s).toArray();
    for (const QJsonValue &c : cases) {
        if (c.toObject().value(u"id"_s).toString() == id)
            return c.toObject();
    }
    FAIL("no case " << id.toStdString());
    return {};
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

QList<ComplaintClass> defaultClasses()
{
    return {{u"sederhana"_s, u"Sederhana"_s, 5},
            {u"sedang"_s, u"Sedang"_s, 14},
            {u"kompleks"_s, u"Kompleks"_s, 60}};
}

QStringList defaultCategories()
{
    return {u"Bantuan sosial"_s, u"Data kesejahteraan sosial (DTKS)"_s, u"Rehabilitasi sosial"_s,
            u"Lainnya"_s};
}

/// The Formulir Aduan in a shown, active window, set up as the office sets it up on Monday
/// 2 March 2026 09:00 WIB, with the requirements of step 1 of the built-in SOP.
struct FormFixture {
    QWidget window;
    ComplaintFormWidget *form = new ComplaintFormWidget;
    QDateTime now{QDate(2026, 3, 2), QTime(9, 0), kWib};

    FormFixture()
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(form);
        form->setNow(now);
        form->setToday(now.date());
        form->setChoices(defaultCategories(), defaultClasses(),
                         SopDefinition::builtIn().step(1)->requirements);
        window.resize(1366, 700);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    template<typename T = QWidget>
    T *child(const QString &name) const
    {
        T *w = form->findChild<T *>(name);
        REQUIRE(w != nullptr);
        return w;
    }
};

QWidget *focused()
{
    QWidget *w = QApplication::focusWidget();
    REQUIRE(w != nullptr);
    return w;
}

/// Tab to the next field and check that it is the one expected.
void tabTo(const QString &objectName)
{
    QTest::keyClick(focused(), Qt::Key_Tab);
    INFO("after Tab, the focus is on " << focused()->objectName().toStdString());
    REQUIRE(focused()->objectName() == objectName);
}

void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

QByteArray pngBytes()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void requireSameDraft(const ComplaintDraft &actual, const ComplaintDraft &expected)
{
    CHECK(actual.channel == expected.channel);
    CHECK(actual.receivedAt == expected.receivedAt);
    CHECK(actual.confidentiality == expected.confidentiality);
    REQUIRE(actual.complainant.has_value() == expected.complainant.has_value());
    if (expected.complainant) {
        CHECK(actual.complainant->name == expected.complainant->name);
        CHECK(actual.complainant->nik == expected.complainant->nik);
        CHECK(actual.complainant->gender == expected.complainant->gender);
        CHECK(actual.complainant->phone == expected.complainant->phone);
        CHECK(actual.complainant->address == expected.complainant->address);
    }
    REQUIRE(actual.requirements.keys().size() == expected.requirements.keys().size());
    for (auto it = expected.requirements.cbegin(); it != expected.requirements.cend(); ++it) {
        INFO("requirement " << it.key().toStdString());
        REQUIRE(actual.requirements.contains(it.key()));
        CHECK(actual.requirements.value(it.key()).met == it->met);
        CHECK(actual.requirements.value(it.key()).waiverReason == it->waiverReason);
    }
    CHECK(actual.evidence == expected.evidence);
    REQUIRE(actual.attachments.size() == expected.attachments.size());
    for (qsizetype i = 0; i < expected.attachments.size(); ++i) {
        CHECK(actual.attachments.at(i).fileName == expected.attachments.at(i).fileName);
        CHECK(actual.attachments.at(i).content == expected.attachments.at(i).content);
    }
    CHECK(actual.subject == expected.subject);
    CHECK(actual.description == expected.description);
    CHECK(actual.location == expected.location);
    CHECK(actual.category == expected.category);
    CHECK(actual.classCode == expected.classCode);
    CHECK(actual.relatedComplaintId == expected.relatedComplaintId);
}

ComplaintRecord sampleRecord()
{
    ComplaintRecord c;
    c.id = 2;
    c.agendaNumber = u"0002/ADUAN/III/2026"_s;
    c.channel = Channel::Sms;
    c.receivedAt = QDateTime(QDate(2026, 3, 18), QTime(14, 14), QTimeZone::utc()); // 21.14 WIB
    c.complainant = Complainant{u"Ibu Lestari"_s, {}, Gender::Female, u"+6285712340001"_s, {}};
    c.subject = u"Orang dengan gangguan jiwa berkeliaran"_s;
    return c;
}

} // namespace

TEST_CASE("Formulir Aduan: the walk-in-pkh case typed through the tab order", "[gui][forms]")
{
    const QJsonObject input = intakeCase(u"walk-in-pkh"_s).value(u"input"_s).toObject();
    const QJsonObject expect = intakeCase(u"walk-in-pkh"_s).value(u"expect"_s).toObject();
    const QJsonObject person = input.value(u"complainant"_s).toObject();
    const QStringList evidence = strings(input.value(u"evidence"_s));

    FormFixture f;
    QSignalSpy changed(f.form, &ComplaintFormWidget::changed);
    QSignalSpy identity(f.form, &ComplaintFormWidget::identityEdited);

    auto *channel = f.child<QComboBox>(u"channelCombo"_s);
    REQUIRE(channelFromCode(input.value(u"channel"_s).toString()) == Channel::Direct);
    CHECK(channel->currentText() == channelLabel(Channel::Direct));
    CHECK_FALSE(f.child(u"receivedAtEdit"_s)->isEnabled()); // direct: received now

    channel->setFocus();
    tabTo(u"publicRadio"_s); // the time received is skipped: it is "now" at the desk
    tabTo(u"nameEdit"_s);
    type(person.value(u"name"_s).toString());
    tabTo(u"nikEdit"_s);
    type(person.value(u"nik"_s).toString());
    tabTo(u"maleRadio"_s);
    type(person.value(u"gender"_s).toString()); // "L", as on paper
    tabTo(u"phoneEdit"_s);
    type(person.value(u"phone"_s).toString());
    tabTo(u"addressEdit"_s);
    type(person.value(u"address"_s).toString());
    tabTo(u"requirement_identity_card"_s);
    REQUIRE(input.value(u"identityCardShown"_s).toBool());
    QTest::keyClick(focused(), Qt::Key_Space);
    tabTo(u"requirement_evidence"_s); // the waiver of a ticked requirement is skipped
    QTest::keyClick(focused(), Qt::Key_Space);
    tabTo(u"subjectEdit"_s);
    type(input.value(u"subject"_s).toString());
    tabTo(u"descriptionEdit"_s);
    type(input.value(u"description"_s).toString());
    tabTo(u"locationEdit"_s); // Tab leaves the description: it inserts no tab
    tabTo(u"categoryCombo"_s);
    type(input.value(u"category"_s).toString());
    tabTo(u"classCombo"_s);
    tabTo(u"evidenceEdit"_s);
    for (const QString &item : evidence) {
        type(item);
        QTest::keyClick(focused(), Qt::Key_Return); // one item per line
    }

    const ComplaintDraft d = f.form->draft();
    CHECK(d.channel == Channel::Direct);
    CHECK_FALSE(d.receivedAt.isValid());
    CHECK(d.confidentiality == Confidentiality::Public);
    REQUIRE(d.complainant.has_value());
    CHECK(d.complainant->name == u"Budi Santoso"_s);
    CHECK(d.complainant->nik == u"3572021208750004"_s);
    CHECK(d.complainant->gender == Gender::Male);
    CHECK(d.complainant->phone == u"0812 3456 7801"_s); // as typed; the engine normalises
    CHECK(d.complainant->address == person.value(u"address"_s).toString());
    REQUIRE(d.requirements.size() == 2);
    CHECK(d.requirements.value(u"identity_card"_s).met);
    CHECK(d.requirements.value(u"evidence"_s).met);
    CHECK(d.evidence == evidence);
    CHECK(d.subject == input.value(u"subject"_s).toString());
    CHECK(d.description == input.value(u"description"_s).toString());
    CHECK(d.description.count(u'\t') == 0);
    CHECK(d.category == u"Bantuan sosial"_s);
    CHECK(d.classCode == u"sederhana"_s);
    CHECK(d.attachments.isEmpty());

    // The phone shows as it will be stored; the NIK passes without warnings.
    const QString phoneStored = expect.value(u"phoneStored"_s).toString();
    CHECK(f.child<QLabel>(u"phonePreview"_s)->text().contains(phoneStored));
    CHECK(f.child<forms::FieldMessage>(u"nikMessage"_s)->message().contains(u"1975"_s)); // the decoded birth date
    const DraftCheck check = checkDraft(d, f.now.date());
    CHECK(check.findings.isEmpty());
    CHECK(check.normalized.complainant->phone == phoneStored);

    CHECK(changed.count() > 0);
    // The duplicate lookup gets the NIK and the phone once the typing stopped.
    REQUIRE((identity.count() > 0 || identity.wait(3000)));
    const QList<QVariant> args = identity.takeLast();
    CHECK(args.at(0).toString() == u"3572021208750004"_s);
    CHECK(args.at(1).toString() == phoneStored);
}

TEST_CASE("Formulir Aduan: anonymous clears and disables the identity", "[gui][forms]")
{
    FormFixture f;
    f.child<QLineEdit>(u"nameEdit"_s)->setFocus();
    type(u"Rahmat"_s);
    f.child<QLineEdit>(u"nikEdit"_s)->setFocus();
    type(u"3572021208750004"_s);
    f.child<QLineEdit>(u"phoneEdit"_s)->setFocus();
    type(u"081234567806"_s);
    f.child<QLineEdit>(u"addressEdit"_s)->setFocus();
    type(u"Jl. Mawar 1"_s);
    QTest::mouseClick(f.child<QRadioButton>(u"maleRadio"_s), Qt::LeftButton);

    // From the keyboard: the identity choice is a radio group, arrows move within it.
    f.child<QRadioButton>(u"publicRadio"_s)->setFocus();
    QTest::keyClick(focused(), Qt::Key_Right);
    QTest::keyClick(focused(), Qt::Key_Right);
    REQUIRE(f.child<QRadioButton>(u"anonymousRadio"_s)->isChecked());

    for (const QString &name : {u"nameEdit"_s, u"nikEdit"_s, u"phoneEdit"_s, u"addressEdit"_s}) {
        INFO(name.toStdString());
        CHECK(f.child<QLineEdit>(name)->text().isEmpty());
        CHECK_FALSE(f.child<QLineEdit>(name)->isEnabled());
    }
    CHECK_FALSE(f.child<QRadioButton>(u"maleRadio"_s)->isChecked());
    CHECK_FALSE(f.child<QGroupBox>(u"complainantGroup"_s)->isEnabled());
    const ComplaintDraft d = f.form->draft();
    CHECK(d.confidentiality == Confidentiality::Anonymous);
    CHECK_FALSE(d.complainant.has_value());
    CHECK(f.child<QLabel>(u"phonePreview"_s)->text().isEmpty());

    // Back to public: the identity can be typed again, and it starts empty.
    QTest::mouseClick(f.child<QRadioButton>(u"publicRadio"_s), Qt::LeftButton);
    CHECK(f.child<QLineEdit>(u"nameEdit"_s)->isEnabled());
    CHECK(f.child<QLineEdit>(u"nameEdit"_s)->text().isEmpty());
    REQUIRE(f.form->draft().complainant.has_value());
    CHECK(f.form->draft().complainant->name.isEmpty());
}

TEST_CASE("Formulir Aduan: a bad NIK shows its error under the field while typing", "[gui][forms]")
{
    FormFixture f;
    auto *nik = f.child<QLineEdit>(u"nikEdit"_s);
    auto *message = f.child<forms::FieldMessage>(u"nikMessage"_s);
    CHECK(message->message().isEmpty());

    SECTION("month 13 (nik-impossible-month)")
    {
        const QString typed = intakeCase(u"nik-impossible-month"_s)
                                  .value(u"input"_s).toObject()
                                  .value(u"complainant"_s).toObject()
                                  .value(u"nik"_s).toString();
        nik->setFocus();
        type(typed);
        REQUIRE(focused() == nik); // still typing: nothing blocked the keys
        CHECK(nik->text() == typed);
        const NikCheck check = checkNik(typed, Gender::Unknown, f.now.date());
        REQUIRE(check.findings.size() == 1);
        CHECK(check.findings.constFirst().code == u"nik.month"_s);
        CHECK(message->message() == check.findings.constFirst().message);
        CHECK(message->styleSheet().contains(palette::css(palette::problemText))); // red
        // Right under the field: same column, just below it.
        const QPoint fieldAt = nik->mapTo(f.form, QPoint(0, 0));
        const QPoint messageAt = message->mapTo(f.form, QPoint(0, 0));
        CHECK(messageAt.x() == fieldAt.x());
        CHECK(messageAt.y() >= fieldAt.y() + nik->height());
        CHECK(messageAt.y() <= fieldAt.y() + nik->height() + 12);
    }
    SECTION("too short: grey while still typing, red once the officer moves on")
    {
        nik->setFocus();
        type(u"357202120875000"_s); // 15 digits (nik-too-short)
        CHECK(message->message().contains(u"15"_s));
        CHECK_FALSE(message->styleSheet().contains(palette::css(palette::problemText)));
        QTest::keyClick(focused(), Qt::Key_Tab);
        CHECK(message->styleSheet().contains(palette::css(palette::problemText)));
    }
    SECTION("another region is a warning, in amber (nik-other-region)")
    {
        nik->setFocus();
        type(u"3505116702850003"_s);
        CHECK(message->message().contains(u"35.05"_s));
        CHECK(message->styleSheet().contains(palette::css(palette::warningText)));
    }
    SECTION("the stated gender contradicts the NIK (nik-gender-mismatch)")
    {
        nik->setFocus();
        type(u"3572035510820003"_s);
        QTest::mouseClick(f.child<QRadioButton>(u"maleRadio"_s), Qt::LeftButton);
        const NikCheck check = checkNik(u"3572035510820003"_s, Gender::Male, f.now.date());
        REQUIRE_FALSE(check.findings.isEmpty());
        CHECK(message->message() == check.findings.constFirst().message);
        CHECK(message->styleSheet().contains(palette::css(palette::warningText)));
    }
}

TEST_CASE("Formulir Aduan: findings show next to their fields", "[gui][forms]")
{
    FormFixture f;
    ComplaintDraft d;
    d.complainant = Complainant{};
    f.form->setDraft(d);
    const DraftCheck check = checkDraft(f.form->draft(), f.now.date());
    REQUIRE_FALSE(check.ok());
    Findings findings = check.findings;
    findings << Finding{Finding::Severity::Error, u"requirements.missing"_s,
                        u"Not shown: Kartu Identitas."_s, u"requirements"_s};
    f.form->showFindings(findings);
    for (const Finding &finding : check.findings) {
        INFO(finding.code.toStdString());
        auto *label = f.child<forms::FieldMessage>(finding.field + u"Message"_s);
        CHECK(label->message().contains(finding.message));
    }
    CHECK(f.child<forms::FieldMessage>(u"requirementsMessage"_s)->message()
          == u"Not shown: Kartu Identitas."_s);
    CHECK(focused() == f.child(u"nameEdit"_s)); // the first field in error

    // Typing in a field takes its message away.
    type(u"Rahmat"_s);
    CHECK(f.child<forms::FieldMessage>(u"nameMessage"_s)->message().isEmpty());
    CHECK_FALSE(f.child<forms::FieldMessage>(u"subjectMessage"_s)->message().isEmpty());

    f.form->showError(u"phone"_s, u"+621 is not a valid Indonesian phone number."_s);
    CHECK(f.child<forms::FieldMessage>(u"phoneMessage"_s)->message()
          == u"+621 is not a valid Indonesian phone number."_s);
    f.form->showError(u"somethingElse"_s, u"The database is busy."_s);
    CHECK(f.child<forms::FieldMessage>(u"formMessage"_s)->message() == u"The database is busy."_s);
}

TEST_CASE("Formulir Aduan: setDraft and draft round-trip", "[gui][forms]")
{
    const QJsonObject input = intakeCase(u"sms-without-identity-card"_s).value(u"input"_s).toObject();
    FormFixture f;

    ComplaintDraft d;
    d.channel = *channelFromCode(input.value(u"channel"_s).toString());
    d.receivedAt = QDateTime::fromString(input.value(u"receivedAt"_s).toString(), Qt::ISODate);
    d.confidentiality = Confidentiality::Confidential;
    const QJsonObject person = input.value(u"complainant"_s).toObject();
    d.complainant = Complainant{person.value(u"name"_s).toString(), {}, Gender::Female,
                                person.value(u"phone"_s).toString(), u"Pasar Legi"_s};
    d.requirements.insert(u"identity_card"_s,
                          {false, input.value(u"requirementWaiver"_s).toString()});
    d.requirements.insert(u"evidence"_s, {false, input.value(u"evidenceWaiver"_s).toString()});
    d.evidence = QStringList{u"foto ODGJ"_s, u"tangkapan layar SMS"_s};
    d.attachments << AttachmentDraft{u"foto.png"_s, pngBytes()};
    d.subject = input.value(u"subject"_s).toString();
    d.description = input.value(u"description"_s).toString() + u"\nBaris kedua 🙏🏽 ꦗꦮ"_s;
    d.location = u"Pasar Legi"_s;
    d.category = u"Kategori baru"_s; // not in the list: the combo is editable
    d.classCode = u"sedang"_s;
    d.relatedComplaintId = 7;

    QSignalSpy changed(f.form, &ComplaintFormWidget::changed);
    f.form->setDraft(d);
    CHECK(changed.count() == 0); // restoring is not an edit
    requireSameDraft(f.form->draft(), d);
    CHECK(f.child<QLineEdit>(u"receivedAtEdit"_s)->isEnabled());
    CHECK(f.child<QLineEdit>(u"receivedAtEdit"_s)->text() == u"18/03/2026 21.14"_s);
    CHECK(f.child<QLineEdit>(u"waiver_identity_card"_s)->isEnabled());
    CHECK(f.child<QLabel>(u"previewImage"_s)->pixmap().width() > 0);

    // The same instant given in UTC shows in office time and comes back equal.
    d.receivedAt = QDateTime(QDate(2026, 3, 1), QTime(23, 30), QTimeZone::utc());
    f.form->setDraft(d);
    CHECK(f.child<QLineEdit>(u"receivedAtEdit"_s)->text() == u"02/03/2026 06.30"_s);
    requireSameDraft(f.form->draft(), d);

    // An anonymous draft round-trips too.
    ComplaintDraft anonymous;
    anonymous.channel = Channel::Website;
    anonymous.receivedAt = QDateTime(QDate(2026, 3, 2), QTime(8, 15), kWib);
    anonymous.confidentiality = Confidentiality::Anonymous;
    anonymous.requirements.insert(u"identity_card"_s, {false, u"Pengadu anonim"_s});
    anonymous.requirements.insert(u"evidence"_s, {true, {}});
    anonymous.evidence = QStringList{u"tangkapan layar percakapan"_s};
    anonymous.subject = u"Pungutan oleh oknum pendamping"_s;
    anonymous.description = u"Ada oknum yang meminta uang."_s;
    anonymous.classCode = u"sederhana"_s;
    f.form->setDraft(anonymous);
    requireSameDraft(f.form->draft(), anonymous);

    // clear() gives an empty direct form.
    f.form->clear();
    const ComplaintDraft empty = f.form->draft();
    CHECK(empty.channel == Channel::Direct);
    CHECK_FALSE(empty.receivedAt.isValid());
    CHECK(empty.subject.isEmpty());
    CHECK(empty.attachments.isEmpty());
    CHECK_FALSE(empty.requirements.value(u"identity_card"_s).met);
    CHECK(empty.classCode == u"sederhana"_s);
    CHECK(changed.count() == 0);
}

TEST_CASE("Formulir Aduan: the time received is editable only for indirect channels", "[gui][forms]")
{
    FormFixture f;
    auto *channel = f.child<QComboBox>(u"channelCombo"_s);
    auto *received = f.child<QLineEdit>(u"receivedAtEdit"_s);
    auto *message = f.child<forms::FieldMessage>(u"receivedAtMessage"_s);
    CHECK(received->text() == u"02/03/2026 09.00"_s);
    channel->setFocus();
    type(u"SMS"_s); // keyboard search in the combo
    REQUIRE(channel->currentText() == u"SMS"_s);
    CHECK(received->isEnabled());
    tabTo(u"receivedAtEdit"_s); // Tab selects the whole text: typing replaces it

    SECTION("typed in one go; one Tab leaves it")
    {
        // The day typed over a 1 March default stays 20 (QDateTimeEdit made it 12 March).
        type(u"20/02/2026 21.14"_s);
        CHECK(message->message().isEmpty());
        const ComplaintDraft d = f.form->draft();
        CHECK(d.channel == Channel::Sms);
        CHECK(d.receivedAt == QDateTime(QDate(2026, 2, 20), QTime(21, 14), kWib));
        CHECK(f.form->entryFindings().isEmpty());
        QTest::keyClick(focused(), Qt::Key_Tab);
        CHECK(focused() == f.child(u"publicRadio"_s));
    }
    SECTION("checked as typed: grey while incomplete, red when wrong, gone when fixed")
    {
        type(u"01/03/2026"_s);
        CHECK_FALSE(message->message().isEmpty());
        CHECK_FALSE(message->styleSheet().contains(palette::css(palette::problemText)));
        CHECK_FALSE(f.form->draft().receivedAt.isValid());
        REQUIRE(f.form->entryFindings().size() == 1);
        CHECK(f.form->entryFindings().constFirst().code == u"receivedAt.format"_s);
        QTest::keyClick(focused(), Qt::Key_Tab); // left incomplete: now an error
        CHECK(message->styleSheet().contains(palette::css(palette::problemText)));

        received->setFocus();
        received->selectAll();
        type(u"31/02/2026 10.00"_s); // does not exist
        CHECK(f.form->entryFindings().constFirst().code == u"receivedAt.date"_s);
        CHECK(message->message() == f.form->entryFindings().constFirst().message);
        CHECK(message->styleSheet().contains(palette::css(palette::problemText)));

        received->selectAll();
        type(u"02/03/2026 09.30"_s); // later than the clock's 09:00
        CHECK(f.form->entryFindings().constFirst().code == u"receivedAt.future"_s);
        CHECK(message->styleSheet().contains(palette::css(palette::problemText)));

        received->selectAll();
        type(u"01/03/2026 21:14"_s); // fixed: the red message goes at once
        CHECK(message->message().isEmpty());
        CHECK(f.form->draft().receivedAt == QDateTime(QDate(2026, 3, 1), QTime(21, 14), kWib));
    }
}

TEST_CASE("Formulir Aduan: evidence files", "[gui][forms]")
{
    FormFixture f;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString png = dir.filePath(u"foto rumah.png"_s);
    const QString text = dir.filePath(u"catatan.txt"_s);
    {
        QFile file(png);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(pngBytes());
        QFile other(text);
        REQUIRE(other.open(QIODevice::WriteOnly));
        other.write("bukan gambar\n");
    }
    QSignalSpy changed(f.form, &ComplaintFormWidget::changed);
    REQUIRE(f.form->addAttachmentFile(png));
    CHECK(changed.count() == 1);
    CHECK_FALSE(f.form->addAttachmentFile(text));
    CHECK(f.child<forms::FieldMessage>(u"attachmentsMessage"_s)->message().contains(u"catatan.txt"_s));
    CHECK_FALSE(f.form->addAttachmentFile(png)); // the same file twice
    f.form->setAttachmentLimit(10);
    CHECK_FALSE(f.form->addAttachmentFile(dir.filePath(u"lain.png"_s)));

    const ComplaintDraft d = f.form->draft();
    REQUIRE(d.attachments.size() == 1);
    CHECK(d.attachments.constFirst().fileName == u"foto rumah.png"_s);
    CHECK(d.attachments.constFirst().content == pngBytes()); // read when added
    CHECK(f.child<QLabel>(u"previewImage"_s)->pixmap().width() > 0);
    CHECK(f.child<forms::FieldMessage>(u"previewText"_s)->message().contains(u"foto rumah.png"_s));

    f.child<QListWidget>(u"attachmentList"_s)->setCurrentRow(0);
    QTest::mouseClick(f.child<QPushButton>(u"removeFileButton"_s), Qt::LeftButton);
    CHECK(f.form->draft().attachments.isEmpty());
}

TEST_CASE("Entry screens: Enter in a line edit never submits", "[gui][forms]")
{
    QDialog dialog;
    auto *layout = new QVBoxLayout(&dialog);
    auto *form = new ComplaintFormWidget;
    form->setChoices(defaultCategories(), defaultClasses(),
                     SopDefinition::builtIn().step(1)->requirements);
    auto *disposition = new forms::DispositionWidget;
    auto *decision = new forms::DecisionWidget;
    auto *outside = new QLineEdit;
    auto *save = new QPushButton(u"Simpan"_s);
    save->setDefault(true);
    layout->addWidget(form);
    layout->addWidget(disposition);
    layout->addWidget(decision);
    layout->addWidget(outside);
    layout->addWidget(save);
    int submits = 0;
    QObject::connect(save, &QPushButton::clicked, &dialog, [&] { ++submits; });
    dialog.resize(1300, 1500);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));

    for (QWidget *w : {form->findChild<QWidget *>(u"nameEdit"_s),
                       form->findChild<QWidget *>(u"nikEdit"_s),
                       form->findChild<QWidget *>(u"subjectEdit"_s),
                       form->findChild<QWidget *>(u"categoryCombo"_s),
                       form->findChild<QWidget *>(u"waiver_identity_card"_s),
                       disposition->findChild<QWidget *>(u"addresseeCombo"_s),
                       decision->findChild<QWidget *>(u"letterNumberEdit"_s),
                       decision->findChild<QWidget *>(u"meetingAtEdit"_s)}) {
        REQUIRE(w != nullptr);
        w->setEnabled(true);
        w->setFocus();
        INFO(w->objectName().toStdString());
        QTest::keyClick(focused(), Qt::Key_Return);
        QTest::keyClick(focused(), Qt::Key_Enter);
        CHECK(submits == 0);
        CHECK(dialog.isVisible());
    }
    // The same key in a plain line edit of the dialog does press the default button: the
    // test would notice if the forms stopped swallowing it.
    outside->setFocus();
    QTest::keyClick(outside, Qt::Key_Return);
    CHECK(submits == 1);
}

TEST_CASE("Lembar Disposisi: header and input round-trip", "[gui][forms]")
{
    forms::DispositionWidget w;
    w.resize(1366, 700);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const ComplaintRecord complaint = sampleRecord();
    w.setComplaint(complaint, kWib);
    CHECK(w.findChild<QLabel *>(u"numberValue"_s)->text() == u"0002/ADUAN/III/2026"_s);
    CHECK(w.findChild<QLabel *>(u"receivedValue"_s)->text() == u"Rabu, 18 Maret 2026 21.14 WIB"_s);
    CHECK(w.findChild<QLabel *>(u"fromValue"_s)->text() == u"Ibu Lestari"_s);
    CHECK(w.findChild<QLabel *>(u"subjectValue"_s)->text() == complaint.subject);

    // An empty sheet: Biasa, nothing ticked, to the team; it cannot be signed yet.
    DispositionInput empty = w.input();
    CHECK(empty.urgency == Urgency::Biasa);
    CHECK(empty.instructions.isEmpty());
    CHECK(empty.addressee == roleTitle(Role::Team));
    REQUIRE(w.check().size() == 1);
    CHECK(w.check().constFirst().field == u"instructions"_s);

    // The walkthrough's step 3 (case A), ticked from the keyboard.
    auto *segera = w.findChild<QRadioButton *>(u"segeraRadio"_s);
    QTest::mouseClick(segera, Qt::LeftButton);
    const QList<QCheckBox *> boxes = w.findChildren<QCheckBox *>();
    REQUIRE(boxes.size() == standardInstructions().size());
    QCheckBox *rapatkan = nullptr;
    for (QCheckBox *box : boxes) {
        if (box->text() == u"Rapatkan segera"_s)
            rapatkan = box;
    }
    REQUIRE(rapatkan != nullptr);
    rapatkan->setFocus();
    QTest::keyClick(rapatkan, Qt::Key_Space);
    const DispositionInput typed = w.input();
    CHECK(typed.urgency == Urgency::Segera);
    CHECK(typed.instructions == QStringList{u"Rapatkan segera"_s});
    CHECK(w.check().isEmpty());

    DispositionInput in;
    in.urgency = Urgency::SangatSegera;
    in.instructions = QStringList{u"Tindak lanjuti"_s, u"Koordinasikan"_s, u"Hubungi pengadu hari ini"_s};
    in.note = u"Rapatkan segera\nbaris dua"_s;
    in.addressee = u"Sekretaris"_s;
    w.setInput(in);
    const DispositionInput out = w.input();
    CHECK(out.urgency == in.urgency);
    CHECK(out.instructions == in.instructions);
    CHECK(out.note == in.note);
    CHECK(out.addressee == in.addressee);

    w.clear();
    CHECK(w.input().instructions.isEmpty());
    CHECK(w.input().addressee == roleTitle(Role::Team));
    CHECK(w.findChildren<QCheckBox *>().size() == standardInstructions().size());

    // A confidential complaint proposes the urgency Rahasia (case C).
    ComplaintRecord confidential = complaint;
    confidential.confidentiality = Confidentiality::Confidential;
    confidential.identityHidden = true;
    w.setComplaint(confidential, kWib);
    CHECK(w.input().urgency == Urgency::Rahasia);
    CHECK(w.findChild<QLabel *>(u"fromValue"_s)->text() == hiddenIdentityLabel());
}

TEST_CASE("Hasil Keputusan: referral fields are required only outside the authority", "[gui][forms]")
{
    forms::DecisionWidget w;
    w.resize(1366, 700);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const QDateTime now(QDate(2026, 3, 23), QTime(10, 25), kWib);
    w.setTeamMembers({u"Agus"_s, u"Lina"_s});
    w.setAgencies({{1, u"Dinas Kesehatan Kota Blitar"_s, {}, true},
                   {2, u"Dinas PUPR Kota Blitar"_s, {}, true},
                   {3, u"Dinas Lama"_s, {}, false}});
    w.setNow(now);
    w.setComplaint(sampleRecord(), kWib);

    auto *panel = w.findChild<QWidget *>(u"referralPanel"_s);
    auto *agency = w.findChild<QComboBox *>(u"agencyCombo"_s);
    CHECK(agency->count() == 2); // inactive agencies are not offered
    CHECK_FALSE(panel->isEnabled());
    DecisionInput in = w.input();
    CHECK(in.withinAuthority);
    CHECK_FALSE(in.referral.has_value());
    CHECK(in.meetingAt == now);

    // The meeting time is typed in one go (issue 18): "20" typed into a day no longer turns
    // 1 March into 12 March; a time that cannot be read says why, on its own field.
    auto *meeting = w.findChild<QLineEdit *>(u"meetingAtEdit"_s);
    REQUIRE(meeting != nullptr);
    CHECK(meeting->text() == u"23/03/2026 10.25"_s);
    meeting->setFocus();
    meeting->selectAll();
    QTest::keyClicks(meeting, u"20/03/2026 9.05"_s);
    CHECK(w.input().meetingAt == QDateTime(QDate(2026, 3, 20), QTime(9, 5), kWib));
    meeting->selectAll();
    QTest::keyClicks(meeting, u"30/02/2026 9.05"_s);
    bool saysWhy = false;
    for (const Finding &finding : w.check())
        saysWhy = saysWhy || (finding.field == u"meetingAt"_s && finding.code == u"meetingAt.date"_s);
    CHECK(saysWhy);
    meeting->selectAll();
    QTest::keyClicks(meeting, u"23/03/2026 10.25"_s);
    CHECK(w.input().meetingAt == now);

    // Within the authority: attendees and decision, nothing about a referral.
    auto *attendees = w.findChild<QListWidget *>(u"attendeeList"_s);
    attendees->item(0)->setCheckState(Qt::Checked);
    w.findChild<QPlainTextEdit *>(u"decisionEdit"_s)->setPlainText(u"Diusulkan verifikasi PKH."_s);
    CHECK(w.check().isEmpty());

    // Not this office's authority (case B): agency and reason become required.
    auto *refer = w.findChild<QRadioButton *>(u"referRadio"_s);
    QTest::mouseClick(refer, Qt::LeftButton, {}, QPoint(8, refer->height() / 2));
    CHECK(panel->isEnabled());
    in = w.input();
    CHECK_FALSE(in.withinAuthority);
    REQUIRE(in.referral.has_value());
    CHECK(in.referral->agencyId == 0);
    QStringList missing;
    for (const Finding &finding : w.check())
        missing << finding.field;
    CHECK(missing == QStringList{u"agency"_s, u"reason"_s});

    agency->setCurrentIndex(0);
    w.findChild<QPlainTextEdit *>(u"reasonEdit"_s)->setPlainText(u"Kewenangan Dinas Kesehatan"_s);
    CHECK(w.check().isEmpty());
    CHECK(w.input().referral->agencyId == 1);

    // Back within the authority: the referral is not part of the decision any more.
    // (A radio button reacts to clicks on its circle and text, not on the empty rest.)
    auto *within = w.findChild<QRadioButton *>(u"withinRadio"_s);
    QTest::mouseClick(within, Qt::LeftButton, {}, QPoint(8, within->height() / 2));
    CHECK_FALSE(w.input().referral.has_value());
    CHECK_FALSE(panel->isEnabled());
    CHECK(w.check().isEmpty());

    // Round trip of a referral decision, with an attendee from outside the team.
    DecisionInput referral;
    referral.meetingAt = QDateTime(QDate(2026, 3, 23), QTime(10, 10), kWib);
    referral.attendees = QStringList{u"Agus"_s, u"dr. Rina (Dinas Kesehatan)"_s};
    referral.discussion = u"Menunggu data kepesertaan dari BPJS Kesehatan."_s;
    referral.decision = u"Disalurkan ke Dinas Kesehatan Kota Blitar."_s;
    referral.withinAuthority = false;
    referral.referral = ReferralInput{2, u"Jalan bukan kewenangan Dinas Sosial"_s, u"400/12/410.105/2026"_s};
    w.setInput(referral);
    const DecisionInput out = w.input();
    CHECK(out.meetingAt == referral.meetingAt);
    CHECK(out.attendees == referral.attendees);
    CHECK(out.discussion == referral.discussion);
    CHECK(out.decision == referral.decision);
    CHECK_FALSE(out.withinAuthority);
    REQUIRE(out.referral.has_value());
    CHECK(out.referral->agencyId == 2);
    CHECK(out.referral->reason == referral.referral->reason);
    CHECK(out.referral->letterNumber == referral.referral->letterNumber);

    w.clear();
    CHECK(w.input().withinAuthority);
    CHECK(w.input().attendees.isEmpty());
    CHECK(w.input().meetingAt == now);
}

TEST_CASE("Berita Acara: result proposed from the decision, input round-trip", "[gui][forms]")
{
    forms::ResolutionReportWidget w;
    w.resize(1366, 700);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    CHECK(w.input().method.isEmpty());
    CHECK(w.check().size() == 2);

    ComplaintRecord decided = sampleRecord();
    decided.decision = DecisionRecord{};
    decided.decision->input.decision = u"Bantuan PKH diproses pada tahap berikutnya."_s;
    w.setComplaint(decided, kWib);
    CHECK(w.input().summary == u"Bantuan PKH diproses pada tahap berikutnya."_s);

    ComplaintRecord referred = sampleRecord();
    referred.decision = DecisionRecord{};
    referred.referral = ReferralRecord{};
    referred.referral->agencyName = u"Dinas Kesehatan Kota Blitar"_s;
    w.clear();
    w.setComplaint(referred, kWib);
    CHECK(w.input().summary == u"Disalurkan ke Dinas Kesehatan Kota Blitar."_s);

    // What the officer wrote is kept when the complaint is shown again.
    auto *summary = w.findChild<QPlainTextEdit *>(u"summaryEdit"_s);
    summary->setPlainText(u"Disampaikan bahwa aduan disalurkan ke Dinas Kesehatan."_s);
    w.setComplaint(referred, kWib);
    CHECK(w.input().summary == u"Disampaikan bahwa aduan disalurkan ke Dinas Kesehatan."_s);

    // Case A: by telephone, chosen from the keyboard.
    auto *method = w.findChild<QComboBox *>(u"methodCombo"_s);
    QStringList labels;
    for (int i = 0; i < method->count(); ++i)
        labels << method->itemText(i);
    CHECK(labels == QStringList{u"Langsung"_s, u"Telepon"_s, u"Surat"_s, u"SMS"_s, u"WhatsApp"_s, u"E-mail"_s});
    method->setCurrentIndex(method->findData(u"telepon"_s));
    CHECK(w.input().method == u"telepon"_s);
    CHECK(w.check().isEmpty());

    ResolutionReportInput in{u"langsung"_s, u"Bantuan akan cair bulan depan."_s, u"Pengadu menerima."_s};
    w.setInput(in);
    CHECK(w.input().method == in.method);
    CHECK(w.input().summary == in.summary);
    CHECK(w.input().complainantResponse == in.complainantResponse);
    w.setInput({u"kurir"_s, u"x"_s, {}}); // an unknown method is kept, not lost
    CHECK(w.input().method == u"kurir"_s);
    CHECK(forms::conveyMethodLabel(u"sms"_s) == u"SMS"_s);
}

TEST_CASE("Note dialog: the note may be left empty, and says so", "[gui][forms]")
{
    const QString message = u"Aduan dilanjutkan. Catat apa yang datang (boleh kosong)."_s;
    forms::ReasonDialog dialog(nullptr, u"Lanjutkan"_s, message, {},
                               forms::ReasonDialog::Answer::OptionalNote);
    dialog.show();
    QPushButton *ok = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().contains(u"OK"_s))
            ok = b;
    }
    REQUIRE(ok != nullptr);
    auto *note = dialog.findChild<QPlainTextEdit *>(u"reason"_s);
    REQUIRE(note != nullptr);
    CHECK(ok->isEnabled()); // empty is a valid answer
    CHECK(note->placeholderText() != u"Required"_s);
    QStringList captions;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        captions << label->text();
    CHECK(captions.contains(u"&Note (optional):"_s));
    CHECK_FALSE(captions.contains(u"&Reason:"_s));
    QTest::keyClicks(note, u"   "_s);
    CHECK(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.reason().isEmpty());
}

TEST_CASE("Reason dialog: OK only with a reason", "[gui][forms]")
{
    const QString message = u"Langkah 2 memakan 21 mnt 30 dtk dari target 10 menit: terlambat 11 mnt 30 dtk. "
                            "Tuliskan alasan penyimpangan."_s;
    SECTION("the dialog")
    {
        forms::ReasonDialog dialog(nullptr, u"Alasan penyimpangan"_s, message);
        dialog.show();
        QPushButton *ok = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text().contains(u"OK"_s))
                ok = b;
        }
        REQUIRE(ok != nullptr);
        CHECK(dialog.findChild<QLabel *>(u"message"_s)->text() == message);
        CHECK_FALSE(ok->isEnabled());
        auto *reason = dialog.findChild<QPlainTextEdit *>(u"reason"_s);
        QTest::keyClicks(reason, u"   "_s);
        CHECK_FALSE(ok->isEnabled());
        QTest::keyClicks(reason, u"Sekretaris rapat di luar kantor "_s);
        CHECK(ok->isEnabled());
        CHECK(dialog.reason() == u"Sekretaris rapat di luar kantor"_s);
    }
    SECTION("ask(): accepted with the trimmed reason, cancelled with nothing")
    {
        // Acts on the dialog once ask() shows it; never leaves it open.
        auto whenShown = [](std::function<void(forms::ReasonDialog *)> act) {
            QTimer::singleShot(0, [act] {
                auto *dialog = qobject_cast<forms::ReasonDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                if (QTest::qWaitForWindowActive(dialog))
                    act(dialog);
                if (dialog->isVisible())
                    dialog->done(QDialog::Rejected + 100); // neither accepted nor the test's doing
            });
        };
        whenShown([](forms::ReasonDialog *dialog) {
            auto *reason = dialog->findChild<QPlainTextEdit *>(u"reason"_s);
            QTest::keyClicks(reason, u"  menunggu data BPJS "_s);
            QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
        });
        const auto accepted = forms::ReasonDialog::ask(nullptr, u"Tunda"_s, message, u"Alasan:"_s);
        REQUIRE(accepted.has_value());
        CHECK(*accepted == u"Alasan:  menunggu data BPJS"_s);

        whenShown([](forms::ReasonDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
        CHECK_FALSE(forms::ReasonDialog::ask(nullptr, u"Batal"_s, message).has_value());
    }
}
