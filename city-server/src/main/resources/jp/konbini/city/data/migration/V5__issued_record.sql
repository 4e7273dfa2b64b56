-- V5: what each issued certificate showed, item by item. The PDF sent to J-LIS is page images (no text),
-- so the city keeps beside the ledger row the structured record the images were drawn from: written in
-- the same transaction as the row, never changed, and kept after issued_document rows are purged, so
-- the city can prove afterwards exactly what it issued. The text form is one fact a line, fields split by
-- a tab: "title", "serial", "issued", "city", "mayor", "certification", "image" (SHA-256 of the 印影),
-- "section" and "item<TAB>label<TAB>value" (see jp.konbini.render.PrintedCertificate#asText).

CREATE TABLE issued_record (
    request_id CHAR(36) NOT NULL PRIMARY KEY REFERENCES issuance_ledger (request_id),
    record     TEXT     NOT NULL
);
