-- V8: how long issued documents are kept, and the refund owed for an entry nobody reported on.
--
-- The PDF of a request (issued_document) is needed only while the same request id may come again and until the
-- kiosk reports the print result. The purge (jp.konbini.city.data.LedgerPurge, run by the city server every
-- minute) deletes it once the entry is PRINTED or VOIDED, or past ledger.document.retention.minutes; the ledger
-- row, its document_sha256 and the issued_record of what was printed stay for good.
--
-- An entry still ISSUED past ledger.issued.timeout.minutes (the kiosk never reported) is VOIDED by the purge
-- with refund_due = 1: no fee is due to the city, and if the store took one it refunds the resident;
-- reconciliation lists these. A VOIDED reported by the kiosk (print failure) has refund_due = 0.
ALTER TABLE issuance_ledger ADD COLUMN refund_due SMALLINT DEFAULT 0 NOT NULL;
ALTER TABLE issuance_ledger ADD CONSTRAINT ledger_refund_voided CHECK (refund_due = 0 OR state = 'VOIDED');
