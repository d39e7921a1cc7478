-- Issue 17, second part: the program itself works as the logged-in person's own role
-- (storage/postgres/personsession.cpp). What such a session needs that migration 7 left out:
--
-- 1. The complaint as the session may see it (complaint_seen): every column of complaint, the
--    complainant's name, NIK, phone and address NULL where the server hides them (a
--    confidential complaint, for a person without the confidential group: the rule of
--    complaint_identity), and the search words of such a complaint without the name (its
--    subject and description weighted as in migration 3; a search through the view reads
--    the rows, not the index). The
--    program's reads of a person's session read this view instead of the table
--    (SqlDialect::complaintRelation()), so that what a screen shows of an identity is what the
--    SERVER gave, not what the program chose to blank. A view runs with its owner's (the
--    office role's) rights on the table and checks aduan_may_see_identities() by the session's
--    login role (session_user); a security barrier, as complaint_identity. Its columns are
--    complaint's as of this version: a later migration adding a column to complaint makes it
--    again.
--
-- 2. The program's described history entries (AuditLog: "complaint.register", "step.complete",
--    with the words the program chose) from a person's session: a person may not write
--    audit_entry or meta, so the entry goes through aduan_describe(), which appends it to the one
--    chain with the server's time and the session's role (aduan_append_history(), as the
--    triggers' entries). Both kinds thus live in one chain, in the order they happened: the
--    triggers' entries ("sql.insert.complaint", ...) are written by the server whatever the
--    session does (a person cannot disable, drop or skip a trigger, nor change or delete an
--    entry), and the described entry that follows them says in the program's words what the
--    change meant. A person can add a described entry of their own (with psql too): it is
--    stamped with their role and the server's time, and cannot pose as the server's (an action
--    beginning "sql." is refused), so it adds words and never hides a fact.
--    Statements inside $$ bodies do not end a statement of this script (storage/database.cpp).

DO $$
DECLARE
    columns text;
BEGIN
    SELECT string_agg(CASE
               WHEN c.column_name IN ('complainant_name', 'complainant_nik', 'complainant_phone',
                                      'complainant_address')
               THEN format('CASE WHEN k.confidentiality = %L OR aduan_may_see_identities() THEN k.%I END AS %I',
                           'biasa', c.column_name, c.column_name)
               WHEN c.column_name = 'search_words'
               THEN format('CASE WHEN k.confidentiality = %L OR aduan_may_see_identities() THEN k.search_words ELSE setweight(aduan_words(k.subject), %L) || setweight(aduan_words(k.description), %L) END AS search_words',
                           'biasa', 'C', 'D')
               ELSE format('k.%I', c.column_name) END, ', ' ORDER BY c.ordinal_position)
        INTO columns
        FROM information_schema.columns c
        WHERE c.table_schema = current_schema() AND c.table_name = 'complaint';
    EXECUTE format('CREATE VIEW complaint_seen WITH (security_barrier) AS SELECT %s FROM complaint k', columns);
END
$$;

CREATE FUNCTION aduan_describe(p_action text, p_entity text, p_entity_id bigint, p_old jsonb, p_new jsonb) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT aduan_session_is_person() THEN
        RAISE EXCEPTION 'aduan_describe() is for a person''s own session; the office''s login role writes its entries itself' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_action LIKE 'sql.%' THEN
        RAISE EXCEPTION 'a described history entry cannot take the server''s action %', p_action USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN aduan_append_history(p_action, p_entity, p_entity_id, p_old, p_new);
END
$$;

REVOKE EXECUTE ON FUNCTION aduan_describe(text, text, bigint, jsonb, jsonb) FROM PUBLIC;

-- The person group's rights on both (again by aduan_person_session_grants() after a restore,
-- as aduan_make_group_roles()).
CREATE FUNCTION aduan_person_session_grants() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = aduan_group_role('person')) THEN
        RETURN false;
    END IF;
    EXECUTE format('GRANT SELECT ON complaint_seen TO %I', aduan_group_role('person'));
    EXECUTE format('GRANT EXECUTE ON FUNCTION aduan_describe(text, text, bigint, jsonb, jsonb) TO %I', aduan_group_role('person'));
    RETURN true;
END
$$;

SELECT aduan_person_session_grants();
