#include "test_shell_support.h"

#include "support/feedback.h"
#include "testoffice.h"
#include "storage/database.h"
#include "workflow/workflow.h"

#include <QFile>
#include <QHash>

#include <memory>

using namespace Qt::StringLiterals;

namespace aduan::test::shell {

QString complainantName(int i)
{
    QString code;
    int n = i;
    for (int k = 0; k < 3; ++k) {
        code.prepend(QChar(u'a' + n % 26));
        n /= 26;
    }
    code[0] = code.at(0).toUpper();
    return u"Warga "_s + code;
}

QString subject(int i)
{
    return u"Bantuan tertunda kode Q%1Z"_s.arg(i);
}

QList<qint64> registerComplaints(TestOffice &office, int count)
{
    QList<qint64> ids;
    Workflow workflow(*office.db, office.clock);
    office.db->write([&] {
        ids.clear();
        for (int i = 0; i < count; ++i) {
            ComplaintDraft draft;
            draft.channel = i % 10 == 0 ? Channel::Sms : Channel::Direct;
            if (draft.channel == Channel::Sms)
                draft.receivedAt = office.clock.now().addSecs(-3600);
            Complainant c;
            c.name = complainantName(i);
            draft.complainant = c;
            draft.subject = subject(i);
            draft.description = u"Uraian aduan uji."_s;
            draft.category = u"Bantuan sosial"_s;
            draft.requirements.insert(u"identity_card"_s, RequirementOutcome{true, {}});
            draft.requirements.insert(u"evidence"_s, RequirementOutcome{true, {}});
            ids << workflow.registerComplaint(office.rina, draft, office.clock.now()).complaintId;
            office.clock.advanceSeconds(1);
        }
    });
    return ids;
}

QList<qint64> useOfficeWithComplaints(TestOffice &office, int count)
{
    struct Seeded {
        std::unique_ptr<TestOffice> office;
        QList<qint64> ids;
    };
    static QHash<int, std::shared_ptr<Seeded>> seeded;
    auto &entry = seeded[count];
    if (!entry) {
        entry = std::make_shared<Seeded>();
        entry->office = std::make_unique<TestOffice>(wib(2026, 3, 2, 8, 0));
        entry->ids = registerComplaints(*entry->office, count);
    }
    office.db.reset();
    QFile::remove(office.path);
    QFile::copy(entry->office->path, office.path);
    QFile(office.path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    office.db = std::make_unique<Database>(office.path);
    office.clock.set(entry->office->clock.now());
    return entry->ids;
}

PromptAnswers::PromptAnswers(const QString &reason)
{
    gui::feedback::TestHooks hooks;
    hooks.problem = [this](const QString &, const QString &message) { m_problems << message; };
    hooks.info = [](const QString &, const QString &) {};
    hooks.confirm = [](const QString &, const QString &) { return true; };
    hooks.reason = [this, reason](const QString &, const QString &) -> std::optional<QString> {
        ++m_reasonsAsked;
        return reason;
    };
    hooks.password = [](const QString &) -> std::optional<QString> {
        return u"rahasia123"_s;
    };
    gui::feedback::setTestHooks(hooks);
}

PromptAnswers::~PromptAnswers()
{
    gui::feedback::setTestHooks({});
}

} // namespace aduan::test::shell
