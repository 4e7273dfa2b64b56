-- V6: people whose 本籍 is in this city but who live elsewhere (a member of a 戸籍 here with no 住民記録 here).
-- They may hold a 本籍地利用登録 and get their 戸籍 at a kiosk, so their card is linked to their place in the
-- register instead of to a resident, and the ledger records who got a document without a resident row.
-- Every residence-based certificate (住民票, 記載事項, 印鑑, 課税) is refused for them (NOT_A_RESIDENT).

-- 個人番号カードの紐付け: a card belongs either to a resident or to a member of a 戸籍 here, never both.
ALTER TABLE card_link ALTER COLUMN resident_id DROP NOT NULL;
ALTER TABLE card_link ADD COLUMN register_id BIGINT;
ALTER TABLE card_link ADD COLUMN register_seq INTEGER;
ALTER TABLE card_link ADD CONSTRAINT card_link_member
    FOREIGN KEY (register_id, register_seq) REFERENCES family_register_member (register_id, seq);
ALTER TABLE card_link ADD CONSTRAINT card_link_one_person
    CHECK ((resident_id IS NULL) <> (register_id IS NULL) AND (register_id IS NULL) = (register_seq IS NULL));

-- 交付記録: issued to a resident (resident_id) or to a register member living elsewhere (register_id, register_seq).
ALTER TABLE issuance_ledger ALTER COLUMN resident_id DROP NOT NULL;
ALTER TABLE issuance_ledger ADD COLUMN register_id BIGINT;
ALTER TABLE issuance_ledger ADD COLUMN register_seq INTEGER;
ALTER TABLE issuance_ledger ADD CONSTRAINT ledger_member
    FOREIGN KEY (register_id, register_seq) REFERENCES family_register_member (register_id, seq);
ALTER TABLE issuance_ledger ADD CONSTRAINT ledger_one_recipient
    CHECK ((resident_id IS NULL) <> (register_id IS NULL) AND (register_id IS NULL) = (register_seq IS NULL));
