#pragma once

#include "calendar/officecalendar.h"

#include <QWidget>

class QDateEdit;
class QLineEdit;
class QTableWidget;

namespace aduan::gui {

class Session;

/// Administrator: the office calendar (hari/jam kerja, hari libur): working hours per weekday
/// with breaks ("07:30-12:00, 13:00-16:00"; empty = day off), holidays, time zone.
class CalendarPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarPage)

public:
    explicit CalendarPage(Session &session, QWidget *parent = nullptr);

    /// "07:30-12:00, 13:00-16:00"
    static QString periodsText(const QList<WorkPeriod> &periods);
    /// Parses periodsText()'s form. @throws std::invalid_argument naming the problem.
    static QList<WorkPeriod> parsePeriods(const QString &text);

public slots:
    void reload();

private:
    void save();
    void addHoliday();
    void removeHoliday();
    void showHolidays();

    Session &m_session;
    QLineEdit *m_zone = nullptr;
    QTableWidget *m_hours = nullptr;
    QTableWidget *m_holidayTable = nullptr;
    QDateEdit *m_first = nullptr;
    QDateEdit *m_last = nullptr;
    QLineEdit *m_holidayName = nullptr;
    QList<Holiday> m_holidays;
};

} // namespace aduan::gui
