-- V2: numbering of 証明書番号 (certificate serials), one run of numbers per city and day.
--
-- A counter row rather than a database sequence, because the statement that reads a sequence
-- differs between H2 and PostgreSQL. Taking a number updates the row, so concurrent requests queue
-- on its row lock and never get the same number; a day's first request inserts the row.
CREATE TABLE certificate_serial_counter (
    city_code   CHAR(6) NOT NULL,  -- 地方公共団体コード, e.g. 052019 (lets a cloud data centre serve many cities)
    issue_date  DATE    NOT NULL,  -- 交付日
    last_number INTEGER NOT NULL,  -- the last number handed out that day
    CONSTRAINT serial_counter_key PRIMARY KEY (city_code, issue_date)
);
