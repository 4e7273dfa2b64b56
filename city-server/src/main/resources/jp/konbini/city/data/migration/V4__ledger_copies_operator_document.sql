-- V4: the ledger as settlement needs it: how many copies were paid for, which store operator's kiosk
-- asked (コンビニ事業者, for reconciliation with the operator's own records), and the issued document
-- itself, so that a retried request id returns the very same document instead of a second one.

ALTER TABLE issuance_ledger ADD COLUMN copies INTEGER DEFAULT 1 NOT NULL;           -- 部数
ALTER TABLE issuance_ledger ADD COLUMN operator_id VARCHAR(64) DEFAULT 'unassigned' NOT NULL;  -- store operator
ALTER TABLE issuance_ledger ADD CONSTRAINT ledger_copies CHECK (copies >= 1);

-- The PDF sent for a request, written in the same transaction as its ledger row. Kept while the row is
-- ISSUED so that a retry gets the same bytes; an operator may purge rows of PRINTED or VOIDED entries.
CREATE TABLE issued_document (
    request_id CHAR(36) NOT NULL PRIMARY KEY REFERENCES issuance_ledger (request_id),
    pdf        BYTEA    NOT NULL
);

CREATE INDEX ledger_by_operator ON issuance_ledger (operator_id, issued_at);
