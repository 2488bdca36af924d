-- Audit trail, second design. Entries are written by the request in its own transaction (an outbox)
-- and carry a keyed MAC of their content; a background sealer chains committed entries in order
-- (audit_seal) and moves a head that is itself sealed. The application's database user may insert and
-- read these tables but never update or delete an entry or a seal (see afterMigrate.sql).

-- The trail written by the first design stays as it was, read-only, and is verified with its own rules.
RENAME TABLE audit_entry TO audit_entry_v1, audit_chain_head TO audit_chain_head_v1;

CREATE TABLE audit_entry (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at     DATETIME(6)   NOT NULL,
    subject         VARCHAR(100)  NOT NULL,
    role            VARCHAR(16)   NOT NULL,
    action          VARCHAR(40)   NOT NULL,
    record_type     VARCHAR(32)   NOT NULL,
    record_id       BIGINT,
    patient_id      BIGINT,
    outcome         VARCHAR(16)   NOT NULL,
    client_address  VARCHAR(64),
    key_id          VARCHAR(16)   NOT NULL,
    mac             CHAR(64)      NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_patient (patient_id, occurred_at),
    INDEX ix_audit_subject (subject, occurred_at),
    INDEX ix_audit_action (action, occurred_at),
    INDEX ix_audit_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- New entry ids continue after the archived ones, so an id names one entry across both.
SET @next_audit_id = (SELECT COALESCE(MAX(id), 0) + 1 FROM audit_entry_v1);
EXECUTE IMMEDIATE CONCAT('ALTER TABLE audit_entry AUTO_INCREMENT = ', @next_audit_id);

-- One row per sealed entry, in chain order: seq counts 1, 2, 3 ... without gaps.
CREATE TABLE audit_seal (
    seq            BIGINT        NOT NULL,
    entry_id       BIGINT        NOT NULL,
    previous_hash  CHAR(64)      NOT NULL,
    hash           CHAR(64)      NOT NULL,
    key_id         VARCHAR(16)   NOT NULL,
    sealed_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (seq),
    UNIQUE KEY uk_seal_entry (entry_id)
) ENGINE = InnoDB DEFAULT CHARSET = ascii;

-- Where the chain ends, sealed with the key (mac) so that it cannot be moved back without it.
CREATE TABLE audit_chain_head (
    id             INT           NOT NULL,
    seal_count     BIGINT        NOT NULL,
    last_entry_id  BIGINT        NOT NULL,
    last_hash      CHAR(64)      NOT NULL,
    key_id         VARCHAR(16)   NOT NULL,
    sealed_at      DATETIME(6)   NOT NULL,
    mac            CHAR(64)      NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = ascii;
INSERT INTO audit_chain_head (id, seal_count, last_entry_id, last_hash, key_id, sealed_at, mac)
VALUES (1, 0, 0, '0000000000000000000000000000000000000000000000000000000000000000', '', UTC_TIMESTAMP(6), '');

-- Which replica seals: a lease it renews while it works; another takes over once it runs out.
CREATE TABLE audit_sealer (
    id          INT           NOT NULL,
    owner       VARCHAR(100)  NOT NULL,
    expires_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = ascii;
INSERT INTO audit_sealer (id, owner, expires_at) VALUES (1, '', '1970-01-01 00:00:00');

-- Grants the application's runtime user (when one is configured) what it needs on every table of the
-- schema: insert and read only on the entries and seals, update also on the sealed head and the lease,
-- and ordinary reads and writes elsewhere. Called after every migration, so later tables are covered.
CREATE PROCEDURE grant_runtime_user(IN grantees VARCHAR(1000))
SQL SECURITY INVOKER
BEGIN
    DECLARE done INT DEFAULT 0;
    DECLARE t VARCHAR(64);
    DECLARE tables CURSOR FOR
        SELECT table_name FROM information_schema.tables
        WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE';
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
    IF grantees IS NOT NULL AND grantees <> '' AND grantees <> 'none' THEN
        OPEN tables;
        each_table: LOOP
            FETCH tables INTO t;
            IF done THEN
                LEAVE each_table;
            END IF;
            EXECUTE IMMEDIATE CONCAT('GRANT ',
                CASE
                    WHEN t IN ('audit_entry', 'audit_seal') THEN 'SELECT, INSERT'
                    WHEN t IN ('audit_chain_head', 'audit_sealer') THEN 'SELECT, INSERT, UPDATE'
                    WHEN t IN ('audit_entry_v1', 'audit_chain_head_v1', 'flyway_schema_history') THEN 'SELECT'
                    ELSE 'SELECT, INSERT, UPDATE, DELETE'
                END,
                ' ON `', DATABASE(), '`.`', t, '` TO ', grantees);
        END LOOP;
        CLOSE tables;
    END IF;
END;
