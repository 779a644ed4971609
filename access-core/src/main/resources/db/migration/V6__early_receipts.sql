-- Delivery receipts that arrived before Porter had recorded the part they report on: an SMSC
-- may send a receipt before its submit_sm_resp, or in the same instant. Each is stored before the
-- receipt is acknowledged, applied and deleted once its part is recorded, and purged when no
-- part turns up for it within porter.receipts.keep-unmatched. One set for H2 (MySQL mode) and
-- MySQL/MariaDB. Times are UTC.
CREATE TABLE early_receipt (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    connector    VARCHAR(64) NOT NULL,
    transport_id VARCHAR(64) NOT NULL,
    state        VARCHAR(16) NOT NULL,
    status       VARCHAR(16),
    error_code   VARCHAR(32),
    done_at      DATETIME(3),
    received_at  DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_early_receipt_part ON early_receipt (connector, transport_id);
CREATE INDEX ix_early_receipt_received ON early_receipt (received_at);

-- The state word of the last receipt for a part (DELIVRD, UNDELIV, ENROUTE …), as the network
-- wrote it: the reason a part failed, or how far an unfinished one got.
ALTER TABLE outbox_part ADD COLUMN receipt_status VARCHAR(16);

-- The messages API lists the messages sent to a phone, newest first.
CREATE INDEX ix_outbox_recipient ON outbox_message (recipient, id);
