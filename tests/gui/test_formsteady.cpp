// Issue 18: the form must not move under the hand. Every input field of Aduan baru keeps its
// place on the page while the hints, warnings and findings come and go: a bad NIK, a NIK of
// another region, earlier complaints of the same person, a bad phone, "Rahasia" and "Anonim"
// ticked, a time received that does not exist and then its fix, a save refused with findings
// beside the fields, and the green banner of a save. A fixed field's red message goes at once.
#include "catch_qt.h"
#include "test_shell_support.h"
#include "testoffice.h"

#include "common/fieldmessage.h"
#include "common/palette.h"
#include "complaintform/complaintformwidget.h"
#include "session/session.h"
#include "startup/startup.h"
#include "storage/userstore.h"
#include "support/resultbanner.h"
#include "workflow/workflow.h"
#include "workspaces/newcomplaintpage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;

namespace {

/// Where each input field of the form stands: its top-left in the scrolled form, and the
/// scrolled area's top-left on the page (together: nothing pushed, at any scroll position).
QMap<QString, QPoint> positions(gui::NewComplaintPage &page)
{
    QMap<QString, QPoint> at;
    auto *area = page.form()->findChild<QScrollArea *>(u"scrollArea"_s);
    REQUIRE(area != nullptr);
    QWidget *contents = area->widget();
    at.insert(u"(form on the page)"_s, area->mapTo(&page, QPoint(0, 0)));
    const QList<QWidget *> widgets = contents->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)
                           || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractButton *>(w)
                           || qobject_cast<QListWidget *>(w);
        if (!input || w->objectName().isEmpty() || w->objectName().startsWith(u"qt_"_s))
            continue;
        at.insert(w->objectName(), w->mapTo(contents, QPoint(0, 0)));
    }
    return at;
}

template<typename T = QWidget>
T *child(gui::NewComplaintPage &page, const QString &name)
{
    T *w = page.findChild<T *>(name);
    REQUIRE(w != nullptr);
    return w;
}

void retype(QWidget *field, const QString &text)
{
    field->setFocus(Qt::OtherFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->selectAll();
    QTest::keyClicks(field, text);
}

bool red(const forms::FieldMessage *message)
{
    return !message->message().isEmpty()
           && message->styleSheet().contains(palette::css(palette::problemText));
}

} // namespace

TEST_CASE("Aduan baru: no hint, warning, finding or banner moves a field", "[gui][issue18]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    const User rina = *UserStore(*office.db).byUsername(u"rina"_s);
    Workflow(*office.db, office.clock)
        .registerComplaint(rina.id, walkInWithIdentity(), office.clock.now()); // Budi, earlier
    gui::Session session(*office.db, office.clock, rina, false);
    shell::PromptAnswers answers;
    gui::NewComplaintPage page(session);
    page.resize(1366, 768);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    const QMap<QString, QPoint> before = positions(page);
    REQUIRE(before.size() > 20);
    const auto same = [&](const char *after) {
        INFO("after " << after);
        const QMap<QString, QPoint> now = positions(page);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            INFO(it.key().toStdString());
            CHECK(now.value(it.key()) == it.value());
        }
    };

    auto *nik = child<QLineEdit>(page, u"nikEdit"_s);
    auto *nikMessage = child<forms::FieldMessage>(page, u"nikMessage"_s);
    retype(nik, u"3572021213750004"_s); // month 13
    QTest::keyClick(nik, Qt::Key_Tab);
    CHECK(red(nikMessage));
    same("a bad NIK");
    retype(nik, u"3505116702850003"_s); // another region: a warning
    CHECK_FALSE(nikMessage->message().isEmpty());
    CHECK_FALSE(red(nikMessage));
    same("a NIK warning");
    retype(nik, u"3572021208750004"_s); // Budi's: fixed, and an earlier complaint of his
    CHECK(nikMessage->message().contains(u"1975"_s)); // the decoded birth date
    page.lookForDuplicates(u"3572021208750004"_s, {});
    CHECK(page.duplicates()->count() == 1);
    same("a fixed NIK and its earlier complaint");

    auto *phone = child<QLineEdit>(page, u"phoneEdit"_s);
    auto *phoneMessage = child<forms::FieldMessage>(page, u"phoneMessage"_s);
    retype(phone, u"+621"_s);
    QTest::keyClick(phone, Qt::Key_Tab);
    CHECK(red(phoneMessage));
    same("a bad phone");
    retype(phone, u"0812 3456 7801"_s);
    CHECK(phoneMessage->message().isEmpty()); // fixed: the red message is gone
    same("a fixed phone");

    child<QRadioButton>(page, u"confidentialRadio"_s)->setChecked(true);
    CHECK_FALSE(child<forms::FieldMessage>(page, u"confidentialityHint"_s)->message().isEmpty());
    same("Rahasia ticked");
    child<QRadioButton>(page, u"publicRadio"_s)->setChecked(true);
    same("Biasa again");

    auto *channel = child<QComboBox>(page, u"channelCombo"_s);
    channel->setCurrentIndex(channel->findData(int(Channel::Sms)));
    auto *received = child<QLineEdit>(page, u"receivedAtEdit"_s);
    auto *receivedMessage = child<forms::FieldMessage>(page, u"receivedAtMessage"_s);
    retype(received, u"31/02/2026 10.00"_s);
    CHECK(red(receivedMessage));
    same("a time received that does not exist");
    retype(received, u"01/03/2026 21.14"_s);
    CHECK(receivedMessage->message().isEmpty()); // fixed: gone as typed, not at the next save
    same("the time received fixed");

    // A save refused: findings beside the fields, the refusal in the strip above the form.
    ComplaintDraft draft = walkInWithIdentity();
    draft.subject.clear();
    draft.complainant->name.clear();
    page.form()->setDraft(draft);
    CHECK_FALSE(page.save());
    auto *subjectMessage = child<forms::FieldMessage>(page, u"subjectMessage"_s);
    auto *nameMessage = child<forms::FieldMessage>(page, u"nameMessage"_s);
    CHECK(red(subjectMessage));
    CHECK(red(nameMessage));
    CHECK(child<forms::FieldMessage>(page, u"problemMessage"_s)->isVisible());
    same("a refused save");
    retype(child<QLineEdit>(page, u"nameEdit"_s), u"Budi Santoso"_s);
    CHECK(nameMessage->message().isEmpty()); // the fixed field's red message goes at once
    CHECK_FALSE(child<forms::FieldMessage>(page, u"problemMessage"_s)->isVisible()); // and the
    // refusal above the form with it: nothing old and red stays until the next save
    CHECK(red(subjectMessage));              // the other stays until its field is fixed
    retype(child<QLineEdit>(page, u"subjectEdit"_s), u"Bantuan PKH belum cair"_s);
    CHECK(subjectMessage->message().isEmpty());
    same("the findings fixed");

    // Saved: the green banner takes the strip's place.
    office.clock.set(wib(2026, 3, 2, 9, 4));
    REQUIRE(page.save());
    CHECK(page.banner()->isVisible());
    same("the banner after saving");
}

TEST_CASE("Aduan baru: each finding of the NIK and the phone is read whole under its field",
          "[gui][issue18]")
{
    const QString language = GENERATE(u"id"_s, u"en"_s);
    CAPTURE(language);
    // The other tests of this executable read the English source texts: the translators go
    // again however this test ends.
    struct LanguageRemoved {
        ~LanguageRemoved() { gui::removeLanguage(); }
    } languageRemoved;
    REQUIRE(gui::installLanguage(language) == language);
    TestOffice office(wib(2026, 3, 2, 9, 0));
    const User rina = *UserStore(*office.db).byUsername(u"rina"_s);
    gui::Session session(*office.db, office.clock, rina, false);
    gui::NewComplaintPage page(session);
    page.resize(1366, 768);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    const auto whole = [&](const QString &field, const QString &text) {
        auto *edit = child<QLineEdit>(page, field + u"Edit"_s);
        auto *message = child<forms::FieldMessage>(page, field + u"Message"_s);
        retype(edit, text);
        QTest::keyClick(edit, Qt::Key_Tab);
        INFO(field.toStdString() << " " << text.toStdString() << ": "
                                 << message->message().toStdString());
        CHECK_FALSE(message->message().isEmpty());
        CHECK_FALSE(message->isCut());
    };
    whole(u"nik"_s, u"35720212"_s);         // too short
    whole(u"nik"_s, u"3572021213750004"_s); // month 13
    whole(u"nik"_s, u"3572027208750004"_s); // day 32 after the 40 of a woman
    whole(u"nik"_s, u"3572021208300004"_s); // born in the future (2030)
    whole(u"nik"_s, u"3572021208750000"_s); // serial 0000
    whole(u"nik"_s, u"3505116702850003"_s); // another region: a warning
    whole(u"nik"_s, u"3572021208750004"_s); // valid: the decoded birth date
    whole(u"phone"_s, u"+621"_s);
    whole(u"phone"_s, u"12345"_s);
    whole(u"phone"_s, u"+4930123456"_s); // foreign: a warning
}
