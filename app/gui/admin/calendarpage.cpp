#include "admin/calendarpage.h"

#include "session/session.h"
#include "storage/settingsstore.h"
#include "support/feedback.h"
#include "support/icons.h"
#include "support/officetime.h"
#include "util/error.h"
#include "support/writeguard.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace aduan::gui {

namespace {
QString minuteText(int minute)
{
    return u"%1:%2"_s.arg(minute / 60, 2, 10, QChar(u'0')).arg(minute % 60, 2, 10, QChar(u'0'));
}

const Qt::DayOfWeek kDays[] = {Qt::Monday, Qt::Tuesday,  Qt::Wednesday, Qt::Thursday,
                               Qt::Friday, Qt::Saturday, Qt::Sunday};
} // namespace

QString CalendarPage::periodsText(const QList<WorkPeriod> &periods)
{
    QStringList parts;
    for (const WorkPeriod &p : periods)
        parts << minuteText(p.startMinute) + u'-' + minuteText(p.endMinute);
    return parts.join(u", "_s);
}

QList<WorkPeriod> CalendarPage::parsePeriods(const QString &text)
{
    QList<WorkPeriod> periods;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList ends = part.split(QRegularExpression(u"[-–—]"_s));
        if (ends.size() != 2) {
            throw std::invalid_argument(
                QCoreApplication::translate("aduan::gui::CalendarPage",
                                            "\"%1\" is not a period like 07:30-16:00.")
                    .arg(part.trimmed())
                    .toStdString());
        }
        periods << WorkPeriod::fromText(ends.at(0), ends.at(1));
    }
    return periods;
}

CalendarPage::CalendarPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QHBoxLayout(this);

    auto *hoursBox = new QGroupBox(tr("Working hours"));
    auto *hoursLayout = new QVBoxLayout(hoursBox);
    auto *zoneForm = new QFormLayout;
    m_zone = new QLineEdit;
    m_zone->setToolTip(tr("IANA time zone, e.g. Asia/Jakarta (WIB), Asia/Makassar (WITA)"));
    zoneForm->addRow(tr("&Time zone:"), m_zone);
    hoursLayout->addLayout(zoneForm);
    auto *hint = new QLabel(tr("Periods per day, e.g. 07:30-12:00, 13:00-16:00 (the gap is the "
                               "break). Empty = day off."));
    hint->setWordWrap(true);
    hoursLayout->addWidget(hint);
    m_hours = new QTableWidget(7, 1);
    m_hours->setHorizontalHeaderLabels({tr("Working periods")});
    QStringList dayNames;
    for (Qt::DayOfWeek day : kDays)
        dayNames << officetime::locale().standaloneDayName(day);
    m_hours->setVerticalHeaderLabels(dayNames);
    m_hours->horizontalHeader()->setStretchLastSection(true);
    hoursLayout->addWidget(m_hours);
    layout->addWidget(hoursBox, 1);

    auto *holidaysBox = new QGroupBox(tr("Holidays"));
    auto *holidaysLayout = new QVBoxLayout(holidaysBox);
    m_holidayTable = new QTableWidget(0, 3);
    m_holidayTable->setHorizontalHeaderLabels({tr("From"), tr("Until"), tr("Name")});
    m_holidayTable->verticalHeader()->hide();
    m_holidayTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_holidayTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_holidayTable->horizontalHeader()->setStretchLastSection(true);
    holidaysLayout->addWidget(m_holidayTable, 1);
    auto *addForm = new QFormLayout;
    auto makeDate = [] {
        auto *edit = new QDateEdit;
        edit->setCalendarPopup(true);
        edit->setLocale(officetime::locale());
        edit->setDisplayFormat(u"dddd, d MMMM yyyy"_s);
        return edit;
    };
    m_first = makeDate();
    m_last = makeDate();
    m_holidayName = new QLineEdit;
    addForm->addRow(tr("F&rom:"), m_first);
    addForm->addRow(tr("U&ntil:"), m_last);
    addForm->addRow(tr("Na&me:"), m_holidayName);
    holidaysLayout->addLayout(addForm);
    auto *holidayButtons = new QHBoxLayout;
    auto *add = new QPushButton(icons::add(), tr("&Add holiday"));
    auto *remove = new QPushButton(tr("Re&move selected"));
    holidayButtons->addWidget(remove);
    holidayButtons->addStretch();
    holidayButtons->addWidget(add);
    holidaysLayout->addLayout(holidayButtons);
    layout->addWidget(holidaysBox, 1);

    auto *side = new QVBoxLayout;
    auto *save = new QPushButton(icons::save(), tr("&Save calendar"));
    auto *revert = new QPushButton(tr("Re&vert"));
    for (QWidget *w : {static_cast<QWidget *>(add), static_cast<QWidget *>(remove),
                       static_cast<QWidget *>(save)})
        writeguard::mark(w, m_session);
    side->addWidget(save);
    side->addWidget(revert);
    side->addStretch();
    layout->addLayout(side);

    const QDate today = m_session.officeToday();
    m_first->setDate(today);
    m_last->setDate(today);
    connect(m_first, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_last->date() < date)
            m_last->setDate(date);
    });
    connect(add, &QPushButton::clicked, this, &CalendarPage::addHoliday);
    connect(remove, &QPushButton::clicked, this, &CalendarPage::removeHoliday);
    connect(save, &QPushButton::clicked, this, &CalendarPage::save);
    connect(revert, &QPushButton::clicked, this, &CalendarPage::reload);
    reload();
}

void CalendarPage::reload()
{
    feedback::guarded(this, tr("Calendar"), [this] {
        const OfficeCalendar calendar = SettingsStore(m_session.database()).calendar();
        m_zone->setText(QString::fromUtf8(calendar.timeZone().id()));
        for (int i = 0; i < 7; ++i)
            m_hours->setItem(i, 0, new QTableWidgetItem(periodsText(calendar.hours(kDays[i]))));
        m_holidays = calendar.holidays();
        showHolidays();
    });
}

void CalendarPage::showHolidays()
{
    std::sort(m_holidays.begin(), m_holidays.end(),
              [](const Holiday &a, const Holiday &b) { return a.first < b.first; });
    m_holidayTable->setRowCount(int(m_holidays.size()));
    for (int r = 0; r < m_holidays.size(); ++r) {
        const Holiday &h = m_holidays.at(r);
        m_holidayTable->setItem(r, 0, new QTableWidgetItem(officetime::longDate(h.first)));
        m_holidayTable->setItem(r, 1, new QTableWidgetItem(officetime::longDate(h.last)));
        m_holidayTable->setItem(r, 2, new QTableWidgetItem(h.name));
    }
    m_holidayTable->resizeColumnsToContents();
}

void CalendarPage::addHoliday()
{
    if (m_holidayName->text().trimmed().isEmpty()) {
        feedback::showProblem(this, tr("Add holiday"), tr("Enter the holiday's name."));
        return;
    }
    m_holidays << Holiday{m_first->date(), std::max(m_first->date(), m_last->date()),
                          m_holidayName->text().trimmed()};
    m_holidayName->clear();
    showHolidays();
}

void CalendarPage::removeHoliday()
{
    const int row = m_holidayTable->currentRow();
    if (row < 0 || row >= m_holidays.size())
        return;
    m_holidays.removeAt(row);
    showHolidays();
}

void CalendarPage::save()
{
    const QString title = tr("Save calendar");
    OfficeCalendar calendar;
    try {
        const QTimeZone zone(m_zone->text().trimmed().toUtf8());
        if (!zone.isValid()) {
            feedback::showProblem(this, title,
                                  tr("\"%1\" is not a known time zone (e.g. Asia/Jakarta).")
                                      .arg(m_zone->text()));
            return;
        }
        calendar.setTimeZone(zone);
        for (int i = 0; i < 7; ++i) {
            const QTableWidgetItem *item = m_hours->item(i, 0);
            try {
                calendar.setHours(kDays[i], parsePeriods(item ? item->text() : QString()));
            } catch (const std::invalid_argument &e) {
                feedback::showProblem(this, title,
                                      tr("%1: %2").arg(officetime::locale().standaloneDayName(
                                                           kDays[i]),
                                                       QString::fromStdString(e.what())));
                return;
            }
        }
        calendar.setHolidays(m_holidays);
    } catch (const std::exception &e) {
        feedback::showProblem(this, title, QString::fromStdString(e.what()));
        return;
    }
    if (feedback::guarded(this, title, [&] {
            m_session.administration().setCalendar(m_session.userId(), calendar);
        })) {
        m_session.notifyChanged();
        feedback::inform(this, title, tr("The calendar is saved. Step clocks use it from now on."));
    }
}

} // namespace aduan::gui
