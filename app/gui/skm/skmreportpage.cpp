#include "skm/skmreportpage.h"

#include "export/skmworkbook.h"
#include "session/session.h"
#include "skm/skmchart.h"
#include "skm/skmprinting.h"
#include "support/feedback.h"
#include "support/icons.h"
#include "util/clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace aduan::gui::feedback;

namespace aduan::gui {

SkmReportPage::SkmReportPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    m_from = new QDateEdit;
    m_to = new QDateEdit;
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(u"dd-MM-yyyy"_s);
        edit->setCalendarPopup(true);
    }
    auto *fromLabel = new QLabel(tr("&From:"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"));
    toLabel->setBuddy(m_to);
    auto *show = new QPushButton(icons::refresh(), tr("&Show"));
    auto *first = new QPushButton(tr("Semester &1"));
    auto *second = new QPushButton(tr("Semester &2"));
    auto *year = new QPushButton(tr("&Year"));
    m_version = new QComboBox;
    m_version->setToolTip(tr("Questionnaire version: each version's answers are counted on "
                             "their own."));
    m_print = new QPushButton(icons::print(), tr("&Print…"));
    m_print->setShortcut(QKeySequence::Print);
    m_export = new QPushButton(tr("E&xport XLSX…"));
    controls->addWidget(fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(toLabel);
    controls->addWidget(m_to);
    controls->addWidget(show);
    controls->addWidget(first);
    controls->addWidget(second);
    controls->addWidget(year);
    controls->addWidget(m_version);
    controls->addStretch(1);
    controls->addWidget(m_print);
    controls->addWidget(m_export);
    layout->addLayout(controls);

    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_value = new QLabel;
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setWordWrap(true);
    layout->addWidget(m_value);

    auto *body = new QHBoxLayout;
    m_table = new QTableWidget(0, 5);
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Element"), tr("NRR"), tr("Weighted NRR"), tr("Grade")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int c : {0, 2, 3, 4})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    body->addWidget(m_table, 3);
    m_chart = new SkmChart;
    body->addWidget(m_chart, 2);
    layout->addLayout(body, 1);

    const QDate today = session.officeToday();
    auto semester = [this, today](int which) {
        const int y = m_from->date().isValid() ? m_from->date().year() : today.year();
        const QDate start(y, which == 1 ? 1 : 7, 1);
        showPeriod(start, start.addMonths(6).addDays(-1));
    };
    connect(show, &QPushButton::clicked, this, [this] { showPeriod(m_from->date(), m_to->date()); });
    connect(first, &QPushButton::clicked, this, [semester] { semester(1); });
    connect(second, &QPushButton::clicked, this, [semester] { semester(2); });
    connect(year, &QPushButton::clicked, this, [this, today] {
        const int y = m_from->date().isValid() ? m_from->date().year() : today.year();
        showPeriod(QDate(y, 1, 1), QDate(y, 12, 31));
    });
    connect(m_version, &QComboBox::currentIndexChanged, this, &SkmReportPage::showSection);
    connect(m_print, &QPushButton::clicked, this, [this] {
        guarded(this, tr("Print SKM report"),
                [&] { printing::previewSkmReport(this, m_session, m_report); });
    });
    connect(m_export, &QPushButton::clicked, this, &SkmReportPage::exportXlsx);
    showPeriod(QDate(today.year(), today.month() <= 6 ? 1 : 7, 1),
               QDate(today.year(), today.month() <= 6 ? 6 : 12, today.month() <= 6 ? 30 : 31));
}

void SkmReportPage::showPeriod(QDate from, QDate to)
{
    if (to < from) {
        showProblem(this, tr("SKM report"),
                    tr("The period ends before it starts: choose a last day on or after the "
                       "first."));
        return;
    }
    m_from->setDate(from);
    m_to->setDate(to);
    const bool ok = guarded(this, tr("SKM report"), [&] {
        m_report = buildSkmReport(m_session.database(), from, to, m_session.clock().now());
    });
    if (!ok)
        return;
    m_summary->setText(
        tr("%1: %2 complaints had their result conveyed; the regulation's sample for them is "
           "%3. Respondents: %4%5. Declined: %6.")
            .arg(m_report.periodText())
            .arg(m_report.served)
            .arg(m_report.recommendedSample)
            .arg(m_report.respondents)
            .arg(m_report.respondents < m_report.recommendedSample
                     ? tr(" (fewer than the sample)")
                     : QString())
            .arg(m_report.declined));
    const QSignalBlocker block(m_version);
    m_version->clear();
    int main = 0;
    for (int i = 0; i < m_report.sections.size(); ++i) {
        const SkmSection &s = m_report.sections.at(i);
        m_version->addItem(tr("Version %1 (%2 respondents)")
                               .arg(s.questionnaire.version)
                               .arg(s.result.respondents));
        if (&s == m_report.main())
            main = i;
    }
    m_version->setVisible(m_report.sections.size() > 1);
    m_version->setCurrentIndex(main);
    showSection();
}

void SkmReportPage::showSection()
{
    const int index = m_version->currentIndex();
    if (index < 0 || index >= m_report.sections.size()) {
        m_value->setText(tr("No answers in this period."));
        m_table->setRowCount(0);
        m_chart->setResult({});
        return;
    }
    const SkmSection &section = m_report.sections.at(index);
    const SkmResult &r = section.result;
    QStringList weakest;
    for (const QString &code : r.weakest) {
        if (const SkmElement *e = section.questionnaire.element(code))
            weakest << e->name;
    }
    m_value->setText(tr("SKM value %1 — grade %2 (%3); IKM %4. Weakest: %5.")
                         .arg(skmDecimal(r.valueHundredths), skmGradeLetter(r.grade),
                              skmGradeMeaning(r.grade), skmDecimal(r.index, 2),
                              weakest.join(u", "_s)));
    m_table->setRowCount(int(r.elements.size()));
    for (int i = 0; i < r.elements.size(); ++i) {
        const SkmElementResult &e = r.elements.at(i);
        const QStringList cells = {e.code, e.name, skmDecimal(e.nrr, 2),
                                   skmDecimal(e.weightedNrr, 3), skmGradeLetter(e.grade)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, c, item);
        }
    }
    m_chart->setResult(r);
}

void SkmReportPage::exportXlsx()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export SKM report"),
        u"SKM %1 %2.xlsx"_s.arg(m_report.from.toString(Qt::ISODate),
                               m_report.to.toString(Qt::ISODate)),
        tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (guarded(this, tr("Export SKM report"), [&] { exportSkmXlsx(m_report, path); }))
        inform(this, tr("Export SKM report"), tr("The SKM report was written to %1.").arg(path));
}

} // namespace aduan::gui
