#include "admin/sopevaluationpage.h"

#include "recap/sopevaluation.h"
#include "session/session.h"
#include "support/feedback.h"
#include "support/icons.h"
#include "util/clock.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::gui {

namespace {

QDateEdit *dateEdit()
{
    auto *edit = new QDateEdit;
    edit->setDisplayFormat(u"dd-MM-yyyy"_s);
    edit->setCalendarPopup(true);
    return edit;
}

QTableWidget *table(const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(true);
    return t;
}

} // namespace

SopEvaluationPage::SopEvaluationPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_from = dateEdit();
    m_to = dateEdit();
    auto *fromLabel = new QLabel(tr("&From:"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"));
    toLabel->setBuddy(m_to);
    auto *run = new QPushButton(icons::refresh(), tr("&Evaluate"));
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    top->addWidget(toLabel);
    top->addWidget(m_to);
    top->addWidget(run);
    top->addStretch();
    layout->addLayout(top);

    m_steps = table({tr("Step"), tr("Activity"), tr("Target"), tr("Completed"), tr("On time"),
                     tr("Late"), tr("Median"), tr("90th percentile")});
    m_steps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_steps, 3);
    layout->addWidget(new QLabel(tr("Deviations by reason")));
    m_reasons = table({tr("Reason"), tr("Count"), tr("Steps"), tr("Complaints")});
    // The reason is read whole; the complaints' numbers are cut at the right edge (tooltip).
    m_reasons->setWordWrap(false);
    m_reasons->setTextElideMode(Qt::ElideRight);
    m_reasons->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_reasons->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addWidget(m_reasons, 2);
    m_late = new QLabel;
    m_late->setWordWrap(true);
    layout->addWidget(m_late);

    const QDate firstOfMonth = m_session.officeToday().addDays(1 - m_session.officeToday().day());
    setPeriod(firstOfMonth.addMonths(-1), firstOfMonth.addDays(-1));
    connect(run, &QPushButton::clicked, this, &SopEvaluationPage::evaluate);
}

void SopEvaluationPage::setPeriod(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    evaluate();
}

void SopEvaluationPage::evaluate()
{
    feedback::guarded(this, tr("SOP evaluation"), [this] {
        const SopEvaluation e = evaluateSop(m_session.database(), m_from->date(), m_to->date(),
                                            m_session.clock().now());
        const QList<QStringList> rows = sopEvaluationTable(e).mid(1);
        m_steps->setRowCount(int(e.steps.size()));
        m_reasons->setRowCount(int(e.reasons.size()));
        int step = 0, reason = 0;
        for (const QStringList &row : rows) {
            if (step < e.steps.size()) {
                for (int c = 0; c < row.size(); ++c) {
                    auto *item = new QTableWidgetItem(row.at(c));
                    if (c != 1)
                        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    m_steps->setItem(step, c, item);
                }
                ++step;
                continue;
            }
            m_reasons->setItem(reason, 0, new QTableWidgetItem(row.at(1)));
            m_reasons->setItem(reason, 1, new QTableWidgetItem(row.at(3)));
            m_reasons->setItem(reason, 2, new QTableWidgetItem(row.at(6)));
            auto *complaints = new QTableWidgetItem(row.at(7));
            complaints->setToolTip(row.at(7));
            m_reasons->setItem(reason, 3, complaints);
            ++reason;
        }
        QStringList late;
        for (int n : e.lateMostOften)
            late << QString::number(n);
        m_late->setText(late.isEmpty()
                            ? tr("No step ran late in this period.")
                            : tr("Steps late most often: %1").arg(late.join(u", "_s)));
    });
}

} // namespace aduan::gui
