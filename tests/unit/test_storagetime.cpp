// Stored instants (util/storagetime): one fixed-width UTC text, written and read by hand for
// speed, must agree with Qt's own formatting and parsing everywhere, and sort as time sorts.
#include "catch_qt.h"

#include "util/storagetime.h"

#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace aduan;

TEST_CASE("Stored instants match Qt's formatting and read back exactly", "[storagetime]")
{
    const QString format = u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s;
    QList<QDateTime> instants = {
        QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc()),
        QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc()),
        QDateTime(QDate(1945, 8, 17), QTime(10, 0), QTimeZone::utc()),
        QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), QTimeZone::utc()),
        QDateTime(QDate(2026, 3, 2), QTime(9, 4, 10), QTimeZone(7 * 3600)), // 02:04:10Z
        QDateTime(QDate(2026, 1, 1), QTime(0, 30), QTimeZone(7 * 3600)),   // the day before in UTC
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc()),
    };
    QRandomGenerator rng(2026);
    for (int i = 0; i < 20000; ++i) {
        const qint64 ms = qint64(rng.bounded(quint64(200LL * 365 * 24 * 3600 * 1000)))
                          - 70LL * 365 * 24 * 3600 * 1000; // 1900 .. 2100
        instants << QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    }
    QString previous;
    std::sort(instants.begin(), instants.end());
    for (const QDateTime &at : std::as_const(instants)) {
        const QString stored = toStorageTime(at);
        INFO(at.toString(Qt::ISODateWithMs).toStdString());
        REQUIRE(stored == at.toUTC().toString(format));
        REQUIRE(stored.size() == 24);
        REQUIRE(fromStorageTime(stored) == at);
        REQUIRE(previous <= stored); // text order is time order
        previous = stored;
    }
    CHECK(toStorageTime(QDateTime()).isEmpty());
    CHECK(toStorageTime(QDateTime(QDate(2026, 3, 2), QTime(9, 4, 10), QTimeZone(7 * 3600)))
          == u"2026-03-02T02:04:10.000Z"_s);
}
