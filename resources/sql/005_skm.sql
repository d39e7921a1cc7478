-- Issue 20: the Survei Kepuasan Masyarakat of PermenPANRB 14/2017 (core/skm/).
-- A response is not linkable to the complainant: skm_invitation says whether a complaint's
-- complainant answered or declined (at most one row per complaint), skm_response holds the
-- answers with no complaint, no person and no time finer than the office date, under a random
-- key (so that row order does not follow the order of invitations).

CREATE TABLE skm_questionnaire (
    id {{id}},
    version TEXT NOT NULL UNIQUE,
    effective_from TEXT NOT NULL UNIQUE,
    definition TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE skm_invitation (
    complaint_id INTEGER PRIMARY KEY REFERENCES complaint (id),
    outcome TEXT NOT NULL CHECK (outcome IN ('answered', 'declined')),
    recorded_on TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES app_user (id)
);

CREATE TABLE skm_response (
    id TEXT PRIMARY KEY,
    questionnaire_id INTEGER NOT NULL REFERENCES skm_questionnaire (id),
    answered_on TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('desk', 'paper', 'sms')),
    age_group TEXT NOT NULL DEFAULT '',
    sex TEXT NOT NULL DEFAULT '',
    education TEXT NOT NULL DEFAULT '',
    occupation TEXT NOT NULL DEFAULT ''
);
CREATE INDEX skm_response_answered ON skm_response (answered_on);

CREATE TABLE skm_answer (
    response_id TEXT NOT NULL REFERENCES skm_response (id),
    element_code TEXT NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 4),
    PRIMARY KEY (response_id, element_code)
);
