// Every screen fits at 1366×768 (issue 18): the main window of each role at the office's laptop
// size, offscreen, with the application's default font, in Indonesian and in English. Each
// workspace, each tab and each step panel (with a complaint waiting at its step) is opened, and
// no text of a label, button, line edit or combo box may be elided or clipped, no header of a
// table cut, and no horizontal scrollbar shown.
#include "catch_qt.h"
#include "testoffice.h"

#include "detail/complaintdetailview.h"
#include "inbox/inboxpage.h"
#include "mainwindow.h"
#include "security/lockdialog.h"
#include "models/inboxmodel.h"
#include "models/intakebookmodel.h"
#include "session/session.h"
#include "startup/startup.h"
#include "storage/userstore.h"
#include "workflow/workflow.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;

namespace {

constexpr QSize kScreen(1366, 768);

/// A widget's path for the report ("DecisionWidget/referRadio").
QString where(const QWidget *w)
{
    QStringList parts;
    for (const QWidget *p = w; p && !p->isWindow(); p = p->parentWidget()) {
        if (!p->objectName().isEmpty())
            parts.prepend(p->objectName());
        else if (p == w)
            parts.prepend(QString::fromLatin1(p->metaObject()->className()));
    }
    return parts.join(u'/') + u" ["_s + QString::fromLatin1(w->metaObject()->className()) + u"]"_s;
}

QString withoutMnemonic(QString text)
{
    text.replace(u"&&"_s, QChar(0x1));
    text.remove(u'&');
    text.replace(QChar(0x1), u'&');
    return text;
}

int widestLine(const QFontMetrics &fm, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = std::max(widest, fm.horizontalAdvance(line));
    return widest;
}

/// True when the widget is not shown whole horizontally: an ancestor (or a scroll area's
/// viewport) cuts it off at the left or right.
bool clippedByAncestors(const QWidget *w)
{
    const QWidget *window = w->window();
    QRect visible = QRect(w->mapTo(window, QPoint(0, 0)), w->size());
    const int left = visible.left(), right = visible.right();
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        const QRect r(p->mapTo(window, QPoint(0, 0)), p->size());
        if (left < r.left() - 1 || right > r.right() + 1)
            return true;
        if (p == window)
            break;
    }
    return false;
}

/// What does not fit under `root` (visible widgets only).
QStringList misfits(const QWidget *root)
{
    QStringList found;
    const auto report = [&](const QWidget *w, const QString &what, int needed, int has) {
        found << u"%1: \"%2\" needs %3 px, has %4"_s.arg(where(w), what).arg(needed).arg(has);
    };
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || !w->isVisible() || w->width() <= 0)
            continue;
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(w)) {
            if (area->horizontalScrollBar()->isVisible())
                found << where(w) + u": horizontal scrollbar shown"_s;
        }
        if (const auto *label = qobject_cast<const QLabel *>(w)) {
            const QString text = label->text();
            if (text.isEmpty() || !label->pixmap().isNull())
                continue;
            const int available = label->contentsRect().width() - 2 * std::max(0, label->margin())
                                  - std::max(0, label->indent());
            const bool rich = label->textFormat() == Qt::RichText
                              || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
            if (rich) {
                QTextDocument doc;
                doc.setDefaultFont(label->font());
                doc.setDocumentMargin(0);
                doc.setHtml(text);
                if (label->wordWrap()) {
                    doc.setTextWidth(available);
                    if (doc.idealWidth() > available + 1)
                        report(w, doc.toPlainText(), int(doc.idealWidth()), available);
                } else if (doc.idealWidth() > available + 1) {
                    report(w, doc.toPlainText(), int(doc.idealWidth()), available);
                }
                continue;
            }
            const QString shown = label->buddy() ? withoutMnemonic(text) : text;
            const QFontMetrics fm = label->fontMetrics();
            if (label->wordWrap()) {
                // Each word fits on a line, and all the lines fit in the height.
                for (const QString &word : shown.split(QRegularExpression(u"\\s+"_s))) {
                    if (fm.horizontalAdvance(word) > available + 1)
                        report(w, word, fm.horizontalAdvance(word), available);
                }
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height() + 1)
                    found << u"%1: \"%2\" needs %3 px high, has %4 (width %5)"_s
                                 .arg(where(w), shown, QString::number(needed),
                                      QString::number(label->height()), QString::number(label->width()));
            } else if (widestLine(fm, shown) > available + 1) {
                report(w, shown, widestLine(fm, shown), available);
            }
            if (clippedByAncestors(w))
                found << where(w) + u": \""_s + shown + u"\" cut off by its container"_s;
            continue;
        }
        if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            const QString text = withoutMnemonic(button->text());
            if (text.isEmpty())
                continue;
            const QFontMetrics fm = button->fontMetrics();
            int needed = fm.horizontalAdvance(text);
            if (!button->icon().isNull())
                needed += button->iconSize().width() + 4;
            if (qobject_cast<const QCheckBox *>(w) || qobject_cast<const QRadioButton *>(w))
                needed = button->sizeHint().width();
            else if (qobject_cast<const QPushButton *>(w))
                needed += 8;
            else if (qobject_cast<const QToolButton *>(w))
                needed = std::min(needed + 6, button->sizeHint().width());
            if (needed > button->width() + 1)
                report(w, text, needed, button->width());
            else if (clippedByAncestors(w))
                found << where(w) + u": \""_s + text + u"\" cut off by its container"_s;
            continue;
        }
        if (const auto *edit = qobject_cast<const QLineEdit *>(w)) {
            if (qobject_cast<const QComboBox *>(w->parentWidget()))
                continue; // the combo box is measured below
            const QString text = edit->text().isEmpty() ? edit->placeholderText() : edit->text();
            if (text.isEmpty() || edit->echoMode() != QLineEdit::Normal)
                continue;
            const QMargins margins = edit->textMargins();
            const int frame = edit->hasFrame() ? 2 * w->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) : 0;
            const int needed = edit->fontMetrics().horizontalAdvance(text) + 4 + frame
                               + margins.left() + margins.right();
            if (needed > edit->width() + 1)
                report(w, text, needed, edit->width());
            else if (clippedByAncestors(w))
                found << where(w) + u": \""_s + text + u"\" cut off by its container"_s;
            continue;
        }
        if (const auto *combo = qobject_cast<const QComboBox *>(w)) {
            const QString text = combo->currentText();
            if (text.isEmpty())
                continue;
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = combo->isEditable();
            const QSize content(combo->fontMetrics().horizontalAdvance(text)
                                    + (combo->itemIcon(combo->currentIndex()).isNull()
                                           ? 0
                                           : combo->iconSize().width() + 4),
                                combo->fontMetrics().height());
            const int needed =
                combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, content, combo).width();
            if (needed > combo->width() + 1)
                report(w, text, needed, combo->width());
            continue;
        }
        if (const auto *table = qobject_cast<const QTableView *>(w)) {
            // The register's current step is a text of a closed set: read whole, never elided.
            if (qobject_cast<const gui::IntakeBookModel *>(table->model())) {
                const int column = gui::IntakeBookModel::Step;
                const int needed =
                    static_cast<const QAbstractItemView *>(table)->sizeHintForColumn(column);
                if (needed > table->columnWidth(column) + 1)
                    report(w, u"(current step)"_s, needed, table->columnWidth(column));
            }
        }
        if (const auto *header = qobject_cast<const QHeaderView *>(w)) {
            if (header->orientation() != Qt::Horizontal || !header->model())
                continue;
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
                const int needed = header->sectionSizeHint(section);
                if (needed > header->sectionSize(section) + 1)
                    report(w, text, needed, header->sectionSize(section));
            }
        }
    }
    return found;
}

/// Shows every tab of every tab widget under `root`, one after the other (nested ones too),
/// and in each the first complaint of an inbox; collects what does not fit.
void visitTabs(QWidget *root, QWidget *window, const QString &path, QStringList &found)
{
    const auto tabWidgets = root->findChildren<QTabWidget *>(Qt::FindDirectChildrenOnly);
    QList<QTabWidget *> direct;
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        // only the outermost tab widgets under root: inner ones are visited from their page
        bool nested = false;
        for (QWidget *p = tabs->parentWidget(); p && p != root; p = p->parentWidget())
            nested = nested || qobject_cast<QTabWidget *>(p) != nullptr;
        if (!nested)
            direct << tabs;
    }
    Q_UNUSED(tabWidgets)
    if (auto *self = qobject_cast<QTabWidget *>(root))
        direct = {self};
    for (QTabWidget *tabs : std::as_const(direct)) {
        if (!tabs->isVisible())
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QWidget *page = tabs->widget(i);
            for (gui::InboxPage *inbox : page->findChildren<gui::InboxPage *>()) {
                if (inbox->model()->rowCount() > 0)
                    inbox->view()->selectRow(0);
            }
            if (auto *inbox = qobject_cast<gui::InboxPage *>(page); inbox && inbox->model()->rowCount() > 0)
                inbox->view()->selectRow(0);
            // Let every layout request (a panel filled with the complaint) settle.
            for (int round = 0; round < 3; ++round) {
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                QApplication::processEvents();
            }
            const QString here = path + u" › "_s + tabs->tabText(i);
            for (const QString &misfit : misfits(page))
                found << here + u": "_s + misfit;
            visitTabs(page, window, here, found);
        }
    }
}

/// A complaint waiting at each step: registered (report), reported (dispose), disposed
/// (decide), decided (convey).
void complaintsAtEveryStep(TestOffice &office)
{
    Workflow wf(*office.db, office.clock);
    DispositionInput disposition;
    disposition.instructions = {u"Rapatkan segera"_s};
    disposition.addressee = u"Tim Pengelola Pengaduan"_s;
    DecisionInput decision;
    decision.attendees = {u"Agus"_s, u"Lina"_s};
    decision.discussion = u"Pembahasan tim."_s;
    decision.decision = u"Diverifikasi ulang ke pendamping PKH."_s;
    for (int stage = 0; stage < 4; ++stage) {
        office.clock.set(wib(2026, 3, 2, 9, 10 * stage));
        const qint64 id = wf.registerComplaint(office.rina, walkInWithIdentity(), wib(2026, 3, 2, 9, 10 * stage)).complaintId;
        office.clock.set(wib(2026, 3, 2, 9, 10 * stage + 2));
        if (stage >= 1)
            wf.reportToHead(office.dewi, {id});
        office.clock.set(wib(2026, 3, 2, 9, 10 * stage + 4));
        if (stage >= 2)
            wf.dispose(office.hendra, {id}, disposition);
        office.clock.set(wib(2026, 3, 2, 9, 10 * stage + 6));
        decision.meetingAt = wib(2026, 3, 2, 9, 10 * stage + 5);
        if (stage >= 3)
            wf.decide(office.agus, {id}, decision);
    }
    office.clock.set(wib(2026, 3, 2, 10, 0));
}

} // namespace

TEST_CASE("Every workspace fits at 1366x768 in both languages", "[gui][layout][issue18]")
{
    const QString language = GENERATE(u"id"_s, u"en"_s);
    CAPTURE(language);
    REQUIRE(gui::installLanguage(language) == language);

    TestOffice office(wib(2026, 3, 2, 8, 0));
    complaintsAtEveryStep(office);
    const int who = GENERATE(range(0, 5));
    const qint64 userId =
        QList<qint64>{office.rina, office.dewi, office.hendra, office.agus, office.admin}.at(who);
    const User user = *UserStore(*office.db).byId(userId);
    CAPTURE(user.username);
    gui::Session session(*office.db, office.clock, user, false);
    gui::MainWindow window(session);
    window.resize(kScreen);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QStringList found;
    for (Role role : window.roles()) {
        window.showWorkspace(role);
        QApplication::processEvents();
        QWidget *workspace = window.workspace(role);
        const QString path = user.username + u" › "_s + roleTitle(role);
        for (const QString &misfit : misfits(&window))
            found << path + u": "_s + misfit;
        visitTabs(workspace, &window, path, found);
    }
    found.removeDuplicates();
    CAPTURE(found.join(u"\n"_s));
    CHECK(found.isEmpty());
}

TEST_CASE("The idle lock's messages are read whole", "[gui][layout][issue18]")
{
    const QString language = GENERATE(u"id"_s, u"en"_s);
    CAPTURE(language);
    REQUIRE(gui::installLanguage(language) == language);
    gui::LockDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.setIntro(u"Rina Puspitasari (Petugas Pengaduan) is logged in. The screen was locked "
                    "after 10 minutes without use; type the password to go on working."_s);
    dialog.showProblem(u"Masuk ditolak: nama pengguna atau kata sandi salah, akun tidak aktif, "
                       "atau akun dikunci 15 menit setelah 5 kali salah kata sandi. Periksa "
                       "keduanya dan coba lagi nanti, atau hubungi Administrator."_s);
    dialog.offerLogout(true);
    QApplication::processEvents();
    const QStringList found = misfits(&dialog);
    CAPTURE(found.join(u"\n"_s));
    CHECK(found.isEmpty());
}
