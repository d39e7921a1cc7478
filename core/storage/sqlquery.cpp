#include "storage/sqlquery.h"

#include "storage/database.h"
#include "storage/sqldialect.h"
#include "util/storagetime.h"

#include <QSqlError>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

/// ADUAN_SLOW_SQL_MS, read once; -1 when unset (nothing is timed).
qint64 slowStatementMs()
{
    static const qint64 threshold = [] {
        bool ok = false;
        const int ms = qEnvironmentVariableIntValue("ADUAN_SLOW_SQL_MS", &ok);
        return ok ? qint64(ms) : qint64(-1);
    }();
    return threshold;
}

/// The connection of `db`, connected again first when it was lost outside a transaction
/// (Database::reconnectIfLost()).
QSqlDatabase liveConnection(const Database &db)
{
    db.reconnectIfLost();
    return db.connection();
}

} // namespace

SqlQuery::SqlQuery(const Database &db, const QString &sql)
    : m_db(db)
    , m_query(liveConnection(db))
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = db.dialect().canPrepare(sql);
    if (m_prepared && db.dialect().keepsStatements()) {
        if (QSqlQuery *kept = db.takeStatement(sql)) {
            m_q = kept;
            return;
        }
    }
    if (m_prepared && !m_query.prepare(sql))
        m_db.raise(m_query.lastError(), sql);
}

SqlQuery::~SqlQuery()
{
    m_q->finish();
    if (m_q != &m_query)
        m_db.giveBackStatement(m_sql);
    logIfSlow();
}

void SqlQuery::logIfSlow()
{
    if (!m_timer.isValid())
        return;
    const qint64 ms = m_timer.elapsed();
    m_timer.invalidate();
    if (ms >= slowStatementMs())
        qWarning("aduan: slow SQL statement, %lld ms: %s", ms, qPrintable(m_sql.simplified()));
}

QVariant storageValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDateTime:
        return value.isNull() ? SqlQuery::null() : QVariant(toStorageTime(value.toDateTime()));
    case QMetaType::QDate:
        return value.isNull() ? SqlQuery::null() : QVariant(toStorageDate(value.toDate()));
    default:
        return value;
    }
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        m_q->bindValue(placeholder, QString(u""_s));
    else if (value.typeId() == QMetaType::Bool)
        // Flags are integer columns 0/1 on every store; a server's driver would send TRUE.
        m_q->bindValue(placeholder, value.isNull() ? QVariant(QMetaType(QMetaType::Int))
                                                      : QVariant(value.toBool() ? 1 : 0));
    else
        m_q->bindValue(placeholder, value);
    return *this;
}

SqlQuery &SqlQuery::bind(const QList<std::pair<QString, QVariant>> &values)
{
    for (const auto &[placeholder, value] : values)
        bind(placeholder, value);
    return *this;
}

QVariant SqlQuery::null()
{
    return QVariant(QMetaType(QMetaType::QString));
}

SqlQuery &SqlQuery::exec()
{
    m_columns.clear();
    if (slowStatementMs() >= 0)
        m_timer.start();
    // A read that found the database locked waits without freezing (Database::setLockWait())
    // and runs again.
    while (!(m_prepared ? m_q->exec() : m_q->exec(m_sql))) {
        if (!m_db.waitToRunAgain(m_q->lastError()))
            m_db.raise(m_q->lastError(), m_sql);
    }
    m_db.statementRan();
    return *this;
}

bool SqlQuery::next()
{
    if (m_q->next())
        return true;
    if (m_q->lastError().isValid())
        m_db.raise(m_q->lastError(), m_sql);
    m_q->finish();
    logIfSlow();
    return false;
}

QStringList SqlQuery::columnNames() const
{
    QStringList names;
    const QSqlRecord record = m_q->record();
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

QVariant SqlQuery::value(const QString &column) const
{
    if (m_columns.isEmpty()) {
        // QSqlQuery::record() copies the whole row each time: read the names once.
        const QSqlRecord record = m_q->record();
        for (int i = 0; i < record.count(); ++i)
            m_columns.insert(record.fieldName(i), i);
    }
    const int index = m_columns.value(column, -1);
    if (index < 0)
        throw Error(Error::Code::Storage, u"Unknown column %1"_s.arg(column), m_sql);
    return storageValue(m_q->value(index));
}

qint64 SqlQuery::execReturningId()
{
    bool ok = false;
    const qint64 id = scalar().toLongLong(&ok);
    if (!ok)
        throw Error(Error::Code::Storage, u"The insert returned no id"_s, m_sql);
    return id;
}

int SqlQuery::rowsAffected() const
{
    return m_q->numRowsAffected();
}

QVariant SqlQuery::scalar()
{
    exec();
    QVariant result;
    if (next())
        result = storageValue(m_q->value(0));
    m_q->finish();
    return result;
}

} // namespace aduan
