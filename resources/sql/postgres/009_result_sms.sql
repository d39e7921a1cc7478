-- Issue 19, PostgreSQL dialect: the delivery state of SMS replies as Gammu's SMS daemon reports
-- it, for the result of SOP step 5 printed in the Berita Acara (see ../009_result_sms.sql).
ALTER TABLE outgoing_message ADD COLUMN delivery_state text COLLATE "C" NOT NULL DEFAULT 'queued'
    CHECK (delivery_state IN ('queued', 'sent', 'delivered', 'failed', 'unknown'));
ALTER TABLE outgoing_message ADD COLUMN delivery_checked_at timestamptz;
CREATE INDEX outgoing_message_in_flight ON outgoing_message (delivery_state, id);
-- Every person reads the state with the complaint (the Berita Acara); the officer queues the
-- result at step 5. Granted to the group roles when they exist (issue 17's
-- aduan_make_group_roles(); a database without them has no person roles).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = aduan_group_role('person')) THEN
        EXECUTE format('GRANT SELECT, INSERT, UPDATE ON outgoing_message TO %I', aduan_group_role('person'));
    END IF;
END
$$;
