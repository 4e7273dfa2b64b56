-- V7: the 個人番号 (My Number) of each resident, which a 住民票の写し may show when the city's setting allows it
-- and the resident asks for it (off by default). A table of its own, so that it can be granted, audited and
-- purged apart from the 住民記録; never written to a log. Synthetic numbers in test data, with the check digit
-- of the 個人番号 ordinance (see jp.konbini.city.data.KojinBango).
CREATE TABLE kojin_bango (
    resident_id BIGINT   NOT NULL PRIMARY KEY REFERENCES resident (id),
    number      CHAR(12) NOT NULL,
    CONSTRAINT kojin_bango_unique UNIQUE (number)
);
