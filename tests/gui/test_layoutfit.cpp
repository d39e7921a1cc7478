// Every screen fits at 1366×768 (issue 18): the main window of each role at the office's laptop
// size, offscreen, with the application's default font, in Indonesian and in English. Each
// workspace, each tab and each step panel (with a complaint waiting at its step) is opened, and
// no text of a label, button, line edit or combo box may be elided or clipped, no header of a
// table cut, no cell of a table cut (but a long name or subject, whose tooltip shows it whole),
// and no horizontal scrollbar shown.
#include "catch_qt.h"
#include "testoffice.h"

#include "complaintactions/amenddialog.h"
#include "demo/demodata.h"
#include "detail/complaintdetaildialog.h"
#include "detail/complaintdetailview.h"
#include "inbox/inboxpage.h"
#include "mainwindow.h"
#include "login/logindialog.h"
#include "common/reasondialog.h"
#include "security/lockdialog.h"
#include "startup/setupdialog.h"
#include "storage/complaintstore.h"
#include "models/inboxmodel.h"
#include "session/session.h"
#include "startup/startup.h"
#include "storage/userstore.h"
#include "workflow/workflow.h"
#include "workspaces/importdialog.h"
#include "sms/messageintake.h"

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
#include <QScreen>
#include <QScrollBar>
#include <QStyleOptionViewItem>
#include <QStackedWidget>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QFile>
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

/// The cells of `table`'s rows in view that do not show their whole text. A cell may be cut
/// only in a column of free text (a name, a subject) that still shows at least kFreeTextChars
/// characters and whose tooltip gives the whole text; numbers, dates, times, states and steps —
/// texts of a known shape — are read whole.
constexpr int kFreeTextChars = 18;
QStringList cutCells(const QTableView *table)
{
    QStringList found;
    const QAbstractItemModel *model = table->model();
    if (!model)
        return found;
    const auto *view = static_cast<const QAbstractItemView *>(table);
    const int first = std::max(0, table->rowAt(0));
    const int last = table->rowAt(table->viewport()->height() - 1) < 0
                         ? model->rowCount() - 1
                         : table->rowAt(table->viewport()->height() - 1);
    for (int row = first; row <= last && row < model->rowCount(); ++row) {
        if (table->isRowHidden(row))
            continue;
        for (int column = 0; column < model->columnCount(); ++column) {
            if (table->isColumnHidden(column) || table->columnSpan(row, column) > 1)
                continue;
            const QModelIndex index = model->index(row, column);
            const QString text = index.data(Qt::DisplayRole).toString();
            if (text.isEmpty())
                continue;
            const int has = table->columnWidth(column);
            const QString heading = model->headerData(column, Qt::Horizontal).toString();
            if (table->wordWrap()) {
                // A wrapping table: every word fits its column and the row is as high as the
                // wrapped text.
                QStyleOptionViewItem option;
                option.initFrom(table);
                option.font = table->font();
                option.features |= QStyleOptionViewItem::WrapText;
                option.rect = QRect(0, 0, has, 100000);
                const int high = table->itemDelegate()->sizeHint(option, index).height();
                const QFontMetrics fm = table->fontMetrics();
                int widestWord = 0;
                for (const QString &word : text.split(QRegularExpression(u"\\s+"_s)))
                    widestWord = std::max(widestWord, fm.horizontalAdvance(word));
                if (widestWord + 8 > has + 1 || high > table->rowHeight(row) + 1)
                    found << u"%1: cell \"%2\" in column \"%3\" needs %4x%5 px, has %6x%7"_s
                                 .arg(where(table), text, heading)
                                 .arg(widestWord + 8)
                                 .arg(high)
                                 .arg(has)
                                 .arg(table->rowHeight(row));
                continue;
            }
            const int needed = view->sizeHintForIndex(index).width();
            if (needed <= has + 1)
                continue;
            const bool freeText = index.data(Qt::ToolTipRole).toString().contains(text)
                                  && has >= kFreeTextChars
                                                * table->fontMetrics().averageCharWidth();
            if (!freeText)
                found << u"%1: cell \"%2\" in column \"%3\" needs %4 px, has %5"_s
                             .arg(where(table), text, heading)
                             .arg(needed)
                             .arg(has);
        }
    }
    return found;
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
        if (const auto *table = qobject_cast<const QTableView *>(w))
            found << cutCells(table);
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
    // And one voided, with a long reason: the register says why, in the place of its step.
    office.clock.set(wib(2026, 3, 2, 9, 50));
    const qint64 voided =
        wf.registerComplaint(office.rina, walkInWithIdentity(), wib(2026, 3, 2, 9, 50)).complaintId;
    wf.voidComplaint(office.rina, {voided},
                     u"Tercatat dua kali: pengadu datang lagi ke meja layanan dengan aduan yang "
                     "sama, nomor yang pertama tetap berlaku"_s);
    office.clock.set(wib(2026, 3, 2, 10, 0));
    // SMS masuk (issue 19): a long Unicode SMS and a website row wait for the officer.
    MessageIntake intake(*office.db, office.clock);
    intake.receiveSms({u"+6281234567802"_s,
                       u"Jalan di depan rumah kami di Kelurahan Sananwetan rusak parah sejak "
                       "bulan lalu 😀 ꦗꦭꦤ꧀, mohon segera diperbaiki karena sering terjadi "
                       "kecelakaan pada malam hari."_s,
                       2, {u"IN20260302_095000_00_+6281234567802_00.txt"_s}});
    IncomingMessage row;
    row.sourceKey = u"website:layout"_s;
    row.senderName = u"Siti Aminah Rahmawati"_s;
    row.sender = u"081234567805"_s;
    row.receivedAt = wib(2026, 3, 2, 7, 15);
    row.text = u"Bantuan PKH belum cair dua bulan."_s;
    intake.addWebsiteMessage(row);
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

namespace {

/// Shows `dialog` at its own size (never beyond the screen) and collects what does not fit: in
/// every page of its stacked widgets and every tab.
QStringList dialogMisfits(QDialog &dialog, const QString &name)
{
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return {name + u": not shown"_s};
    QStringList found;
    if (dialog.width() > kScreen.width() || dialog.height() > kScreen.height())
        found << u"%1: %2x%3 is larger than the screen"_s.arg(name).arg(dialog.width()).arg(dialog.height());
    const auto settle = [] {
        for (int round = 0; round < 3; ++round) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QApplication::processEvents();
        }
    };
    settle();
    for (const QString &misfit : misfits(&dialog))
        found << name + u": "_s + misfit;
    for (QStackedWidget *stack : dialog.findChildren<QStackedWidget *>()) {
        if (qobject_cast<QTabWidget *>(stack->parentWidget()))
            continue; // a tab widget's pages are visited by visitTabs
        for (int i = 0; i < stack->count(); ++i) {
            stack->setCurrentIndex(i);
            settle();
            for (const QString &misfit : misfits(&dialog))
                found << u"%1 (page %2): %3"_s.arg(name).arg(i + 1).arg(misfit);
        }
    }
    visitTabs(&dialog, &dialog, name, found);
    return found;
}

} // namespace

TEST_CASE("Every dialog fits at 1366x768 in both languages", "[gui][layout][issue18]")
{
    const QString language = GENERATE(u"id"_s, u"en"_s);
    CAPTURE(language);
    REQUIRE(gui::installLanguage(language) == language);

    // Dialogs size themselves from their screen: the office's smallest (tests/CMakeLists.txt).
    REQUIRE(QGuiApplication::primaryScreen()->size() == kScreen);
    TestOffice office(wib(2026, 3, 2, 8, 0));
    complaintsAtEveryStep(office);
    QStringList found;

    {
        // The login, with the demo accounts listed and, after five wrong passwords, the lockout.
        gui::LoginDialog login(*office.db, office.clock, demoAccounts());
        login.show();
        for (int attempt = 0; attempt < 6; ++attempt) {
            login.usernameEdit()->setText(u"rina"_s);
            login.passwordEdit()->setText(u"salah-sekali"_s);
            login.tryLogin();
        }
        REQUIRE_FALSE(login.problemLabel()->text().isEmpty());
        found << dialogMisfits(login, u"Login"_s);
    }
    {
        gui::SetupDialog setup(office.clock,
                               u"The database file \"/srv/aduan/aduan.sqlite\" is not there. "
                               "Check that the shared folder is connected, or choose the file."_s);
        found << dialogMisfits(setup, u"Setup"_s);
    }
    for (const bool create : {false, true}) {
        // The choice of a database server, for opening and for a new office's database.
        gui::SetupDialog setup(office.clock, u"Database server tidak-ada.invalid cannot be "
                                             "reached. Check the server's name."_s);
        setup.showChoice(create, gui::DatabaseLocationEdit::Kind::Server);
        found << dialogMisfits(setup, create ? u"Setup new on a server"_s
                                             : u"Setup a server"_s);
    }
    {
        forms::ReasonDialog reason(nullptr, u"Alasan penyimpangan"_s,
                                   u"Langkah ini selesai 12 menit, melewati target 5 menit. Tulis "
                                   "alasannya: alasan dicatat di riwayat aduan dan di rekap."_s);
        found << dialogMisfits(reason, u"Reason"_s);
        forms::ReasonDialog note(nullptr, u"Lanjutkan"_s, u"Apa yang sudah diterima?"_s, {},
                                 forms::ReasonDialog::Answer::OptionalNote);
        found << dialogMisfits(note, u"Note"_s);
    }
    const User rina = *UserStore(*office.db).byId(office.rina);
    gui::Session session(*office.db, office.clock, rina, false);
    const QList<IntakeBookRow> rows = ComplaintStore(*office.db, QTimeZone(7 * 3600))
                                          .openForRoles({Role::Officer}, true);
    REQUIRE_FALSE(rows.isEmpty());
    const qint64 atConvey = rows.first().complaintId;
    {
        const auto record = ComplaintStore(*office.db, QTimeZone(7 * 3600)).load(atConvey, true);
        REQUIRE(record);
        gui::AmendDialog amend(session, *record);
        found << dialogMisfits(amend, u"Amend"_s);
    }
    {
        gui::ComplaintDetailDialog detail(session, atConvey);
        found << dialogMisfits(detail, u"Details"_s);
    }
    {
        // Impor CSV (issue 19) with a Google Form export loaded and imported.
        QTemporaryDir dir;
        QFile csv(dir.filePath(u"formulir.csv"_s));
        REQUIRE(csv.open(QIODevice::WriteOnly));
        csv.write("\xEF\xBB\xBFStempel waktu;Nama Lengkap;NIK;No. HP / WhatsApp;Alamat;"
                  "Isi Pengaduan\r\n02/03/2026 07:15:02;Siti Aminah;3572024107800002;"
                  "0812 3456 7805;Jl. Kenari 3;Bantuan PKH belum cair\r\n"
                  "31/02/2026 08:00;Rudi;;;;Tanggal salah\r\n");
        csv.close();
        gui::ImportDialog import(session);
        REQUIRE(import.loadFile(csv.fileName()));
        REQUIRE(import.runImport());
        found << dialogMisfits(import, u"Import CSV"_s);
    }
    found.removeDuplicates();
    CAPTURE(found.join(u"\n"_s));
    CHECK(found.isEmpty());
}
