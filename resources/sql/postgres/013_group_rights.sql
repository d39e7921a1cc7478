-- Issue 17, the group roles' rights in one place. Migration 7 granted the person groups their
-- rights inside aduan_make_group_roles(); migrations 8, 9 and 10 then granted more beside it
-- (closed_at, outgoing_message, complaint_seen and aduan_describe()), so that making the groups
-- later (an office role given CREATEROLE after migration 7 ran without it: README, "A server
-- database") or again after a restore gave only migration 7's. From this version every right
-- of every group lives in aduan_grant_group_rights(), which aduan_make_group_roles(), this
-- migration and a restore (PostgresDialect::restore()) call; a later migration that gives a
-- group a right replaces this function with one that gives it too (CREATE OR REPLACE), and
-- calls it. Granting twice changes nothing. The officer's group gets the inbox of SMS and
-- website messages (incoming_message: read, take in from the import, mark as registered or set
-- aside: the SMS masuk screen), which no person's role could read before, and the survey's
-- tables (SKM, migration 5), which no group had either; the administrator's
-- group may run aduan_enrol_person(), so that an administrator working on a role of their own
-- still gives, resets and disables the people's roles (the users screen).
-- Statements inside $$ bodies do not end a statement of this script (storage/database.cpp).

CREATE OR REPLACE FUNCTION aduan_grant_group_rights() RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    person text := aduan_group_role('person');
    seen text := aduan_group_role('confidential');
    admin text := aduan_group_role('admin');
    officer text := aduan_group_role('officer');
    visible text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = person) THEN
        RETURN false;
    END IF;
    -- Migration 7: every person reads the office's data but the identities, writes the steps'
    -- records (row-level security decides which), the administrator the settings and users.
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', person);
    EXECUTE format('GRANT SELECT ON meta, setting, sop_revision, sop_step, user_role, delegation, category, complaint_class, agency, agenda_sequence, evidence_item, attachment, requirement_outcome, step_record, pause, disposition, decision, referral, resolution_report, audit_entry, complaint_identity TO %I', person);
    EXECUTE format('GRANT SELECT (id, username, full_name, nip, active, can_see_confidential, created_at, row_version, db_role) ON app_user TO %I', person);
    -- Every column of complaint but the identities and the search words (closed_at of
    -- migration 8 included), read from the catalog.
    SELECT string_agg(quote_ident(c.column_name), ', ') INTO visible FROM information_schema.columns c
        WHERE c.table_schema = current_schema() AND c.table_name = 'complaint'
          AND c.column_name NOT IN ('complainant_name', 'complainant_nik', 'complainant_phone', 'complainant_address', 'search_words');
    EXECUTE format('GRANT SELECT (%s), INSERT (%s), UPDATE (%s) ON complaint TO %I', visible, visible, visible, person);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON complaint TO %I', seen);
    EXECUTE format('GRANT INSERT, UPDATE ON agenda_sequence, evidence_item, attachment, requirement_outcome, step_record, pause, disposition, decision, referral, resolution_report TO %I', person);
    EXECUTE format('GRANT DELETE ON evidence_item, requirement_outcome TO %I', person);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON setting, sop_revision, sop_step, user_role, delegation, category, complaint_class, agency TO %I', admin);
    EXECUTE format('GRANT INSERT, UPDATE ON app_user TO %I', admin);
    -- Migration 9: the delivery state of step 5's SMS, read with the Berita Acara; the officer
    -- queues the result.
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON outgoing_message TO %I', person);
    -- Migration 10: a person's own session reads complaints through complaint_seen and adds
    -- the program's described history entries through aduan_describe().
    EXECUTE format('GRANT SELECT ON complaint_seen TO %I', person);
    EXECUTE format('GRANT EXECUTE ON FUNCTION aduan_describe(text, text, bigint, jsonb, jsonb) TO %I', person);
    -- This migration: the officer's inbox of SMS and website messages; the administrator's
    -- making and resetting of the people's roles.
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON incoming_message TO %I', officer);
    EXECUTE format('GRANT EXECUTE ON FUNCTION aduan_enrol_person(bigint, text) TO %I', admin);
    -- The survey of migration 5 (SKM), which no group had: everyone reads the anonymous
    -- responses (the SKM report), the officer records them after step 5, the administrator
    -- keeps the questionnaire.
    EXECUTE format('GRANT SELECT ON skm_questionnaire, skm_invitation, skm_response, skm_answer TO %I', person);
    EXECUTE format('GRANT INSERT ON skm_invitation, skm_response, skm_answer TO %I', officer);
    EXECUTE format('GRANT INSERT, UPDATE ON skm_questionnaire TO %I', admin);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', person);
    RETURN true;
END
$$;

-- Migration 7's aduan_enrol_person(), now run with the rights of its owner (the office's login
-- role, which has CREATEROLE) for the administrator's own role too; every other person is
-- refused, whatever they call it with (psql included).
CREATE OR REPLACE FUNCTION aduan_enrol_person(p_user bigint, p_password text) RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    login text;
    code text;
    active_account boolean;
    right_to_see boolean;
    member boolean;
BEGIN
    IF aduan_session_is_person() AND NOT aduan_session_in_group('admin') THEN
        RAISE EXCEPTION 'only an administrator gives, resets or disables a person''s role' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT coalesce(db_role, current_database() || '_' || username), active = 1,
           can_see_confidential = 1
        INTO login, active_account, right_to_see FROM app_user WHERE id = p_user;
    IF login IS NULL THEN
        RAISE EXCEPTION 'no user %', p_user USING ERRCODE = 'no_data_found';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', login);
    END IF;
    IF p_password IS NOT NULL THEN
        SET LOCAL password_encryption = 'scram-sha-256';
        EXECUTE format('ALTER ROLE %I PASSWORD %L', login, p_password);
    END IF;
    EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN active_account THEN 'LOGIN' ELSE 'NOLOGIN' END);
    FOREACH code IN ARRAY ARRAY['person', 'confidential', 'officer', 'secretary', 'head', 'team', 'admin'] LOOP
        member := EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                          JOIN pg_roles u ON u.oid = m.member
                          WHERE g.rolname = aduan_group_role(code) AND u.rolname = login);
        IF code = 'person' OR (code = 'confidential' AND right_to_see)
           OR EXISTS (SELECT 1 FROM user_role WHERE user_id = p_user AND role = code) THEN
            IF NOT member THEN
                EXECUTE format('GRANT %I TO %I', aduan_group_role(code), login);
            END IF;
        ELSIF member THEN
            EXECUTE format('REVOKE %I FROM %I', aduan_group_role(code), login);
        END IF;
    END LOOP;
    UPDATE app_user SET db_role = login WHERE id = p_user AND db_role IS DISTINCT FROM login;
    RETURN login;
END
$$;

REVOKE EXECUTE ON FUNCTION aduan_enrol_person(bigint, text) FROM PUBLIC;

-- The group roles, then their rights from the one place above.
CREATE OR REPLACE FUNCTION aduan_make_group_roles() RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    code text;
    person text := aduan_group_role('person');
BEGIN
    IF NOT (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        RAISE NOTICE 'Aduan: % may not create roles; person roles are not available', current_user;
        RETURN false;
    END IF;
    FOREACH code IN ARRAY ARRAY['person', 'confidential', 'officer', 'secretary', 'head', 'team', 'admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = aduan_group_role(code)) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', aduan_group_role(code));
        END IF;
        IF code <> 'person' AND NOT EXISTS (
               SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
               JOIN pg_roles u ON u.oid = m.member
               WHERE g.rolname = person AND u.rolname = aduan_group_role(code)) THEN
            EXECUTE format('GRANT %I TO %I', person, aduan_group_role(code));
        END IF;
    END LOOP;
    RETURN aduan_grant_group_rights();
END
$$;

-- Migration 10's own grant function gives everything too, for whoever still calls it.
CREATE OR REPLACE FUNCTION aduan_person_session_grants() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    RETURN aduan_grant_group_rights();
END
$$;

SELECT aduan_grant_group_rights();
