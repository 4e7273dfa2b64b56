-- V1: the resident records (住民記録) the city server reads, the links from My Number cards to
-- residents, and the issuance ledger (交付記録).
--
-- Written for both H2 2.x and PostgreSQL 15: standard types and constraints only.
-- The server applies this file once and records it in schema_version; never edit it after a
-- release, add V2, V3 ... instead.

-- 世帯 (household): the unit a 住民票の写し is issued for.
-- id is the household number from the 住民記録 system, not generated here.
-- head_resident_id is the 世帯主 (head of household); it is filled in after the residents are
-- stored, because resident and household refer to each other.
CREATE TABLE household (
    id               BIGINT       NOT NULL PRIMARY KEY,
    address          VARCHAR(200) NOT NULL,  -- 住所, e.g. 秋田市山王一丁目1番1号
    head_resident_id BIGINT
);

-- 住民 (resident): one person as printed on the 住民票. Deliberately absent: 住民票コード and
-- 個人番号 (never printed at a kiosk, so the issuance server does not hold them).
CREATE TABLE resident (
    id                   BIGINT       NOT NULL PRIMARY KEY,  -- 宛名番号 from the 住民記録 system
    household_id         BIGINT       NOT NULL REFERENCES household (id),
    family_name          VARCHAR(50)  NOT NULL,              -- 氏
    given_name           VARCHAR(50)  NOT NULL,              -- 名
    family_name_kana     VARCHAR(100) NOT NULL,              -- 氏のフリガナ (katakana)
    given_name_kana      VARCHAR(100) NOT NULL,              -- 名のフリガナ (katakana)
    date_of_birth        DATE         NOT NULL,              -- 生年月日
    sex                  VARCHAR(1)   NOT NULL,              -- 性別: 男 or 女, as printed
    relationship_to_head VARCHAR(20)  NOT NULL,              -- 続柄: 世帯主, 妻, 夫, 子, 父, 母 ...
    became_resident_on   DATE         NOT NULL,              -- 住民となった年月日 (birth, or moving in)
    address_set_on       DATE,                               -- 住所を定めた年月日; NULL if never moved
    address_notified_on  DATE,                               -- 届出日 of that move; NULL as above
    previous_address     VARCHAR(200),                       -- 前住所; NULL if none
    status               VARCHAR(10)  NOT NULL,              -- see the CHECK below
    -- ACTIVE: lives in the city. MOVED_OUT (転出) and DECEASED (死亡) records stay for the counter's
    -- 除票, but the kiosk never issues for them.
    CONSTRAINT resident_status CHECK (status IN ('ACTIVE', 'MOVED_OUT', 'DECEASED')),
    CONSTRAINT resident_sex CHECK (sex IN ('男', '女')),
    CONSTRAINT resident_dates CHECK (became_resident_on >= date_of_birth)
);

CREATE INDEX resident_by_household ON resident (household_id);

ALTER TABLE household ADD CONSTRAINT household_head
    FOREIGN KEY (head_resident_id) REFERENCES resident (id);

-- 個人番号カードの紐付け: which resident a card belongs to. The key is the SHA-256 (lower-case hex)
-- of the card's user-authentication certificate (利用者証明用電子証明書), so the server never
-- needs the card's serial number or the resident's 個人番号 to find the person.
CREATE TABLE card_link (
    certificate_sha256 CHAR(64) NOT NULL PRIMARY KEY,
    resident_id        BIGINT   NOT NULL REFERENCES resident (id),
    linked_on          DATE     NOT NULL,
    CONSTRAINT card_link_lower_hex CHECK (certificate_sha256 = LOWER(certificate_sha256))
);

CREATE INDEX card_link_by_resident ON card_link (resident_id);

-- 交付記録 (issuance ledger): one row per certificate the city issued. The fees the store operator
-- collected are settled against these rows, so the city's, J-LIS's and the operator's records
-- must reconcile: a row is never deleted, only moved ISSUED -> PRINTED or ISSUED -> VOIDED.
CREATE TABLE issuance_ledger (
    request_id         CHAR(36)    NOT NULL PRIMARY KEY,  -- the kiosk's request UUID; makes retries idempotent
    certificate_serial VARCHAR(40) NOT NULL,              -- 証明書番号 printed on the certificate
    resident_id        BIGINT      NOT NULL REFERENCES resident (id),
    certificate_type   VARCHAR(30) NOT NULL,              -- e.g. juminhyo (住民票の写し)
    kiosk_id           VARCHAR(64) NOT NULL,              -- which キオスク端末 asked
    state              VARCHAR(10) NOT NULL,              -- see the CHECK below
    document_sha256    CHAR(64)    NOT NULL,              -- SHA-256 of the PDF sent, to prove what was issued
    fee_yen            INTEGER     NOT NULL,              -- 手数料 collected at the store
    issued_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- ISSUED: sent to the hub. PRINTED: the kiosk printed it. VOIDED: printing failed, no fee is due.
    CONSTRAINT ledger_state CHECK (state IN ('ISSUED', 'PRINTED', 'VOIDED')),
    CONSTRAINT ledger_fee CHECK (fee_yen >= 0),
    CONSTRAINT ledger_serial UNIQUE (certificate_serial)
);

CREATE INDEX ledger_by_resident ON issuance_ledger (resident_id);
CREATE INDEX ledger_by_issued_at ON issuance_ledger (issued_at);
