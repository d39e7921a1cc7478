#include "recap/recapsummaryview.h"

#include "recap/figuretable.h"
#include "recap/recapbuilder.h"
#include "recap/recapcomparison.h"
#include "skm/skmmethod.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::gui {

using namespace figures;

RecapSummaryView::RecapSummaryView(QWidget *parent)
    : QScrollArea(parent)
{
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);

    m_complaints = newFigureTable(tr("Complaints"));
    m_deadline = newFigureTable(tr("Finished complaints"));
    m_referrals = newFigureTable(tr("Agency"));
    m_channels = newFigureTable(tr("Channel"));
    m_statuses = newFigureTable(tr("Status"));
    m_categories = newFigureTable(tr("Category"));
    m_classes = newFigureTable(tr("Class"));

    auto column = [&](int index, int stretch,
                      const QList<std::pair<QString, QTableWidget *>> &parts) {
        auto *box = new QVBoxLayout;
        box->setSpacing(6);
        for (const auto &[title, table] : parts)
            box->addWidget(group(title, table));
        box->addStretch(1);
        grid->addLayout(box, 0, index);
        grid->setColumnStretch(index, stretch);
    };
    column(0, 6, {{tr("Received, completed, carried over"), m_complaints},
                  {tr("Overall deadline compliance"), m_deadline},
                  {tr("Referred to other agencies"), m_referrals}});
    column(1, 4, {{tr("Received by channel"), m_channels},
                  {tr("Registered, by status at the period's end"), m_statuses}});
    column(2, 5, {{tr("Received by category"), m_categories},
                  {tr("Received by class"), m_classes}});

    setWidget(page);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
}

QList<QTableWidget *> RecapSummaryView::tables() const
{
    return {m_complaints, m_deadline, m_referrals, m_channels, m_statuses, m_categories,
            m_classes};
}

void RecapSummaryView::showRecap(const RecapData *data, const QString &currentName,
                                 const QString &previousName)
{
    for (QTableWidget *table : tables()) {
        table->horizontalHeaderItem(1)->setText(currentName);
        table->horizontalHeaderItem(2)->setText(previousName);
    }
    if (data) {
        showFigures(*data);
        return;
    }
    for (QTableWidget *table : tables()) {
        table->setRowCount(0);
        fitHeight(table, kMaxFigureRows);
    }
}

namespace {

/// The SKM value and grade of both periods, as the core computed them (PeriodRecap::skm*).
FigureRow skmValue(const PeriodRecap &c, const PeriodRecap &p)
{
    auto text = [](const PeriodRecap &r) {
        return r.skmRespondents > 0 ? skmDecimal(r.skmValueHundredths) + u" ("_s + r.skmGrade + u')'
                                    : QString();
    };
    return {RecapSummaryView::tr("SKM value (grade)"), text(c), text(p), c.skmRespondents == 0,
            p.skmRespondents == 0,
            RecapSummaryView::tr("Survei Kepuasan Masyarakat (PermenPANRB 14/2017): the index "
                                 "times 25, on 25-100, and its grade A-D")};
}

} // namespace

void RecapSummaryView::showFigures(const RecapData &data)
{
    const PeriodRecap &c = data.recap.current;
    const PeriodRecap &p = data.recap.previous;
    setFigureRows(m_complaints,
                  {counts(tr("Received"), c.received, p.received),
                   counts(tr("Completed in the period"), c.completed, p.completed),
                   counts(tr("Carried in (open at the start)"), c.carriedIn, p.carriedIn),
                   counts(tr("Carried over (open at the end)"), c.carriedOver, p.carriedOver),
                   counts(tr("Voided"), c.voided, p.voided),
                   counts(tr("Referred to another agency"), c.referred, p.referred),
                   counts(tr("Satisfaction survey respondents"), c.skmRespondents,
                          p.skmRespondents),
                   skmValue(c, p)});

    const int finishedNow = c.finishedWithinDeadline + c.finishedPastDeadline;
    const int finishedBefore = p.finishedWithinDeadline + p.finishedPastDeadline;
    FigureRow compliance{tr("Compliance"),
                         percent(percentOf(c.finishedWithinDeadline, finishedNow)),
                         percent(percentOf(p.finishedWithinDeadline, finishedBefore)),
                         finishedNow == 0, finishedBefore == 0,
                         tr("Share of the complaints finished in the period that were finished "
                            "within their overall deadline")};
    setFigureRows(m_deadline,
                  {counts(tr("Within the deadline"), c.finishedWithinDeadline,
                          p.finishedWithinDeadline),
                   counts(tr("Past the deadline"), c.finishedPastDeadline, p.finishedPastDeadline),
                   compliance,
                   counts(tr("Open at the end, deadline passed"), c.openPastDeadline,
                          p.openPastDeadline)});

    const FigureRow none{tr("(none)"), QString(), QString(), true, true, {}};
    QList<FigureRow> referrals;
    for (const RecapLine &line : referralLines(data.recap))
        referrals << counts(line.key, line.current, line.previous);
    setFigureRows(m_referrals, referrals.isEmpty() ? QList<FigureRow>{none} : referrals, 5);

    QList<FigureRow> channels;
    for (Channel ch : allChannels()) {
        FigureRow row = counts(channelLabel(ch), c.byChannel.value(ch), p.byChannel.value(ch));
        row.toolTip = isIndirect(ch) ? tr("Indirect (tidak langsung)") : tr("In person (langsung)");
        channels << row;
    }
    setFigureRows(m_channels, channels);

    QList<FigureRow> statuses;
    for (ComplaintStatus s : recapStatuses())
        statuses << counts(statusLabel(s), c.byStatus.value(s), p.byStatus.value(s));
    setFigureRows(m_statuses, statuses);

    QList<FigureRow> categories;
    for (const RecapLine &line : categoryLines(data.recap))
        categories << counts(line.key, line.current, line.previous);
    setFigureRows(m_categories, categories.isEmpty() ? QList<FigureRow>{none} : categories);

    QList<FigureRow> classes;
    for (const RecapClassLine &line : classLines(data.recap, data.classes)) {
        QString name = line.code.isEmpty() ? tr("(no class)") : line.code;
        if (line.officeClass) {
            name = tr("%1 (%2 working days)")
                       .arg(line.officeClass->name)
                       .arg(line.officeClass->deadlineWorkingDays);
        }
        classes << counts(name, line.current, line.previous);
    }
    setFigureRows(m_classes, classes);
}

} // namespace aduan::gui
