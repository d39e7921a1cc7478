-- Issue 19: complaints that arrive by themselves. An SMS received by Gammu's SMS daemon (its
-- RunOnReceive program, aduan-cli sms-receive) or a row of a website/Google Form export
-- (aduan-cli import) waits here until the officer makes it a complaint (Pencatatan dan
-- Pendataan 1-2) or sets it aside with a reason. A STATUS request is answered at once and kept
-- as answered. Replies queued in the daemon's outbox are kept in outgoing_message.
-- Instants are UTC text as elsewhere; source_key tells a message seen twice.
CREATE TABLE incoming_message (
    id {{id}},
    channel TEXT NOT NULL,
    source_key TEXT NOT NULL UNIQUE,
    sender TEXT NOT NULL DEFAULT '',
    sender_name TEXT NOT NULL DEFAULT '',
    sender_nik TEXT NOT NULL DEFAULT '',
    sender_address TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'new',
    complaint_id INTEGER REFERENCES complaint (id),
    reason TEXT NOT NULL DEFAULT '',
    handled_by INTEGER REFERENCES app_user (id),
    handled_at TEXT,
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (state IN ('new', 'complaint', 'not_complaint', 'status_request'))
);
CREATE UNIQUE INDEX incoming_message_complaint ON incoming_message (complaint_id);
CREATE INDEX incoming_message_state ON incoming_message (state, received_at);

CREATE TABLE outgoing_message (
    id {{id}},
    recipient TEXT NOT NULL,
    body TEXT NOT NULL,
    purpose TEXT NOT NULL,
    complaint_id INTEGER REFERENCES complaint (id),
    incoming_id INTEGER REFERENCES incoming_message (id),
    queued_at TEXT NOT NULL,
    daemon_id TEXT NOT NULL DEFAULT '',
    parts INTEGER NOT NULL,
    coding TEXT NOT NULL
);
CREATE INDEX outgoing_message_complaint ON outgoing_message (complaint_id)
