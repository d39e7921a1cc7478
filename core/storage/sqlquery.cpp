#include "storage/sqlquery.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace aduan {

SqlQuery::SqlQuery(const Database &db, const QString &sql)
    : m_db(db)
    , m_query(db.connection())
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        m_db.raise(m_query.lastError(), sql);
}

SqlQuery::~SqlQuery()
{
    m_query.finish();
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QString(u""_s));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

QVariant SqlQuery::null()
{
    return QVariant(QMetaType(QMetaType::QString));
}

SqlQuery &SqlQuery::exec()
{
    m_columns.clear();
    if (!m_query.exec())
        m_db.raise(m_query.lastError(), m_sql);
    return *this;
}

bool SqlQuery::next()
{
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid())
        m_db.raise(m_query.lastError(), m_sql);
    m_query.finish();
    return false;
}

QVariant SqlQuery::value(const QString &column) const
{
    if (m_columns.isEmpty()) {
        // QSqlQuery::record() copies the whole row each time: read the names once.
        const QSqlRecord record = m_query.record();
        for (int i = 0; i < record.count(); ++i)
            m_columns.insert(record.fieldName(i), i);
    }
    const int index = m_columns.value(column, -1);
    if (index < 0)
        throw Error(Error::Code::Storage, u"Unknown column %1"_s.arg(column), m_sql);
    return m_query.value(index);
}

qint64 SqlQuery::lastInsertId() const
{
    return m_query.lastInsertId().toLongLong();
}

int SqlQuery::rowsAffected() const
{
    return m_query.numRowsAffected();
}

QVariant SqlQuery::scalar()
{
    exec();
    QVariant result;
    if (next())
        result = m_query.value(0);
    m_query.finish();
    return result;
}

} // namespace aduan
