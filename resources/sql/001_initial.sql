-- Aduan schema, version 1. Placeholders: {{id}} an auto-assigned 64-bit key, {{blob}} binary.
-- Instants are UTC text "yyyy-MM-ddTHH:mm:ss.zzzZ"; dates "yyyy-MM-dd" in office time.
-- Every editable row carries row_version for optimistic concurrency.

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE sop_revision (
    id {{id}},
    sop_number TEXT NOT NULL,
    name TEXT NOT NULL,
    revised_on TEXT,
    effective_from TEXT NOT NULL,
    definition TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (effective_from)
);

CREATE TABLE sop_step (
    revision_id INTEGER NOT NULL REFERENCES sop_revision (id),
    step_no INTEGER NOT NULL,
    action TEXT NOT NULL,
    actor_role TEXT NOT NULL,
    target_minutes INTEGER NOT NULL CHECK (target_minutes > 0),
    activity TEXT NOT NULL,
    PRIMARY KEY (revision_id, step_no)
);

CREATE TABLE app_user (
    id {{id}},
    username TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    nip TEXT,
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    can_see_confidential INTEGER NOT NULL DEFAULT 0,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE user_role (
    user_id INTEGER NOT NULL REFERENCES app_user (id),
    role TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE delegation (
    id {{id}},
    delegate_user_id INTEGER NOT NULL REFERENCES app_user (id),
    role TEXT NOT NULL,
    first_day TEXT NOT NULL,
    last_day TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES app_user (id),
    created_at TEXT NOT NULL,
    revoked_at TEXT,
    CHECK (first_day <= last_day)
);

CREATE TABLE category (
    id {{id}},
    name TEXT NOT NULL UNIQUE,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE complaint_class (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    deadline_working_days INTEGER NOT NULL CHECK (deadline_working_days > 0),
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE agency (
    id {{id}},
    name TEXT NOT NULL UNIQUE,
    address TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE agenda_sequence (
    year INTEGER PRIMARY KEY,
    last_value INTEGER NOT NULL
);

CREATE TABLE complaint (
    id {{id}},
    agenda_number TEXT NOT NULL UNIQUE,
    agenda_year INTEGER NOT NULL,
    agenda_seq INTEGER NOT NULL,
    sop_revision_id INTEGER NOT NULL REFERENCES sop_revision (id),
    channel TEXT NOT NULL,
    received_at TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    confidentiality TEXT NOT NULL CHECK (confidentiality IN ('biasa', 'rahasia', 'anonim')),
    complainant_name TEXT,
    complainant_nik TEXT,
    complainant_gender TEXT,
    complainant_phone TEXT,
    complainant_address TEXT,
    subject TEXT NOT NULL,
    description TEXT NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    class_code TEXT NOT NULL REFERENCES complaint_class (code),
    deadline_at TEXT NOT NULL,
    related_complaint_id INTEGER REFERENCES complaint (id),
    created_by INTEGER NOT NULL REFERENCES app_user (id),
    voided_at TEXT,
    voided_by INTEGER REFERENCES app_user (id),
    void_reason TEXT,
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (agenda_year, agenda_seq),
    CHECK (confidentiality <> 'anonim' OR (complainant_name IS NULL AND complainant_nik IS NULL
           AND complainant_phone IS NULL AND complainant_address IS NULL))
);
CREATE INDEX complaint_received ON complaint (received_at);
CREATE INDEX complaint_nik ON complaint (complainant_nik);
CREATE INDEX complaint_phone ON complaint (complainant_phone);

CREATE TABLE evidence_item (
    id {{id}},
    complaint_id INTEGER NOT NULL REFERENCES complaint (id),
    description TEXT NOT NULL
);
CREATE INDEX evidence_item_complaint ON evidence_item (complaint_id);

CREATE TABLE attachment (
    id {{id}},
    complaint_id INTEGER NOT NULL REFERENCES complaint (id),
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    content {{blob}} NOT NULL,
    added_at TEXT NOT NULL,
    added_by INTEGER NOT NULL REFERENCES app_user (id)
);
CREATE INDEX attachment_complaint ON attachment (complaint_id);

CREATE TABLE requirement_outcome (
    complaint_id INTEGER NOT NULL REFERENCES complaint (id),
    step_no INTEGER NOT NULL,
    code TEXT NOT NULL,
    met INTEGER NOT NULL,
    waiver_reason TEXT,
    PRIMARY KEY (complaint_id, step_no, code),
    CHECK (met = 1 OR (waiver_reason IS NOT NULL AND waiver_reason <> ''))
);

CREATE TABLE step_record (
    complaint_id INTEGER NOT NULL REFERENCES complaint (id),
    step_no INTEGER NOT NULL,
    actionable_at TEXT NOT NULL,
    completed_at TEXT,
    completed_by INTEGER REFERENCES app_user (id),
    acting_head INTEGER NOT NULL DEFAULT 0,
    target_minutes INTEGER NOT NULL,
    worked_seconds INTEGER,
    late INTEGER,
    deviation_reason TEXT,
    note TEXT,
    PRIMARY KEY (complaint_id, step_no)
);
CREATE INDEX step_record_open ON step_record (step_no, complaint_id) WHERE completed_at IS NULL;
CREATE INDEX step_record_completed ON step_record (completed_at);

CREATE TABLE pause (
    id {{id}},
    complaint_id INTEGER NOT NULL REFERENCES complaint (id),
    step_no INTEGER NOT NULL,
    paused_at TEXT NOT NULL,
    paused_by INTEGER NOT NULL REFERENCES app_user (id),
    reason TEXT NOT NULL,
    resumed_at TEXT,
    resumed_by INTEGER REFERENCES app_user (id),
    resume_note TEXT
);
CREATE INDEX pause_complaint ON pause (complaint_id);

CREATE TABLE disposition (
    complaint_id INTEGER PRIMARY KEY REFERENCES complaint (id),
    urgency TEXT NOT NULL,
    instructions TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    addressee TEXT NOT NULL,
    signer_user_id INTEGER NOT NULL REFERENCES app_user (id),
    signed_as_acting INTEGER NOT NULL,
    signed_at TEXT NOT NULL
);

CREATE TABLE decision (
    complaint_id INTEGER PRIMARY KEY REFERENCES complaint (id),
    meeting_at TEXT NOT NULL,
    attendees TEXT NOT NULL,
    discussion TEXT NOT NULL,
    decision TEXT NOT NULL,
    within_authority INTEGER NOT NULL,
    decided_by INTEGER NOT NULL REFERENCES app_user (id),
    decided_at TEXT NOT NULL
);

CREATE TABLE referral (
    complaint_id INTEGER PRIMARY KEY REFERENCES complaint (id),
    agency_id INTEGER NOT NULL REFERENCES agency (id),
    reason TEXT NOT NULL,
    letter_number TEXT NOT NULL DEFAULT '',
    referred_at TEXT NOT NULL
);
CREATE INDEX referral_agency ON referral (agency_id);

CREATE TABLE resolution_report (
    complaint_id INTEGER PRIMARY KEY REFERENCES complaint (id),
    method TEXT NOT NULL,
    conveyed_at TEXT NOT NULL,
    summary TEXT NOT NULL,
    complainant_response TEXT NOT NULL DEFAULT '',
    officer_user_id INTEGER NOT NULL REFERENCES app_user (id)
);

CREATE TABLE audit_entry (
    id {{id}},
    at TEXT NOT NULL,
    user_id INTEGER REFERENCES app_user (id),
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    old_value TEXT,
    new_value TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_entry_entity ON audit_entry (entity, entity_id);
