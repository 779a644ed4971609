-- Parts of long inbound messages, kept from the moment they arrive (and before they are
-- acknowledged) until their whole message is stored in inbox_message. One set for H2 (MySQL
-- mode) and MySQL/MariaDB. Times are UTC.
--
-- A message is identified by sender, recipient, reference, part count and reference width,
-- not by the connection: an SMSC may hand the parts of one message to different binds of the
-- same account. A part stays after its message is stored, with taken_at set, for the inbox's
-- redelivery window, so that the same part delivered again is known as a copy.
CREATE TABLE inbound_part (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    sender          VARCHAR(32)   NOT NULL,
    recipient       VARCHAR(32)   NOT NULL,
    concat_ref      INT           NOT NULL,
    part_count      INT           NOT NULL,
    sixteen_bit_ref BOOLEAN       NOT NULL,
    part_no         INT           NOT NULL,
    connector       VARCHAR(64)   NOT NULL,
    text            VARCHAR(4000) NOT NULL,
    -- The SMSC's own id of this part, where the connection reads one from a TLV.
    smsc_message_id VARCHAR(128),
    received_at     DATETIME(3)   NOT NULL,
    -- What was wrong with the part's content, as far as it could be read.
    malformed       VARCHAR(255),
    taken_at        DATETIME(3),
    CONSTRAINT uk_inbound_part UNIQUE (sender, recipient, concat_ref, part_count, sixteen_bit_ref, part_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- Waiting parts by age (the timeout sweep), taken parts by age (forgetting them).
CREATE INDEX ix_inbound_part_age ON inbound_part (taken_at, received_at);
