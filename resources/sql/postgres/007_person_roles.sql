-- Issue 17, PostgreSQL dialect: the database itself decides who sees what and records who did
-- what. Each person may log in with a PostgreSQL role of their own (app_user.db_role, made by
-- storage/postgres/personroles.cpp); the office roles and the right to see confidential
-- identities are group roles (NOLOGIN) named <prefix><code>, the prefix being the name of the
-- database this schema was made in followed by "_" (aduan_group_role()): roles are cluster-wide,
-- so that two offices (or two test databases) on one server never share a group by accident.
-- The office's login role (the owner of these tables, which the program used before) is not a
-- person: it keeps every right and writes its own, described history entries (AuditLog).
-- Making the group roles needs CREATEROLE; without it they are left out and person roles cannot
-- be made until an administrator with it opens the database (aduan_make_group_roles()).
-- Statements inside $$ bodies do not end a statement of this script (storage/database.cpp).

ALTER TABLE app_user ADD COLUMN db_role text COLLATE "C" UNIQUE;

ALTER TABLE audit_entry ADD COLUMN db_role text COLLATE "C" NOT NULL DEFAULT '';

-- The group role of an office role code ("officer", ...), of "person" (every person) or of
-- "confidential" (the right to see confidential identities). The prefix is written into the
-- function when the schema is made (not into a table: an empty database stays empty of rows,
-- as aduan-cli migrate needs) and travels with a dump, as the grants to the groups do.
DO $$
BEGIN
    EXECUTE format('CREATE FUNCTION aduan_group_role(p_code text) RETURNS text LANGUAGE sql IMMUTABLE AS %L',
                   format('SELECT %L || p_code', current_database() || '_'));
END
$$;

-- Whether the session's login role belongs to the group role of `code` directly (a superuser
-- is not counted as a member of everything, as pg_has_role() would count it).
CREATE FUNCTION aduan_session_in_group(p_code text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                   JOIN pg_roles u ON u.oid = m.member
                   WHERE g.rolname = aduan_group_role(p_code) AND u.rolname = session_user)
$$;

-- The person (app_user.id) the session logged in as; NULL for the office's own login role.
CREATE FUNCTION aduan_session_user_id() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT id FROM app_user WHERE db_role = session_user
$$;

-- Whether the session is a person's (not the office's own login role, not a superuser's).
CREATE FUNCTION aduan_session_is_person() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT aduan_session_user_id() IS NOT NULL OR aduan_session_in_group('person')
$$;

-- Whether the session may read confidential complainants' identities.
CREATE FUNCTION aduan_may_see_identities() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT NOT aduan_session_is_person() OR aduan_session_in_group('confidential')
$$;

-- The office's date by the server's clock (WIB, Asia/Jakarta: OfficeCalendar's zone).
CREATE FUNCTION aduan_office_date() RETURNS date LANGUAGE sql STABLE AS $$
    SELECT (clock_timestamp() AT TIME ZONE 'Asia/Jakarta')::date
$$;

-- Whether the session may act for `actor_role` (an SOP step's actor): it holds the role's
-- group, or a delegation of that role valid on the server's office date and not revoked (a
-- Plh. of the head: SOP "Pelaksana"; delegation table).
CREATE FUNCTION aduan_may_act_as(p_role text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT NOT aduan_session_is_person() OR aduan_session_in_group(p_role)
           OR EXISTS (SELECT 1 FROM delegation d
                      WHERE d.delegate_user_id = aduan_session_user_id() AND d.role = p_role
                        AND d.revoked_at IS NULL
                        AND aduan_office_date() BETWEEN d.first_day AND d.last_day)
$$;

-- Whether the session may do step `step` of complaint `complaint`: the actor of that step in
-- the complaint's own SOP revision (sop_step.actor_role), the source of the rule.
CREATE FUNCTION aduan_may_do_step(p_complaint bigint, p_step integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce((SELECT aduan_may_act_as(s.actor_role) FROM complaint c
                     JOIN sop_step s ON s.revision_id = c.sop_revision_id AND s.step_no = p_step
                     WHERE c.id = p_complaint), false)
$$;

-- The same for the step of the SOP revision whose action is `action` ("dispose", "decide",
-- "convey"): the step an output belongs to.
CREATE FUNCTION aduan_may_do_action(p_complaint bigint, p_action text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce((SELECT aduan_may_act_as(s.actor_role) FROM complaint c
                     JOIN sop_step s ON s.revision_id = c.sop_revision_id AND s.action = p_action
                     WHERE c.id = p_complaint), false)
$$;

-- `o` as QJsonDocument::Compact writes a QJsonObject (keys in byte order, no spaces), every
-- value as a JSON string or null; '' for no object. AuditLog::verify() parses and writes it
-- again, and must get the same text for the hash.
CREATE FUNCTION aduan_compact(o jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce('{' || string_agg(to_json(key::text)::text || ':'
                                      || CASE WHEN jsonb_typeof(value) = 'null' THEN 'null'
                                              ELSE to_json(value #>> '{}')::text END,
                                      ',' ORDER BY key COLLATE "C") || '}', '')
    FROM jsonb_each(o)
$$;

-- Appends one entry to the history chain, as AuditLog::append() does and hashed as
-- AuditLog::computeHash() hashes it (with db_role): the time is the server's (never earlier
-- than the newest entry's), the person is the session's login role. Takes the write lock of
-- every Aduan writer (PostgresDialect::kWriteLockKey) so that the chain never forks.
CREATE FUNCTION aduan_append_history(p_action text, p_entity text, p_entity_id bigint, p_old jsonb, p_new jsonb) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    stamp timestamptz;
    newest timestamptz;
    prev text;
    length bigint;
    person bigint := aduan_session_user_id();
    who text := session_user;
    old_text text := aduan_compact(p_old);
    new_text text := aduan_compact(p_new);
    canonical text;
    digest text;
    entry bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(280319312206);
    SELECT at INTO newest FROM audit_entry ORDER BY id DESC LIMIT 1;
    stamp := date_trunc('milliseconds', clock_timestamp());
    IF newest IS NOT NULL AND newest > stamp THEN
        stamp := newest;
    END IF;
    SELECT value INTO prev FROM meta WHERE key = 'audit_head';
    IF prev IS NULL THEN
        SELECT hash INTO prev FROM audit_entry ORDER BY id DESC LIMIT 1;
    END IF;
    prev := coalesce(prev, repeat('0', 64));
    canonical := '[' || to_json(prev)::text || ','
        || to_json(to_char(stamp AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text
        || ',' || coalesce(person, 0)::text || ',' || to_json(p_action)::text || ','
        || to_json(p_entity)::text || ',' || coalesce(p_entity_id, 0)::text || ','
        || to_json(old_text)::text || ',' || to_json(new_text)::text || ','
        || to_json(who)::text || ']';
    digest := encode(sha256(convert_to(canonical, 'UTF8')), 'hex');
    INSERT INTO audit_entry (at, user_id, action, entity, entity_id, old_value, new_value,
                             prev_hash, hash, seal, db_role)
    VALUES (stamp, person, p_action, p_entity, p_entity_id, old_text, new_text, prev, digest,
            '', who)
    RETURNING id INTO entry;
    SELECT value::bigint INTO length FROM meta WHERE key = 'audit_length';
    IF length IS NULL THEN
        SELECT count(*) - 1 INTO length FROM audit_entry;
    END IF;
    INSERT INTO meta (key, value) VALUES ('audit_length', (length + 1)::text),
        ('audit_head_id', entry::text), ('audit_head', digest),
        ('audit_head_at', to_char(stamp AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
        ON CONFLICT (key) DO UPDATE SET value = excluded.value;
    RETURN entry;
END
$$;

-- The history entry of a person's change to one row, written by the server (AFTER ... FOR EACH
-- ROW). TG_ARGV: the history's entity ("complaint", "user", ...) and the column holding its id
-- ('' for none). Action "sql.<insert|update|delete>.<table>"; old and new values are the
-- columns that changed (all of them for an insert or delete), as text. Never recorded: the
-- search words, attachment contents and password hashes; a confidential complaint's identity
-- is recorded only as "***" (changed), so that the history never shows it to anyone.
-- The office's login role writes described entries itself (AuditLog) and is left out here.
CREATE FUNCTION aduan_history_trigger() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    old_row jsonb;
    new_row jsonb;
    any_row jsonb;
    left_out text[] := ARRAY['search_words', 'content', 'password_hash'];
    masked text[] := ARRAY[]::text[];
    before jsonb := '{}';
    after jsonb := '{}';
    column_name text;
    old_value text;
    new_value text;
    entity_id bigint := 0;
BEGIN
    -- The office's login role, the owner of this function (SECURITY DEFINER: current_user), at
    -- once and without a query: the program's own writes, a million of them in a bulk load.
    IF session_user = current_user OR NOT aduan_session_is_person() THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        old_row := to_jsonb(OLD);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        new_row := to_jsonb(NEW);
    END IF;
    any_row := coalesce(new_row, old_row);
    IF TG_ARGV[1] <> '' THEN
        entity_id := (any_row ->> TG_ARGV[1])::bigint;
    END IF;
    IF TG_TABLE_NAME = 'complaint'
       AND (coalesce(old_row ->> 'confidentiality', 'biasa') <> 'biasa'
            OR coalesce(new_row ->> 'confidentiality', 'biasa') <> 'biasa') THEN
        masked := ARRAY['complainant_name', 'complainant_nik', 'complainant_phone',
                        'complainant_address'];
    END IF;
    FOR column_name IN SELECT jsonb_object_keys(any_row) LOOP
        CONTINUE WHEN column_name = ANY (left_out);
        old_value := old_row ->> column_name;
        new_value := new_row ->> column_name;
        CONTINUE WHEN TG_OP = 'UPDATE' AND old_value IS NOT DISTINCT FROM new_value;
        IF column_name = ANY (masked) THEN
            old_value := CASE WHEN old_value IS NULL THEN NULL ELSE '***' END;
            new_value := CASE WHEN new_value IS NULL THEN NULL ELSE '***' END;
        END IF;
        IF old_row IS NOT NULL THEN
            before := before || jsonb_build_object(column_name, old_value);
        END IF;
        IF new_row IS NOT NULL THEN
            after := after || jsonb_build_object(column_name, new_value);
        END IF;
    END LOOP;
    IF TG_OP = 'UPDATE' AND after = '{}' THEN
        RETURN NULL;
    END IF;
    PERFORM aduan_append_history('sql.' || lower(TG_OP) || '.' || TG_TABLE_NAME, TG_ARGV[0],
                                 entity_id, before, after);
    RETURN NULL;
END
$$;

REVOKE EXECUTE ON FUNCTION aduan_append_history(text, text, bigint, jsonb, jsonb), aduan_history_trigger() FROM PUBLIC;

CREATE TRIGGER complaint_history AFTER INSERT OR UPDATE OR DELETE ON complaint FOR EACH ROW EXECUTE FUNCTION aduan_history_trigger('complaint', 'id');
CREATE TRIGGER step_record_history AFTER INSERT OR UPDATE OR DELETE ON step_record FOR EACH ROW EXECUTE FUNCTION aduan_history_trigger('complaint', 'complaint_id');
CREATE TRIGGER requirement_outcome_history AFTER INSERT OR UPDATE OR DELETE ON requirement_outcome FOR EACH ROW EXECUTE FUNCTION aduan_history_trigger('complaint', 'complaint_id');
CREATE TRIGGER evidence_item_history AFTER INSERT OR UPDATE OR DELETE ON evidence_item FOR EACH ROW EXECUTE FUNCTION aduan_history_trigger('complaint', 'complaint_id');
CREATE TRIGGER attachment_history AFTER INSERT OR UPDATE OR DELETE ON attachment FOR EACH ROW EXECUTE FUNCTION aduan_history_trigger('complaint', 'complaint_id');
CREATE TRIGGER pause_history AFTER INSERT OR UPDATE OR DELETE ON pause FOR EACH ROW EXECUTE FUNCTION aduan_history_trigger('complaint', 'complaint_id');
CREATE TRIGGER disposition_history AFTER INSERT OR UPDATE OR DELETE ON disposition FOR EACH ROW EXECUTE FUNCTION aduan_history_trigger('complaint', 'complaint_id');
CREATE TRIGGER decision_history AFTER INSERT OR UPDATE OR DELETE ON decision FOR EACH ROW EXECUTE FUNCTION aduan_history_trigger('complaint', 'complaint_id');
CREATE TRIGGER referral_history AFTER INSERT OR UPDATE OR DELETE ON referral FOR EACH ROW EXECUTE FUNCTION aduan_history_trigger('complaint', 'complaint_id');
CREATE TRIGGER resolution_report_history AFTER INSERT OR UPDATE OR DELETE ON resolution_report FOR EACH ROW EXECUTE FUNCTION aduan_history_trigger('complaint', 'complaint_id');
CREATE TRIGGER app_user_history AFTER INSERT OR UPDATE OR DELETE ON app_user FOR EACH ROW EXECUTE FUNCTION aduan_history_trigger('user', 'id');
CREATE TRIGGER user_role_history AFTER INSERT OR UPDATE OR DELETE ON user_role FOR EACH ROW EXECUTE FUNCTION aduan_history_trigger('user', 'user_id');
CREATE TRIGGER delegation_history AFTER INSERT OR UPDATE OR DELETE ON delegation FOR EACH ROW EXECUTE FUNCTION aduan_history_trigger('delegation', 'id');
CREATE TRIGGER setting_history AFTER INSERT OR UPDATE OR DELETE ON setting FOR EACH ROW EXECUTE FUNCTION aduan_history_trigger('setting', '');
CREATE TRIGGER complaint_class_history AFTER INSERT OR UPDATE OR DELETE ON complaint_class FOR EACH ROW EXECUTE FUNCTION aduan_history_trigger('setting', '');
CREATE TRIGGER category_history AFTER INSERT OR UPDATE OR DELETE ON category FOR EACH ROW EXECUTE FUNCTION aduan_history_trigger('category', 'id');
CREATE TRIGGER agency_history AFTER INSERT OR UPDATE OR DELETE ON agency FOR EACH ROW EXECUTE FUNCTION aduan_history_trigger('agency', 'id');
CREATE TRIGGER sop_revision_history AFTER INSERT OR UPDATE OR DELETE ON sop_revision FOR EACH ROW EXECUTE FUNCTION aduan_history_trigger('sop_revision', 'id');
CREATE TRIGGER sop_step_history AFTER INSERT OR UPDATE OR DELETE ON sop_step FOR EACH ROW EXECUTE FUNCTION aduan_history_trigger('sop_revision', 'revision_id');

-- The identities a session may read: every public complaint's, and the confidential ones'
-- only for the confidential group (and the office's own login role). A security barrier, so
-- that a person's own function in a WHERE clause cannot see the rows filtered out
-- (https://www.postgresql.org/docs/15/rules-privileges.html).
CREATE VIEW complaint_identity WITH (security_barrier) AS
    SELECT id, complainant_name, complainant_nik, complainant_phone, complainant_address
    FROM complaint WHERE confidentiality = 'biasa' OR aduan_may_see_identities();

-- Steps by the right role only, whoever connects: an output of a step needs its actor (or a
-- delegation valid on the server's date); a step is completed only by its actor. Row-level
-- security does not bind the tables' owner (the office's login role).
ALTER TABLE disposition ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON disposition FOR SELECT USING (true);
CREATE POLICY by_actor_insert ON disposition FOR INSERT WITH CHECK (aduan_may_do_action(complaint_id, 'dispose'));
CREATE POLICY by_actor_update ON disposition FOR UPDATE USING (aduan_may_do_action(complaint_id, 'dispose'));
ALTER TABLE decision ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON decision FOR SELECT USING (true);
CREATE POLICY by_actor_insert ON decision FOR INSERT WITH CHECK (aduan_may_do_action(complaint_id, 'decide'));
CREATE POLICY by_actor_update ON decision FOR UPDATE USING (aduan_may_do_action(complaint_id, 'decide'));
ALTER TABLE referral ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON referral FOR SELECT USING (true);
CREATE POLICY by_actor_insert ON referral FOR INSERT WITH CHECK (aduan_may_do_action(complaint_id, 'decide'));
CREATE POLICY by_actor_update ON referral FOR UPDATE USING (aduan_may_do_action(complaint_id, 'decide'));
ALTER TABLE resolution_report ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON resolution_report FOR SELECT USING (true);
CREATE POLICY by_actor_insert ON resolution_report FOR INSERT WITH CHECK (aduan_may_do_action(complaint_id, 'convey'));
CREATE POLICY by_actor_update ON resolution_report FOR UPDATE USING (aduan_may_do_action(complaint_id, 'convey'));
ALTER TABLE step_record ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON step_record FOR SELECT USING (true);
CREATE POLICY open_next ON step_record FOR INSERT WITH CHECK (completed_at IS NULL);
CREATE POLICY by_actor_update ON step_record FOR UPDATE USING (true) WITH CHECK (completed_at IS NULL OR aduan_may_do_step(complaint_id, step_no));
-- A confidential complaint's attachments (a scanned identity card) only for the confidential group.
ALTER TABLE attachment ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_public ON attachment FOR SELECT USING (aduan_may_see_identities() OR EXISTS (SELECT 1 FROM complaint c WHERE c.id = complaint_id AND c.confidentiality = 'biasa'));
CREATE POLICY add_any ON attachment FOR INSERT WITH CHECK (true);

-- Every stored instant by the server's clock: a person's session may not store a time later
-- than the server's now (by more than AuditLog::kClockToleranceSeconds, five minutes) in the
-- instants that record what happened (TG_ARGV: their columns; deadlines and the moment a step
-- becomes actionable lie ahead by design and are not among them). A PC whose clock runs ahead
-- thus stores nothing: SQLSTATE 23514 (check_violation), the statement undone.
CREATE FUNCTION aduan_no_future_instants() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    row_values jsonb := to_jsonb(NEW);
    column_name text;
    stamp timestamptz;
BEGIN
    IF session_user = current_user OR NOT aduan_session_is_person() THEN
        RETURN NEW;
    END IF;
    FOREACH column_name IN ARRAY TG_ARGV LOOP
        stamp := (row_values ->> column_name)::timestamptz;
        IF stamp > clock_timestamp() + interval '5 minutes' THEN
            RAISE EXCEPTION 'the time % of %.% is later than the database server''s clock (%): a PC''s clock is ahead; nothing was saved', stamp, TG_TABLE_NAME, column_name, clock_timestamp() USING ERRCODE = 'check_violation';
        END IF;
    END LOOP;
    RETURN NEW;
END
$$;

CREATE TRIGGER complaint_instants BEFORE INSERT OR UPDATE ON complaint FOR EACH ROW EXECUTE FUNCTION aduan_no_future_instants('received_at', 'registered_at', 'voided_at');
CREATE TRIGGER step_record_instants BEFORE INSERT OR UPDATE ON step_record FOR EACH ROW EXECUTE FUNCTION aduan_no_future_instants('completed_at');
CREATE TRIGGER pause_instants BEFORE INSERT OR UPDATE ON pause FOR EACH ROW EXECUTE FUNCTION aduan_no_future_instants('paused_at', 'resumed_at');
CREATE TRIGGER attachment_instants BEFORE INSERT OR UPDATE ON attachment FOR EACH ROW EXECUTE FUNCTION aduan_no_future_instants('added_at');
CREATE TRIGGER disposition_instants BEFORE INSERT OR UPDATE ON disposition FOR EACH ROW EXECUTE FUNCTION aduan_no_future_instants('signed_at');
CREATE TRIGGER decision_instants BEFORE INSERT OR UPDATE ON decision FOR EACH ROW EXECUTE FUNCTION aduan_no_future_instants('meeting_at', 'decided_at');
CREATE TRIGGER referral_instants BEFORE INSERT OR UPDATE ON referral FOR EACH ROW EXECUTE FUNCTION aduan_no_future_instants('referred_at');
CREATE TRIGGER resolution_report_instants BEFORE INSERT OR UPDATE ON resolution_report FOR EACH ROW EXECUTE FUNCTION aduan_no_future_instants('conveyed_at');
CREATE TRIGGER delegation_instants BEFORE INSERT OR UPDATE ON delegation FOR EACH ROW EXECUTE FUNCTION aduan_no_future_instants('created_at', 'revoked_at');
CREATE TRIGGER app_user_instants BEFORE INSERT OR UPDATE ON app_user FOR EACH ROW EXECUTE FUNCTION aduan_no_future_instants('created_at');

-- The group roles and what each may do (aduan_make_group_roles() again after a restore).
CREATE FUNCTION aduan_make_group_roles() RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    code text;
    groups text[] := ARRAY['person', 'confidential', 'officer', 'secretary', 'head', 'team', 'admin'];
    person text := aduan_group_role('person');
    seen text := aduan_group_role('confidential');
    admin text := aduan_group_role('admin');
    visible text;
BEGIN
    IF NOT (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        RAISE NOTICE 'Aduan: % may not create roles; person roles are not available', current_user;
        RETURN false;
    END IF;
    FOREACH code IN ARRAY groups LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = aduan_group_role(code)) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', aduan_group_role(code));
        END IF;
        IF code NOT IN ('person') THEN
            EXECUTE format('GRANT %I TO %I', person, aduan_group_role(code));
        END IF;
    END LOOP;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', person);
    EXECUTE format('GRANT SELECT ON meta, setting, sop_revision, sop_step, user_role, delegation, category, complaint_class, agency, agenda_sequence, evidence_item, attachment, requirement_outcome, step_record, pause, disposition, decision, referral, resolution_report, audit_entry, complaint_identity TO %I', person);
    EXECUTE format('GRANT SELECT (id, username, full_name, nip, active, can_see_confidential, created_at, row_version, db_role) ON app_user TO %I', person);
    SELECT string_agg(quote_ident(c.column_name), ', ') INTO visible FROM information_schema.columns c
        WHERE c.table_schema = current_schema() AND c.table_name = 'complaint'
          AND c.column_name NOT IN ('complainant_name', 'complainant_nik', 'complainant_phone', 'complainant_address', 'search_words');
    EXECUTE format('GRANT SELECT (%s), INSERT (%s), UPDATE (%s) ON complaint TO %I', visible, visible, visible, person);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON complaint TO %I', seen);
    EXECUTE format('GRANT INSERT, UPDATE ON agenda_sequence, evidence_item, attachment, requirement_outcome, step_record, pause, disposition, decision, referral, resolution_report TO %I', person);
    EXECUTE format('GRANT DELETE ON evidence_item, requirement_outcome TO %I', person);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON setting, sop_revision, sop_step, user_role, delegation, category, complaint_class, agency TO %I', admin);
    EXECUTE format('GRANT INSERT, UPDATE ON app_user TO %I', admin);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', person);
    RETURN true;
END
$$;

SELECT aduan_make_group_roles();

-- Makes (or brings up to date) the login role of person `p_user` (app_user.id), run by the
-- office's login role, which needs CREATEROLE: named <database>_<username> unless it has one,
-- a member of the person group, of the group of each of the person's office roles and of the
-- confidential group when the person has the right, and of no other; LOGIN while the account
-- is active. `p_password` (NULL: unchanged) is sent to the server, which keeps only its
-- SCRAM-SHA-256 verifier (password_encryption). Returns the role's name.
CREATE FUNCTION aduan_enrol_person(p_user bigint, p_password text) RETURNS text LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    login text;
    code text;
    active_account boolean;
    right_to_see boolean;
    member boolean;
BEGIN
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
