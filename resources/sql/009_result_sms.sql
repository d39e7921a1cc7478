-- Issue 19, SOP step 5 by SMS: the result conveyed by SMS is queued in Gammu's SMS daemon like
-- the receipt (outgoing_message, purpose 'result') and printed in the Berita Acara with its
-- delivery state as the daemon reports it. delivery_state: 'queued' (in the daemon's outbox),
-- 'sent' (the daemon handed it to the network), 'delivered' (a delivery report came back),
-- 'failed' (the daemon gave up), 'unknown' (the daemon no longer has it and did not say how it
-- went). delivery_checked_at: when the core last asked the daemon (UTC text; NULL: not yet).
ALTER TABLE outgoing_message ADD COLUMN delivery_state TEXT NOT NULL DEFAULT 'queued'
    CHECK (delivery_state IN ('queued', 'sent', 'delivered', 'failed', 'unknown'));
ALTER TABLE outgoing_message ADD COLUMN delivery_checked_at TEXT;
CREATE INDEX outgoing_message_in_flight ON outgoing_message (delivery_state, id)
