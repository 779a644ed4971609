-- Broadcasts as a pipeline of their own (SPEC §7): a broadcast is expanded once into one row
-- per recipient, and the rows are handed to the outbox batch by batch at the connectors' pace.
-- One set for H2 (MySQL mode) and MySQL/MariaDB. Times are UTC.

CREATE TABLE broadcast (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id   BIGINT        NOT NULL,
    -- Who asked for it: PHONE (GB, author = the E.164 number), CONSOLE (a console user) or API
    -- (an API client).
    author_kind    VARCHAR(16)   NOT NULL,
    author         VARCHAR(100)  NOT NULL,
    -- The GB message that asked for it; every copy in the outbox points to it as well.
    inbox_id       BIGINT,
    text           VARCHAR(4000) NOT NULL,
    -- CHANNEL (target_channel), SCOPE (target_scope), ROLE (target_roles within target_scope)
    -- or LIST (the uploaded phones, which are the recipient rows themselves).
    target_kind    VARCHAR(16)   NOT NULL,
    target_channel VARCHAR(8),
    target_scope   VARCHAR(32),
    target_roles   VARCHAR(64),
    urgent         BOOLEAN       NOT NULL DEFAULT FALSE,
    scheduled_at   DATETIME(3)   NOT NULL,
    valid_until    DATETIME(3),
    state          VARCHAR(16)   NOT NULL,
    created_at     DATETIME(3)   NOT NULL,
    expanded_at    DATETIME(3),
    finished_at    DATETIME(3),
    CONSTRAINT fk_broadcast_community FOREIGN KEY (community_id) REFERENCES org_node (id),
    CONSTRAINT fk_broadcast_inbox FOREIGN KEY (inbox_id) REFERENCES inbox_message (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- The release step looks for broadcasts with work left, oldest first.
CREATE INDEX ix_broadcast_state ON broadcast (state, scheduled_at);

-- One row per phone a broadcast reaches, or would have reached but for an opt-out. The unique key
-- keeps a repeated expansion from doubling anyone; outbox_id is set in the transaction that
-- creates the recipient's outbox message, so a resumed release never creates a second one.
CREATE TABLE broadcast_recipient (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    broadcast_id BIGINT      NOT NULL,
    phone        VARCHAR(16) NOT NULL,
    -- WAITING (not handed to the outbox yet), RELEASED (the outbox row tells the rest),
    -- OPTED_OUT, EXPIRED (validity ended before release) or CANCELLED.
    status       VARCHAR(16) NOT NULL,
    outbox_id    BIGINT,
    CONSTRAINT uk_broadcast_recipient UNIQUE (broadcast_id, phone),
    CONSTRAINT fk_broadcast_recipient_broadcast FOREIGN KEY (broadcast_id) REFERENCES broadcast (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- The next batch to release, and the counts per status, of one broadcast.
CREATE INDEX ix_broadcast_recipient_status ON broadcast_recipient (broadcast_id, status, id);
CREATE INDEX ix_broadcast_recipient_outbox ON broadcast_recipient (outbox_id);
