-- Aduan schema, version 8 (issue 22): the register sorted and the recap counted at a million
-- complaints without reading every complaint row. SQLite dialect.
-- complaint.closed_at is the instant the complaint's last SOP step (the highest step_no of its
-- revision) was completed, NULL while that step is not: a value derived from step_record, kept
-- in the same transaction as the step's completion (Workflow::finishStep(), the bulk writer)
-- and verified against the step records by `aduan-cli check` (closingInstantFindings()). It is
-- left out of the row seal, as it is not a fact of its own. With it, the complaints open at an
-- instant are counted from indexes alone (RecapStore::openAt()).
-- complaint_name orders the register by complainant (ComplaintStore::list()).
-- resolution_report_conveyed: the results conveyed in a period, in every recap (SkmStore::served()).

ALTER TABLE complaint ADD COLUMN closed_at TEXT;

UPDATE complaint SET closed_at = (SELECT s.completed_at FROM step_record s WHERE s.complaint_id = complaint.id AND s.step_no = (SELECT MAX(ls.step_no) FROM sop_step ls WHERE ls.revision_id = complaint.sop_revision_id));

CREATE INDEX complaint_closed ON complaint (closed_at, received_at, deadline_at, voided_at);

DROP INDEX IF EXISTS complaint_voided;

CREATE INDEX complaint_voided ON complaint (voided_at, received_at, closed_at, deadline_at) WHERE voided_at IS NOT NULL;

CREATE INDEX complaint_name ON complaint (complainant_name);

-- The results conveyed in a period (the SKM report's served count, SkmStore::served()).
CREATE INDEX resolution_report_conveyed ON resolution_report (conveyed_at, complaint_id);
