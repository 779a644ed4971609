-- Commands to door controllers (docs/door-protocol.md), stored in the transaction of the change
-- that caused them and published to porter.door.commands only after it committed. One set for
-- H2 (MySQL mode) and MySQL/MariaDB. Times are UTC.
CREATE TABLE door_command (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    type            VARCHAR(16)  NOT NULL,
    controller_id   VARCHAR(64)  NOT NULL,
    -- The door an OPEN is for; NULL for card and sync commands, which address a controller.
    door_id         BIGINT,
    card            VARCHAR(32),
    -- OPEN: the inbox id of the SMS that asked; the controller opens once per key.
    idempotency_key VARCHAR(64),
    -- OPEN: the stored SMS whose sender is answered once the controller has spoken.
    inbox_id        BIGINT,
    state           VARCHAR(16)  NOT NULL,
    deadline        DATETIME(3),
    created_at      DATETIME(3)  NOT NULL,
    sent_at         DATETIME(3),
    acked_at        DATETIME(3),
    reason          VARCHAR(255),
    CONSTRAINT fk_door_command_door FOREIGN KEY (door_id) REFERENCES door (id),
    CONSTRAINT fk_door_command_inbox FOREIGN KEY (inbox_id) REFERENCES inbox_message (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- The publisher and the timeout sweep look for commands by state and deadline/age.
CREATE INDEX ix_door_command_state ON door_command (state, created_at);
CREATE INDEX ix_door_command_deadline ON door_command (type, state, deadline);
CREATE INDEX ix_door_command_inbox ON door_command (inbox_id);
