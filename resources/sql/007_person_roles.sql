-- Issue 17: on PostgreSQL each person is a database role (resources/sql/postgres/005). The
-- shared file keeps its own logins; it gets the same two columns so that a schema version means
-- the same tables on every store, and they stay empty here.
ALTER TABLE app_user ADD COLUMN db_role TEXT;
CREATE UNIQUE INDEX app_user_db_role ON app_user (db_role);
ALTER TABLE audit_entry ADD COLUMN db_role TEXT NOT NULL DEFAULT ''
