#include "storage/sqldialect.h"

#include "storage/postgres/postgresdialect.h"
#include "storage/postgres/postgreslocation.h"
#include "storage/sqlite/sqlitedialect.h"

namespace aduan {

std::unique_ptr<SqlDialect> makeDialect(const QString &location)
{
    if (PostgresLocation::names(location))
        return std::make_unique<PostgresDialect>();
    return std::make_unique<SqliteDialect>();
}

} // namespace aduan
