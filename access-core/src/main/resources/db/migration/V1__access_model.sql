-- Porter access model (SPEC section 2).
--
-- One script for H2 in MySQL mode and for MariaDB 10.11 / MySQL 8 (InnoDB, utf8mb4), so it sticks
-- to the syntax both understand: BIGINT AUTO_INCREMENT ids, VARCHAR enums, BOOLEAN, DATETIME(3)
-- holding UTC, named constraints and separate CREATE INDEX statements.
-- The inbox, outbox and command log live in V2 and later.

-- Organisation tree: DISTRICT > STREET_OFFICE > COMMITTEE > COMMUNITY > BUILDING > UNIT.
-- path is the materialised list of ids from the root down to the node itself ("/1/4/9/"), so
-- "at or under node 4" is path LIKE '/1/4/%' on one index.
CREATE TABLE org_node (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    type      VARCHAR(16)  NOT NULL,
    parent_id BIGINT       NULL,
    code      VARCHAR(32)  NOT NULL,
    name      VARCHAR(100) NOT NULL,
    path      VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_org_node_parent_code UNIQUE (parent_id, code),
    CONSTRAINT fk_org_node_parent FOREIGN KEY (parent_id) REFERENCES org_node (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_org_node_path ON org_node (path);
CREATE INDEX ix_org_node_type_code ON org_node (type, code);

-- Room codes are typed by people as building-unit-room ("3-1-201"); unique within a community.
CREATE TABLE room (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    unit_id      BIGINT      NOT NULL,
    community_id BIGINT      NOT NULL,
    code         VARCHAR(32) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_room_community_code UNIQUE (community_id, code),
    CONSTRAINT fk_room_unit FOREIGN KEY (unit_id) REFERENCES org_node (id),
    CONSTRAINT fk_room_community FOREIGN KEY (community_id) REFERENCES org_node (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_room_unit ON room (unit_id);

CREATE TABLE person (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(100) NOT NULL,
    id_last4   VARCHAR(4)   NULL,
    pin_hash   VARCHAR(255) NULL,
    created_at DATETIME(3)  NOT NULL,
    CONSTRAINT pk_person PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE phone (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    e164          VARCHAR(16) NOT NULL,
    person_id     BIGINT      NOT NULL,
    status        VARCHAR(16) NOT NULL,
    language      VARCHAR(2)  NULL,
    opted_out_all BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_phone_e164 UNIQUE (e164),
    CONSTRAINT fk_phone_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_phone_person ON phone (person_id);

-- A binding started in the console and confirmed by SMS (BD <code>).
CREATE TABLE phone_binding (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    phone_id     BIGINT       NOT NULL,
    code_hash    VARCHAR(255) NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    expires_at   DATETIME(3)  NOT NULL,
    tries        INT          NOT NULL DEFAULT 0,
    confirmed_at DATETIME(3)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_phone_binding_phone FOREIGN KEY (phone_id) REFERENCES phone (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_phone_binding_phone ON phone_binding (phone_id);

-- Not unique on (person, room): a tenant who moves out and back in keeps both periods.
CREATE TABLE room_membership (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    person_id  BIGINT      NOT NULL,
    room_id    BIGINT      NOT NULL,
    role       VARCHAR(16) NOT NULL,
    valid_from DATETIME(3) NULL,
    valid_to   DATETIME(3) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_room_membership_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_room_membership_room FOREIGN KEY (room_id) REFERENCES room (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_room_membership_person ON room_membership (person_id);
CREATE INDEX ix_room_membership_room ON room_membership (room_id);

-- permissions is a comma list of DOOR, VISITOR, BROADCAST, BLACKLIST, QUERY: always read
-- whole with the role, never queried by a single permission.
CREATE TABLE staff_role (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    person_id   BIGINT       NOT NULL,
    node_id     BIGINT       NOT NULL,
    permissions VARCHAR(100) NOT NULL,
    on_duty     BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    CONSTRAINT uq_staff_role_person_node UNIQUE (person_id, node_id),
    CONSTRAINT fk_staff_role_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_staff_role_node FOREIGN KEY (node_id) REFERENCES org_node (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_staff_role_node ON staff_role (node_id);

-- node is the unit for an entrance door, the building or the community for a gate.
CREATE TABLE door (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    code           VARCHAR(32)  NOT NULL,
    name           VARCHAR(100) NULL,
    community_id   BIGINT       NOT NULL,
    node_id        BIGINT       NOT NULL,
    controller_id  VARCHAR(64)  NOT NULL,
    online         BOOLEAN      NOT NULL DEFAULT FALSE,
    last_heartbeat DATETIME(3)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_door_community_code UNIQUE (community_id, code),
    CONSTRAINT fk_door_community FOREIGN KEY (community_id) REFERENCES org_node (id),
    CONSTRAINT fk_door_node FOREIGN KEY (node_id) REFERENCES org_node (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_door_node ON door (node_id);
CREATE INDEX ix_door_controller ON door (controller_id);

CREATE TABLE card (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    number            VARCHAR(32) NOT NULL,
    holder_id         BIGINT      NOT NULL,
    community_id      BIGINT      NOT NULL,
    status            VARCHAR(16) NOT NULL,
    replaced_by_id    BIGINT      NULL,
    issued_at         DATETIME(3) NOT NULL,
    status_changed_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_card_number UNIQUE (number),
    CONSTRAINT fk_card_holder FOREIGN KEY (holder_id) REFERENCES person (id),
    CONSTRAINT fk_card_community FOREIGN KEY (community_id) REFERENCES org_node (id),
    CONSTRAINT fk_card_replaced_by FOREIGN KEY (replaced_by_id) REFERENCES card (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_card_holder ON card (holder_id);

-- Explicit rights beyond the holder's rooms. weekdays: bit 0 Monday ... bit 6 Sunday.
-- time_from/time_to null = all day; time_to before time_from wraps past midnight.
CREATE TABLE door_grant (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    card_id   BIGINT      NOT NULL,
    door_id   BIGINT      NOT NULL,
    weekdays  INT         NOT NULL DEFAULT 127,
    time_from TIME        NULL,
    time_to   TIME        NULL,
    valid_to  DATETIME(3) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_door_grant_card FOREIGN KEY (card_id) REFERENCES card (id),
    CONSTRAINT fk_door_grant_door FOREIGN KEY (door_id) REFERENCES door (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_door_grant_card ON door_grant (card_id);
CREATE INDEX ix_door_grant_door ON door_grant (door_id);

-- One row per loss report (GS); its case number is what the reply carries. Closed by JG.
CREATE TABLE card_loss_case (
    id                   BIGINT      NOT NULL AUTO_INCREMENT,
    case_number          VARCHAR(32) NOT NULL,
    card_id              BIGINT      NOT NULL,
    reported_by_phone_id BIGINT      NULL,
    reported_at          DATETIME(3) NOT NULL,
    resolved_at          DATETIME(3) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_card_loss_case_number UNIQUE (case_number),
    CONSTRAINT fk_card_loss_case_card FOREIGN KEY (card_id) REFERENCES card (id),
    CONSTRAINT fk_card_loss_case_phone FOREIGN KEY (reported_by_phone_id) REFERENCES phone (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_card_loss_case_card ON card_loss_case (card_id);

-- visitor_phone is a plain E.164 string: visitors are usually not registered.
CREATE TABLE visitor_request (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    visitor_phone VARCHAR(16) NOT NULL,
    visitor_name  VARCHAR(50) NOT NULL,
    type          VARCHAR(2)  NOT NULL,
    room_id       BIGINT      NOT NULL,
    community_id  BIGINT      NOT NULL,
    approval_code VARCHAR(8)  NOT NULL,
    state         VARCHAR(16) NOT NULL,
    created_at    DATETIME(3) NOT NULL,
    expires_at    DATETIME(3) NOT NULL,
    decided_at    DATETIME(3) NULL,
    decided_by_id BIGINT      NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_visitor_request_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT fk_visitor_request_community FOREIGN KEY (community_id) REFERENCES org_node (id),
    CONSTRAINT fk_visitor_request_decided_by FOREIGN KEY (decided_by_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_visitor_request_code ON visitor_request (approval_code, state);
CREATE INDEX ix_visitor_request_state_expiry ON visitor_request (state, expires_at);
CREATE INDEX ix_visitor_request_phone ON visitor_request (visitor_phone);

-- Uniqueness of pass_code among the live passes of a community is a service rule: a partial
-- unique index is not portable between H2 and MySQL.
CREATE TABLE visitor_pass (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    request_id    BIGINT      NULL,
    visitor_phone VARCHAR(16) NOT NULL,
    type          VARCHAR(2)  NOT NULL,
    room_id       BIGINT      NOT NULL,
    community_id  BIGINT      NOT NULL,
    pass_code     VARCHAR(8)  NOT NULL,
    state         VARCHAR(16) NOT NULL,
    valid_from    DATETIME(3) NOT NULL,
    valid_to      DATETIME(3) NOT NULL,
    issued_by_id  BIGINT      NULL,
    created_at    DATETIME(3) NOT NULL,
    revoked_at    DATETIME(3) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_visitor_pass_request FOREIGN KEY (request_id) REFERENCES visitor_request (id),
    CONSTRAINT fk_visitor_pass_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT fk_visitor_pass_community FOREIGN KEY (community_id) REFERENCES org_node (id),
    CONSTRAINT fk_visitor_pass_issued_by FOREIGN KEY (issued_by_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_visitor_pass_code ON visitor_pass (community_id, pass_code, state);
CREATE INDEX ix_visitor_pass_phone ON visitor_pass (visitor_phone, state);
CREATE INDEX ix_visitor_pass_room ON visitor_pass (room_id);

-- created_by is an actor string as in audit_log ("console:admin", "sms:+8613900000001").
CREATE TABLE blacklist_entry (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    community_id BIGINT       NOT NULL,
    phone        VARCHAR(16)  NOT NULL,
    reason       VARCHAR(200) NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_blacklist_entry_phone UNIQUE (community_id, phone),
    CONSTRAINT fk_blacklist_entry_community FOREIGN KEY (community_id) REFERENCES org_node (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_blacklist_entry_phone ON blacklist_entry (phone);

CREATE TABLE notice_channel (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    community_id BIGINT       NOT NULL,
    code         VARCHAR(8)   NOT NULL,
    name         VARCHAR(100) NOT NULL,
    name_en      VARCHAR(100) NULL,
    emergency    BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT uq_notice_channel_code UNIQUE (community_id, code),
    CONSTRAINT fk_notice_channel_community FOREIGN KEY (community_id) REFERENCES org_node (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE subscription (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    phone_id   BIGINT      NOT NULL,
    channel_id BIGINT      NOT NULL,
    state      VARCHAR(16) NOT NULL,
    changed_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_subscription_phone_channel UNIQUE (phone_id, channel_id),
    CONSTRAINT fk_subscription_phone FOREIGN KEY (phone_id) REFERENCES phone (id),
    CONSTRAINT fk_subscription_channel FOREIGN KEY (channel_id) REFERENCES notice_channel (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_subscription_channel ON subscription (channel_id, state);

-- One opening attempt at a door, granted or not.
CREATE TABLE access_record (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    door_id     BIGINT       NOT NULL,
    card_id     BIGINT       NULL,
    pass_id     BIGINT       NULL,
    phone       VARCHAR(16)  NULL,
    occurred_at DATETIME(3)  NOT NULL,
    result      VARCHAR(16)  NOT NULL,
    detail      VARCHAR(255) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_access_record_door FOREIGN KEY (door_id) REFERENCES door (id),
    CONSTRAINT fk_access_record_card FOREIGN KEY (card_id) REFERENCES card (id),
    CONSTRAINT fk_access_record_pass FOREIGN KEY (pass_id) REFERENCES visitor_pass (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_access_record_door_time ON access_record (door_id, occurred_at);
CREATE INDEX ix_access_record_card_time ON access_record (card_id, occurred_at);
CREATE INDEX ix_access_record_pass ON access_record (pass_id);
CREATE INDEX ix_access_record_phone_time ON access_record (phone, occurred_at);

CREATE TABLE repair_ticket (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    number     VARCHAR(32)   NOT NULL,
    room_id    BIGINT        NOT NULL,
    phone_id   BIGINT        NOT NULL,
    text       VARCHAR(1000) NOT NULL,
    state      VARCHAR(16)   NOT NULL,
    created_at DATETIME(3)   NOT NULL,
    closed_at  DATETIME(3)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_repair_ticket_number UNIQUE (number),
    CONSTRAINT fk_repair_ticket_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT fk_repair_ticket_phone FOREIGN KEY (phone_id) REFERENCES phone (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_repair_ticket_room ON repair_ticket (room_id, state);

CREATE TABLE console_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    node_id       BIGINT       NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins INT          NOT NULL DEFAULT 0,
    locked_until  DATETIME(3)  NULL,
    language      VARCHAR(2)   NOT NULL DEFAULT 'ZH',
    created_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_console_user_username UNIQUE (username),
    CONSTRAINT fk_console_user_node FOREIGN KEY (node_id) REFERENCES org_node (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Only a hash of the key is kept; the key itself is shown once when it is created.
CREATE TABLE api_key (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    name         VARCHAR(100) NOT NULL,
    key_hash     VARCHAR(128) NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    revoked_at   DATETIME(3)  NULL,
    last_used_at DATETIME(3)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_api_key_hash UNIQUE (key_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE audit_log (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(3)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    target_type VARCHAR(32)   NULL,
    target_id   VARCHAR(64)   NULL,
    detail      VARCHAR(1000) NULL,
    CONSTRAINT pk_audit_log PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_audit_log_time ON audit_log (occurred_at);
CREATE INDEX ix_audit_log_target ON audit_log (target_type, target_id);
CREATE INDEX ix_audit_log_actor ON audit_log (actor, occurred_at);
