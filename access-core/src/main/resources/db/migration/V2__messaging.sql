-- Messages in and out, and what became of each command. One set for H2 (MySQL mode) and
-- MySQL/MariaDB. Times are UTC.

-- Every inbound SMS, stored before the transport is acknowledged.
CREATE TABLE inbox_message (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    connector      VARCHAR(64)   NOT NULL,
    sender         VARCHAR(32)   NOT NULL,
    recipient      VARCHAR(32),
    text           VARCHAR(4000) NOT NULL,
    transport_id   VARCHAR(128),
    smsc_timestamp DATETIME(3),
    received_at    DATETIME(3)   NOT NULL,
    incomplete     BOOLEAN       NOT NULL DEFAULT FALSE,
    -- The transport's identity of the message where it has one; a second copy collides here.
    dedup_key      VARCHAR(190),
    state          VARCHAR(16)   NOT NULL,
    -- Whether our acknowledgement is known to have gone out (SPEC §5: only LOST ones may be
    -- matched by a re-delivered copy).
    ack_state      VARCHAR(16)   NOT NULL,
    ack_lost_at    DATETIME(3),
    duplicate_of   BIGINT,
    handled_at     DATETIME(3),
    CONSTRAINT uk_inbox_dedup UNIQUE (dedup_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_inbox_state ON inbox_message (state, received_at);
CREATE INDEX ix_inbox_unconfirmed ON inbox_message (ack_state, connector, sender);

-- Exactly one row per inbound message: the command it carried and its outcome (SPEC §3.4).
CREATE TABLE command_log (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    inbox_id    BIGINT        NOT NULL,
    phone       VARCHAR(32)   NOT NULL,
    text        VARCHAR(4000) NOT NULL,
    command     VARCHAR(8),
    outcome     VARCHAR(24)   NOT NULL,
    reply_count INT           NOT NULL,
    detail      VARCHAR(255),
    received_at DATETIME(3)   NOT NULL,
    handled_at  DATETIME(3)   NOT NULL,
    CONSTRAINT uk_command_log_inbox UNIQUE (inbox_id),
    CONSTRAINT fk_command_log_inbox FOREIGN KEY (inbox_id) REFERENCES inbox_message (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_command_log_phone ON command_log (phone, id);

-- Every reply, notice and broadcast message, stored before it is sent.
CREATE TABLE outbox_message (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind           VARCHAR(16)   NOT NULL,
    priority       INT           NOT NULL,
    recipient      VARCHAR(32)   NOT NULL,
    sender         VARCHAR(32),
    text           VARCHAR(4000) NOT NULL,
    state          VARCHAR(16)   NOT NULL,
    inbox_id       BIGINT,
    client_ref     VARCHAR(128),
    valid_until    DATETIME(3),
    connector      VARCHAR(64),
    parts          INT           NOT NULL DEFAULT 0,
    attempts       INT           NOT NULL DEFAULT 0,
    failure_reason VARCHAR(255),
    created_at     DATETIME(3)   NOT NULL,
    sent_at        DATETIME(3),
    delivered_at   DATETIME(3),
    CONSTRAINT uk_outbox_client_ref UNIQUE (client_ref),
    CONSTRAINT fk_outbox_inbox FOREIGN KEY (inbox_id) REFERENCES inbox_message (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_outbox_state ON outbox_message (state, created_at);
CREATE INDEX ix_outbox_inbox ON outbox_message (inbox_id);

-- One row per part the SMSC or modem accepted; receipts are matched here.
CREATE TABLE outbox_part (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    message_id   BIGINT      NOT NULL,
    part_no      INT         NOT NULL,
    connector    VARCHAR(64) NOT NULL,
    transport_id VARCHAR(64) NOT NULL,
    state        VARCHAR(16) NOT NULL,
    submitted_at DATETIME(3) NOT NULL,
    receipt_at   DATETIME(3),
    error_code   VARCHAR(32),
    CONSTRAINT uk_outbox_part UNIQUE (message_id, part_no),
    CONSTRAINT fk_outbox_part_message FOREIGN KEY (message_id) REFERENCES outbox_message (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_outbox_part_transport ON outbox_part (connector, transport_id);

-- Phones Porter does not know, and when they were last sent the visitor help (SPEC §3.3).
CREATE TABLE unregistered_contact (
    phone        VARCHAR(32) PRIMARY KEY,
    first_seen   DATETIME(3) NOT NULL,
    last_help_at DATETIME(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
