// Issue 18: a working day by keyboard. Walkthrough A's registration (a walk-in) and walkthrough
// B's (an SMS whose time received is typed in one go) typed key by key through the real widgets
// of Aduan baru: the intake cases' text plus Tab, Space on the requirement boxes, Enter between
// evidence lines, label mnemonics (Alt+letter) and Ctrl+S. The non-text keys are counted and
// printed; each registration must take 20 or fewer. The mouse is never used.
#include "catch_qt.h"
#include "testoffice.h"

#include "complaintform/complaintformwidget.h"
#include "queries/intakebook.h"
#include "session/session.h"
#include "storage/userstore.h"
#include "support/feedback.h"
#include "workspaces/newcomplaintpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;

namespace {

constexpr int kBudget = 20;

QJsonObject intakeInput(const QString &id)
{
    QFile file(QString::fromUtf8(ADUAN_CASES_DIR) + u"/complaints.json"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray cases =
        QJsonDocument::fromJson(file.readAll()).object().value(u"cases"_s).toArray();
    for (const QJsonValue &c : cases) {
        if (c.toObject().value(u"id"_s).toString() == id)
            return c.toObject().value(u"input"_s).toObject();
    }
    FAIL("no case " << id.toStdString());
    return {};
}

/// Counts every mouse press the application sees: there must be none.
class MouseWatch : public QObject
{
public:
    MouseWatch() { qApp->installEventFilter(this); }
    ~MouseWatch() override { qApp->removeEventFilter(this); }
    int presses = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)
            ++presses;
        return false;
    }
};

/// The keyboard, as the officer uses it: text is typed into whatever has the focus; every other
/// key (Tab, Space on a box, Enter, Alt+letter, Ctrl+S, the Enter that answers a question) is
/// counted.
class Keyboard
{
public:
    int keys = 0;
    QStringList log;

    static QWidget *focus()
    {
        QWidget *w = QApplication::focusWidget();
        REQUIRE(w != nullptr);
        return w;
    }
    void text(const QString &text) { QTest::keyClicks(focus(), text); }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier,
             const QString &name = {})
    {
        ++keys;
        log << (name.isEmpty() ? QKeySequence(int(modifiers) | key).toString() : name);
        QTest::keyClick(focus(), key, modifiers);
    }
    void tab() { key(Qt::Key_Tab); }
    void space() { key(Qt::Key_Space); }
    void enter() { key(Qt::Key_Return); }
    void alt(Qt::Key letter) { key(letter, Qt::AltModifier); }
    void save() { key(Qt::Key_S, Qt::ControlModifier); }
    /// Tab until `name` has the focus (at most `most` presses).
    void tabTo(const QString &name, int most = 3)
    {
        for (int i = 0; i < most && focus()->objectName() != name; ++i)
            tab();
        REQUIRE(focus()->objectName().toStdString() == name.toStdString());
    }
    void report(const char *what)
    {
        const std::string line = std::string(what) + ": " + std::to_string(keys)
                                 + " non-text keys (" + log.join(u", "_s).toStdString() + ")";
        std::cout << line << std::endl;
        WARN(line);
    }
};

/// The mnemonic letter of a label or button text ("Ca&tegory:" -> 't'), or 0.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

} // namespace

TEST_CASE("Keyboard session: no two Alt+letters of Aduan baru are the same", "[gui][keyboard][issue18]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    const User rina = *UserStore(*office.db).byUsername(u"rina"_s);
    gui::Session session(*office.db, office.clock, rina, false);
    gui::NewComplaintPage page(session);
    QMultiMap<QChar, QString> owners;
    for (const QLabel *label : page.findChildren<QLabel *>()) {
        if (label->buddy() && !mnemonic(label->text()).isNull())
            owners.insert(mnemonic(label->text()), label->text());
    }
    for (const QAbstractButton *button : page.findChildren<QAbstractButton *>()) {
        // A button given its own shortcut (Ctrl+N) has no Alt+letter any more.
        if (!mnemonic(button->text()).isNull()
            && button->shortcut() == QKeySequence::mnemonic(button->text())) {
            owners.insert(mnemonic(button->text()), button->text());
        }
    }
    REQUIRE(owners.size() > 10);
    for (const QChar letter : owners.uniqueKeys()) {
        INFO("Alt+" << QString(letter).toStdString() << ": "
                    << QStringList(owners.values(letter)).join(u" | "_s).toStdString());
        CHECK(owners.count(letter) == 1);
    }
}

TEST_CASE("Keyboard session: walkthroughs A and B registered without the mouse, 20 keys or fewer",
          "[gui][keyboard][issue18]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    const User rina = *UserStore(*office.db).byUsername(u"rina"_s);
    gui::Session session(*office.db, office.clock, rina, false);

    Keyboard keyboard;
    int questions = 0;
    QStringList problems;
    gui::feedback::TestHooks hooks;
    hooks.problem = [&](const QString &, const QString &message) { problems << message; };
    hooks.info = [](const QString &, const QString &) {};
    hooks.confirm = [&](const QString &, const QString &) {
        ++questions; // a question box answered with Enter
        ++keyboard.keys;
        keyboard.log << u"Enter (question)"_s;
        return true;
    };
    hooks.reason = [&](const QString &, const QString &) -> std::optional<QString> {
        FAIL("an on-time registration asked for a deviation reason");
        return std::nullopt;
    };
    gui::feedback::setTestHooks(hooks);
    struct Restore {
        ~Restore() { gui::feedback::setTestHooks({}); }
    } restore;

    gui::NewComplaintPage page(session);
    page.resize(1366, 768);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    MouseWatch mouse;
    QSignalSpy registered(&page, &gui::NewComplaintPage::registered);
    QWidget *form = page.form();
    const auto focusName = [] { return Keyboard::focus()->objectName(); };

    // ---- A: walk-in-pkh, Monday 2 March 2026, form opened 09:00:00, saved 09:04:10 ----------
    {
        const QJsonObject in = intakeInput(u"walk-in-pkh"_s);
        const QJsonObject person = in.value(u"complainant"_s).toObject();
        QStringList evidence;
        for (const QJsonValue &v : in.value(u"evidence"_s).toArray())
            evidence << v.toString();
        REQUIRE(in.value(u"channel"_s).toString() == u"langsung"_s); // the default channel
        REQUIRE(evidence.size() == 2);

        // The screens' source language: the mnemonics of the English labels.
        keyboard.alt(Qt::Key_N); // &Name
        REQUIRE(focusName() == u"nameEdit"_s);
        keyboard.text(person.value(u"name"_s).toString());
        keyboard.tabTo(u"nikEdit"_s, 1);
        keyboard.text(person.value(u"nik"_s).toString());
        keyboard.tabTo(u"maleRadio"_s, 1);
        keyboard.text(person.value(u"gender"_s).toString()); // "L", as on paper
        keyboard.tabTo(u"phoneEdit"_s, 2);
        keyboard.text(person.value(u"phone"_s).toString());
        keyboard.tabTo(u"addressEdit"_s, 1);
        keyboard.text(person.value(u"address"_s).toString());
        keyboard.tabTo(u"requirement_identity_card"_s, 1);
        REQUIRE(in.value(u"identityCardShown"_s).toBool());
        keyboard.space();
        keyboard.tabTo(u"requirement_evidence"_s, 1); // a ticked box's reason is skipped
        keyboard.space();
        keyboard.tabTo(u"subjectEdit"_s, 1);
        keyboard.text(in.value(u"subject"_s).toString());
        keyboard.tabTo(u"descriptionEdit"_s, 1);
        keyboard.text(in.value(u"description"_s).toString());
        keyboard.alt(Qt::Key_T); // Ca&tegory
        REQUIRE(focusName() == u"categoryCombo"_s);
        keyboard.text(in.value(u"category"_s).toString());
        keyboard.alt(Qt::Key_I); // &Items
        REQUIRE(focusName() == u"evidenceEdit"_s);
        keyboard.text(evidence.at(0));
        keyboard.enter();
        keyboard.text(evidence.at(1));

        office.clock.set(wib(2026, 3, 2, 9, 4, 10));
        keyboard.save();
        keyboard.report("Walkthrough A (walk-in) registration");
        CHECK(problems.isEmpty());
        REQUIRE(registered.count() == 1);
        CHECK(registered.at(0).at(1).toString() == u"0001/ADUAN/III/2026"_s);
        const ComplaintRecord record = IntakeBook(*office.db, office.clock)
                                           .complaint(rina.id, registered.at(0).at(0).toLongLong());
        CHECK(record.channel == Channel::Direct);
        CHECK(record.receivedAt == wib(2026, 3, 2, 9, 4, 10));
        REQUIRE(record.complainant.has_value());
        CHECK(record.complainant->name == person.value(u"name"_s).toString());
        CHECK(record.complainant->nik == person.value(u"nik"_s).toString());
        CHECK(record.complainant->gender == Gender::Male);
        CHECK(record.complainant->phone == u"+6281234567801"_s);
        CHECK(record.complainant->address == person.value(u"address"_s).toString());
        CHECK(record.evidence == evidence);
        CHECK(record.category == in.value(u"category"_s).toString());
        CHECK(record.requirements.value(u"identity_card"_s).met);
        CHECK(record.requirements.value(u"evidence"_s).met);
        REQUIRE_FALSE(record.steps.isEmpty());
        CHECK(record.steps.constFirst().workedSeconds == 250); // 4 min 10 s
        CHECK(keyboard.keys <= kBudget);
    }

    // ---- B: sms-without-identity-card, received Wed 18 March 21:14 WIB, registered Thursday
    // 19 March 15:50:00–15:53:30 ----------------------------------------------------------------
    {
        const QJsonObject in = intakeInput(u"sms-without-identity-card"_s);
        const QJsonObject person = in.value(u"complainant"_s).toObject();
        REQUIRE(in.value(u"receivedAt"_s).toString() == u"2026-03-18T21:14:00+07:00"_s);
        office.clock.set(wib(2026, 3, 19, 15, 50));
        keyboard.keys = 0;
        keyboard.log.clear();

        keyboard.alt(Qt::Key_C); // &Channel (Indonesian: &Saluran)
        REQUIRE(focusName() == u"channelCombo"_s);
        keyboard.text(u"SMS"_s); // the combo's keyboard search
        keyboard.tabTo(u"receivedAtEdit"_s, 1); // Tab selects the whole default: typed over
        keyboard.text(u"18/03/2026 21.14"_s);  // in one go, office time
        CHECK(page.form()->entryFindings().isEmpty());
        keyboard.tabTo(u"publicRadio"_s, 1);    // leaving "Diterima" takes one Tab
        keyboard.tabTo(u"nameEdit"_s, 1);
        keyboard.text(person.value(u"name"_s).toString());
        keyboard.alt(Qt::Key_H); // P&hone (Indonesian: &Telepon)
        REQUIRE(focusName() == u"phoneEdit"_s);
        keyboard.text(person.value(u"phone"_s).toString());
        keyboard.tabTo(u"addressEdit"_s, 1);
        keyboard.tabTo(u"requirement_identity_card"_s, 1); // not shown: left unticked
        keyboard.tabTo(u"waiver_identity_card"_s, 1);
        keyboard.text(in.value(u"requirementWaiver"_s).toString());
        keyboard.tabTo(u"requirement_evidence"_s, 1);
        keyboard.tabTo(u"waiver_evidence"_s, 1);
        keyboard.text(in.value(u"evidenceWaiver"_s).toString());
        keyboard.tabTo(u"subjectEdit"_s, 1);
        keyboard.text(in.value(u"subject"_s).toString());
        keyboard.tabTo(u"descriptionEdit"_s, 1);
        keyboard.text(in.value(u"description"_s).toString());

        office.clock.set(wib(2026, 3, 19, 15, 53, 30));
        keyboard.save();
        keyboard.report("Walkthrough B (SMS, time received typed in one go) registration");
        CHECK(problems.isEmpty());
        REQUIRE(registered.count() == 2);
        CHECK(registered.at(1).at(1).toString() == u"0002/ADUAN/III/2026"_s);
        const ComplaintRecord record = IntakeBook(*office.db, office.clock)
                                           .complaint(rina.id, registered.at(1).at(0).toLongLong());
        CHECK(record.channel == Channel::Sms);
        CHECK(record.receivedAt == wib(2026, 3, 18, 21, 14));
        REQUIRE(record.complainant.has_value());
        CHECK(record.complainant->name == person.value(u"name"_s).toString());
        CHECK(record.complainant->phone == u"+6285712340001"_s);
        CHECK_FALSE(record.requirements.value(u"identity_card"_s).met);
        CHECK(record.requirements.value(u"identity_card"_s).waiverReason
              == in.value(u"requirementWaiver"_s).toString());
        CHECK(record.requirements.value(u"evidence"_s).waiverReason
              == in.value(u"evidenceWaiver"_s).toString());
        CHECK(record.subject == in.value(u"subject"_s).toString());
        REQUIRE_FALSE(record.steps.isEmpty());
        CHECK(record.steps.constFirst().workedSeconds == 210); // 3 min 30 s
        CHECK(keyboard.keys <= kBudget);
    }
    CHECK(mouse.presses == 0);
    CHECK(form->isVisible());
}
