-- V3: the records the issuance rules and the four other certificates read, besides the 住民記録:
-- 支援措置, 転出届, 印鑑登録 with the seal impression, 税務 (tax assessments), 戸籍 (family registers
-- with members and events) and 本籍地利用登録.
--
-- Written for both H2 2.x and PostgreSQL 15. Binary columns are BYTEA, which both accept.
-- Not yet released: edited in place while issue 3 is open; from the first release on, add V4 ...

-- 外国人住民 (foreign residents, 住民基本台帳法 第30条の45): the items their 住民票 shows besides the
-- common ones. Their 氏名 in the resident table is as on the 在留カード (alphabet), with a katakana reading.
CREATE TABLE foreign_resident (
    resident_id        BIGINT       NOT NULL PRIMARY KEY REFERENCES resident (id),
    nationality        VARCHAR(50)  NOT NULL,  -- 国籍・地域
    category           VARCHAR(30)  NOT NULL,  -- 第30条45規定区分: 中長期在留者, 特別永住者, ...
    residence_status   VARCHAR(50),            -- 在留資格 (NULL for 特別永住者)
    period_of_stay     VARCHAR(20),            -- 在留期間, e.g. 3年
    stay_expires_on    DATE,                   -- 在留期間の満了の日
    card_number        VARCHAR(12)  NOT NULL,  -- 在留カード等の番号
    alias              VARCHAR(100),           -- 通称, when registered
    became_foreign_resident_on DATE NOT NULL   -- 外国人住民となった年月日
);

-- 支援措置 (DV・ストーカー・児童虐待等の被害者への支援措置): while one is in force the kiosk issues
-- nothing for the person. Each term is a year and is extended; ends_on NULL means "until lifted".
CREATE TABLE support_measure (
    resident_id BIGINT NOT NULL REFERENCES resident (id),
    starts_on   DATE   NOT NULL,
    ends_on     DATE,
    CONSTRAINT support_measure_key PRIMARY KEY (resident_id, starts_on),
    CONSTRAINT support_measure_dates CHECK (ends_on IS NULL OR ends_on >= starts_on)
);

-- 転出届 filed and the move not yet done (転出予定): the resident is still ACTIVE in the 住民記録,
-- but the kiosk no longer issues for them.
CREATE TABLE move_out_notice (
    resident_id BIGINT       NOT NULL PRIMARY KEY REFERENCES resident (id),
    notified_on DATE         NOT NULL,  -- 届出日
    planned_on  DATE         NOT NULL,  -- 転出予定日
    destination VARCHAR(200) NOT NULL   -- 転出先 (only the counter prints it)
);

-- 印影 (seal impressions) as scanned, PNG, stored once per distinct image (by SHA-256 of the PNG).
CREATE TABLE seal_impression (
    sha256 CHAR(64) NOT NULL PRIMARY KEY,
    png    BYTEA    NOT NULL
);

-- 印鑑登録: one registered seal per person. ABOLISHED (廃止) rows stay for the record.
CREATE TABLE seal_registration (
    registration_number VARCHAR(20) NOT NULL PRIMARY KEY,  -- 印鑑登録番号 (on the 印鑑登録証)
    resident_id         BIGINT      NOT NULL REFERENCES resident (id),
    registered_on       DATE        NOT NULL,              -- 登録年月日
    status              VARCHAR(10) NOT NULL,
    abolished_on        DATE,
    impression_sha256   CHAR(64)    NOT NULL REFERENCES seal_impression (sha256),  -- 印影
    CONSTRAINT seal_status CHECK (status IN ('ACTIVE', 'ABOLISHED')),
    CONSTRAINT seal_abolished CHECK ((status = 'ABOLISHED') = (abolished_on IS NOT NULL))
);

CREATE INDEX seal_by_resident ON seal_registration (resident_id);

-- 個人住民税の賦課 (tax assessment) of one 年度: the year's tax is on the previous calendar year's
-- income, levied by the city where the person lived on 1 January. Amounts in yen.
CREATE TABLE tax_assessment (
    resident_id           BIGINT  NOT NULL REFERENCES resident (id),
    fiscal_year           INTEGER NOT NULL,  -- 年度, e.g. 2026 (令和8年度) for the income of 2025
    salary_income_yen     BIGINT  NOT NULL,  -- 給与収入
    salary_after_ded_yen  BIGINT  NOT NULL,  -- 給与所得 (after the 給与所得控除)
    pension_income_yen    BIGINT  NOT NULL,  -- 公的年金等の収入
    pension_after_ded_yen BIGINT  NOT NULL,  -- 公的年金等に係る雑所得
    other_income_yen      BIGINT  NOT NULL,  -- その他の所得 (事業, 不動産 ...)
    total_income_yen      BIGINT  NOT NULL,  -- 総所得金額
    deductions_yen        BIGINT  NOT NULL,  -- 所得控除の合計
    taxable_income_yen    BIGINT  NOT NULL,  -- 課税標準額
    city_tax_yen          BIGINT  NOT NULL,  -- 市民税 (所得割 + 均等割)
    prefecture_tax_yen    BIGINT  NOT NULL,  -- 県民税 (所得割 + 均等割)
    dependants            INTEGER NOT NULL,  -- 扶養人数
    CONSTRAINT tax_assessment_key PRIMARY KEY (resident_id, fiscal_year)
);

-- 戸籍 (family register) kept by this city as 本籍地. The persons in it need not live here.
CREATE TABLE family_register (
    id              BIGINT       NOT NULL PRIMARY KEY,
    honseki         VARCHAR(200) NOT NULL,  -- 本籍
    head_name       VARCHAR(100) NOT NULL,  -- 筆頭者の氏名
    made_on         DATE         NOT NULL,  -- 編製日 (戸籍が作られた日)
    made_reason     VARCHAR(100) NOT NULL   -- 編製事由: 婚姻, 転籍, 分籍 ...
);

-- A person in a 戸籍 (身分事項欄 with 続柄). resident_id links to the 住民記録 when they live here.
-- left_on / left_reason: 除籍 (by marriage, death, 分籍 ...); such a member is shown as 除籍 in the
-- 全部事項 and never gets a 個人事項 at the kiosk.
CREATE TABLE family_register_member (
    register_id     BIGINT       NOT NULL REFERENCES family_register (id),
    seq             INTEGER      NOT NULL,          -- order in the register, the head is 1
    resident_id     BIGINT       REFERENCES resident (id),
    family_name     VARCHAR(50)  NOT NULL,
    given_name      VARCHAR(50)  NOT NULL,
    date_of_birth   DATE         NOT NULL,
    sex             VARCHAR(1)   NOT NULL,
    father_name     VARCHAR(100),                   -- 父 (実父)
    mother_name     VARCHAR(100),                   -- 母 (実母)
    relationship    VARCHAR(20)  NOT NULL,          -- 父母との続柄: 長男, 二女 ... / 夫, 妻 for spouses
    adoptive_parent VARCHAR(100),                   -- 養父/養母の氏名, when adopted
    spouse          SMALLINT     NOT NULL,          -- 1 when 夫または妻である旨 applies
    entered_on      DATE         NOT NULL,          -- 戸籍に入った年月日
    entered_reason  VARCHAR(100) NOT NULL,          -- 出生, 婚姻, 養子縁組, 転籍 ...
    previous_honseki VARCHAR(200),                  -- 従前本籍 and its 筆頭者, for those who came in
    previous_head   VARCHAR(100),
    left_on         DATE,
    left_reason     VARCHAR(100),
    CONSTRAINT family_register_member_key PRIMARY KEY (register_id, seq),
    CONSTRAINT family_member_sex CHECK (sex IN ('男', '女')),
    CONSTRAINT family_member_left CHECK ((left_on IS NULL) = (left_reason IS NULL))
);

CREATE INDEX family_member_by_resident ON family_register_member (resident_id);

-- 身分事項 (events of a member): 出生, 婚姻, 養子縁組, 転籍, 死亡 ... in date order.
CREATE TABLE family_register_event (
    register_id BIGINT       NOT NULL,
    seq         INTEGER      NOT NULL,
    event_no    INTEGER      NOT NULL,
    kind        VARCHAR(20)  NOT NULL,  -- 出生, 婚姻, 養子縁組, 転籍, 分籍, 死亡
    event_date  DATE         NOT NULL,  -- 【出生日】【婚姻日】...
    details     VARCHAR(400) NOT NULL,  -- the rest of the 身分事項 line, as the register words it
    CONSTRAINT family_register_event_key PRIMARY KEY (register_id, seq, event_no),
    CONSTRAINT family_register_event_member FOREIGN KEY (register_id, seq)
        REFERENCES family_register_member (register_id, seq)
);

-- 本籍地利用登録: made once with the card (at the kiosk or the counter). Keyed by the SHA-256 of the
-- card's user-authentication certificate it was made with, so renewing the certificate lets it lapse,
-- as the service requires. In effect a number of business days after applied_on (city setting).
CREATE TABLE honseki_registration (
    certificate_sha256 CHAR(64) NOT NULL PRIMARY KEY,
    register_id        BIGINT   NOT NULL,
    seq                INTEGER  NOT NULL,  -- the member the card holder is
    applied_on         DATE     NOT NULL,
    CONSTRAINT honseki_member FOREIGN KEY (register_id, seq)
        REFERENCES family_register_member (register_id, seq),
    CONSTRAINT honseki_lower_hex CHECK (certificate_sha256 = LOWER(certificate_sha256))
);
