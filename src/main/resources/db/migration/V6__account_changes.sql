-- Account changes that reach the identity provider (Keycloak) are recorded as intents in the same
-- transaction as the application's own change and its audit entry, then finished once Keycloak has
-- done its part, or undone. A change still PENDING after a restart is finished (or undone) by the
-- application, so the application, Keycloak and the audit trail end up agreeing.
CREATE TABLE account_change (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    account_id   BIGINT        NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    previous     VARCHAR(100),
    target       VARCHAR(100),
    state        VARCHAR(16)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    finished_at  DATETIME(6),
    PRIMARY KEY (id),
    INDEX ix_account_change_state (state, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
