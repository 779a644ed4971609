-- Wrong secrets of JG (unblock a lost card), counted per phone and card so that the lock of
-- SPEC §3.5 survives a restart and holds on every node. One set for H2 (MySQL mode) and
-- MySQL/MariaDB. Times are UTC.
CREATE TABLE card_unblock_tries (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    phone            VARCHAR(16) NOT NULL,
    card_number      VARCHAR(32) NOT NULL,
    -- Wrong secrets since window_started_at; back to 0 when the window passes or a lock starts.
    failures         INT         NOT NULL,
    window_started_at DATETIME(3) NOT NULL,
    locked_until     DATETIME(3),
    CONSTRAINT uq_card_unblock_tries UNIQUE (phone, card_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
