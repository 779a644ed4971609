-- Events for other applications (docs/integration.md), written in the transaction of their
-- cause and relayed to the broker afterwards; a row left unpublished by a crash is published
-- by the next sweep. One set for H2 (MySQL mode) and MySQL/MariaDB. Times are UTC.
CREATE TABLE integration_event (
    -- Also the eventId consumers de-duplicate by.
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    address      VARCHAR(64)    NOT NULL,
    type         VARCHAR(32)    NOT NULL,
    -- A message property, so that a subscriber can select the events of its own messages.
    client_ref   VARCHAR(128),
    body         VARCHAR(12000) NOT NULL,
    created_at   DATETIME(3)    NOT NULL,
    published_at DATETIME(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- The relay's batches (unpublished, oldest first) and the purge of published rows.
CREATE INDEX ix_integration_event_published ON integration_event (published_at, id);
