#include "storage/sqldialect.h"

#include "storage/sqlite/sqlitedialect.h"

namespace aduan {

std::unique_ptr<SqlDialect> makeDialect(const QString &location)
{
    Q_UNUSED(location)
    return std::make_unique<SqliteDialect>();
}

} // namespace aduan
