#include "Migrations.h"

namespace mid {

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1, "tenants, consents, audit", R"SQL(
CREATE TABLE clients (
    client_id          TEXT PRIMARY KEY,
    name               TEXT NOT NULL,
    plan               TEXT NOT NULL,
    status             TEXT NOT NULL,
    scopes             TEXT NOT NULL,
    allowed_origins    TEXT NOT NULL,
    qr_payload         TEXT NOT NULL,
    rate_limits        TEXT,
    api_key_hash       BLOB NOT NULL UNIQUE,
    old_key_hash       BLOB,
    old_key_expires_at INTEGER,
    secret_enc         BLOB NOT NULL,
    stripe_customer_id TEXT,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);
CREATE TABLE webhook_endpoints (
    id          TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    url         TEXT NOT NULL,
    events      TEXT NOT NULL,
    secret_enc  BLOB NOT NULL,
    status      TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX webhook_endpoints_client ON webhook_endpoints(client_id);
CREATE TABLE access_tokens (
    token_hash  BLOB PRIMARY KEY,
    client_id   TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    scope       TEXT NOT NULL,
    expires_at  INTEGER NOT NULL
);
CREATE TABLE operators (
    id             TEXT PRIMARY KEY,
    username       TEXT NOT NULL UNIQUE,
    role           TEXT NOT NULL,
    password_hash  BLOB,
    password_salt  BLOB,
    created_at     INTEGER NOT NULL
);
CREATE TABLE operator_tokens (
    token_hash    BLOB PRIMARY KEY,
    operator_id   TEXT NOT NULL REFERENCES operators(id) ON DELETE CASCADE,
    created_at    INTEGER NOT NULL,
    last_used_at  INTEGER NOT NULL,
    never_expires INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE consents (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    client_id    TEXT NOT NULL,
    recipient    TEXT NOT NULL,
    intent       TEXT NOT NULL,
    scope        TEXT NOT NULL,
    metadata     TEXT NOT NULL,
    callback_url TEXT,
    status       TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    scanned_at   INTEGER,
    decided_at   INTEGER,
    revoked_at   INTEGER,
    user_json    TEXT,
    device_json  TEXT
);
CREATE INDEX consents_client_seq ON consents(client_id, seq);
CREATE INDEX consents_pending_expiry ON consents(expires_at) WHERE status = 'pending';
CREATE TABLE qr_codes (
    id          TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL,
    type        TEXT NOT NULL,
    session_id  TEXT,
    content     TEXT NOT NULL,
    format      TEXT NOT NULL,
    size        INTEGER NOT NULL,
    ec_level    TEXT NOT NULL,
    scan_count  INTEGER NOT NULL DEFAULT 0,
    scanned_at  INTEGER,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
);
CREATE INDEX qr_codes_session ON qr_codes(session_id);
CREATE TABLE audit_events (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    at          INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    resource    TEXT NOT NULL,
    outcome     INTEGER NOT NULL,
    ip          TEXT NOT NULL,
    user_agent  TEXT NOT NULL,
    request_id  TEXT NOT NULL,
    details     TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_events_at ON audit_events(at);
CREATE INDEX audit_events_actor ON audit_events(actor, seq);
CREATE TABLE signing_keys (
    kid          TEXT PRIMARY KEY,
    alg          TEXT NOT NULL,
    private_enc  BLOB NOT NULL,
    public_der   BLOB NOT NULL,
    created_at   INTEGER NOT NULL,
    retired_at   INTEGER
);
)SQL"},
        {2, "key regeneration rotates the client secret too", R"SQL(
ALTER TABLE clients ADD COLUMN old_secret_enc BLOB;
ALTER TABLE clients ADD COLUMN credentials_rotated_at INTEGER NOT NULL DEFAULT 0;
)SQL"},
        {3, "users, devices, FIDO credentials and ceremonies, enrollments, messages", R"SQL(
CREATE TABLE users (
    id           TEXT PRIMARY KEY,
    mobile       TEXT NOT NULL UNIQUE,
    verified_at  INTEGER,
    created_at   INTEGER NOT NULL
);
CREATE TABLE devices (
    seq                 INTEGER PRIMARY KEY,
    id                  TEXT NOT NULL UNIQUE,
    device_key          TEXT NOT NULL,
    user_id             TEXT NOT NULL REFERENCES users(id),
    mobile              TEXT NOT NULL,
    model               TEXT,
    os                  TEXT,
    app_version         TEXT,
    push_token          TEXT,
    status              TEXT NOT NULL,
    block_reason        TEXT,
    enrolled_by_client  TEXT,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    last_used_at        INTEGER,
    blocked_at          INTEGER,
    deregistered_at     INTEGER
);
CREATE UNIQUE INDEX devices_live_key ON devices(device_key) WHERE status <> 'deregistered';
CREATE INDEX devices_user ON devices(user_id);
CREATE INDEX devices_mobile ON devices(mobile, seq);
CREATE TABLE device_clients (
    device_id   TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    client_id   TEXT NOT NULL,
    reason      TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (device_id, client_id)
);
CREATE INDEX device_clients_client ON device_clients(client_id, device_id);
CREATE TABLE fido_credentials (
    credential_id       BLOB PRIMARY KEY,
    device_id           TEXT NOT NULL REFERENCES devices(id),
    user_id             TEXT NOT NULL REFERENCES users(id),
    public_key          BLOB NOT NULL,
    alg                 INTEGER NOT NULL,
    aaguid              TEXT NOT NULL,
    sign_count          INTEGER NOT NULL,
    transports          TEXT NOT NULL,
    attestation_format  TEXT NOT NULL,
    flagged_at          INTEGER,
    revoked_at          INTEGER,
    created_at          INTEGER NOT NULL,
    last_used_at        INTEGER
);
CREATE INDEX fido_credentials_device ON fido_credentials(device_id);
CREATE INDEX fido_credentials_user ON fido_credentials(user_id);
CREATE TABLE enrollments (
    seq               INTEGER PRIMARY KEY,
    id                TEXT NOT NULL UNIQUE,
    client_id         TEXT,
    mobile            TEXT NOT NULL,
    device_key        TEXT NOT NULL,
    device_info       TEXT NOT NULL,
    external_user_id  TEXT,
    code_hash         BLOB NOT NULL,
    attempts          INTEGER NOT NULL DEFAULT 0,
    status            TEXT NOT NULL,
    token_hash        BLOB UNIQUE,
    token_expires_at  INTEGER,
    token_used_at     INTEGER,
    device_id         TEXT,
    created_by        TEXT NOT NULL,
    expires_at        INTEGER NOT NULL,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    verified_at       INTEGER,
    completed_at      INTEGER
);
CREATE INDEX enrollments_device_time ON enrollments(device_key, created_at);
CREATE TABLE fido_ceremonies (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL,
    challenge      BLOB NOT NULL,
    client_id      TEXT,
    enrollment_id  TEXT,
    session_id     TEXT,
    user_id        TEXT,
    mobile         TEXT,
    device_key     TEXT,
    device_id      TEXT,
    device_info    TEXT NOT NULL,
    allowed        TEXT NOT NULL,
    expires_at     INTEGER NOT NULL,
    created_at     INTEGER NOT NULL,
    used_at        INTEGER
);
CREATE INDEX fido_ceremonies_expiry ON fido_ceremonies(expires_at);
CREATE TABLE messages (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    channel     TEXT NOT NULL,
    to_address  TEXT NOT NULL,
    body        TEXT NOT NULL,
    purpose     TEXT NOT NULL,
    client_id   TEXT,
    created_at  INTEGER NOT NULL
);
CREATE INDEX messages_to ON messages(to_address, seq);
)SQL"},
        {4, "event outbox, webhook endpoints' secrets, deliveries and their attempts", R"SQL(
CREATE TABLE events (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    type       TEXT NOT NULL,
    client_id  TEXT,
    resource   TEXT,
    at         INTEGER NOT NULL,
    data       TEXT NOT NULL
);
CREATE INDEX events_resource ON events(resource) WHERE resource IS NOT NULL;
CREATE INDEX events_at ON events(at);
ALTER TABLE webhook_endpoints ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE webhook_endpoints ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE webhook_endpoints ADD COLUMN status_reason TEXT;
ALTER TABLE webhook_endpoints ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
CREATE TABLE webhook_endpoint_secrets (
    endpoint_id  TEXT NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
    secret_enc   BLOB NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL
);
CREATE INDEX webhook_endpoint_secrets_endpoint ON webhook_endpoint_secrets(endpoint_id);
CREATE TABLE webhook_deliveries (
    seq              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    event_id         TEXT NOT NULL REFERENCES events(id),
    event_type       TEXT NOT NULL,
    client_id        TEXT,
    endpoint_id      TEXT,
    url              TEXT NOT NULL,
    resource         TEXT,
    status           TEXT NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER,
    claimed_by       TEXT,
    lease_until      INTEGER,
    last_status_code INTEGER,
    last_error       TEXT,
    last_duration_ms INTEGER,
    replay_of        TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    delivered_at     INTEGER
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries(next_attempt_at)
    WHERE status IN ('pending', 'retrying');
CREATE INDEX webhook_deliveries_client ON webhook_deliveries(client_id, seq);
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries(endpoint_id, seq);
CREATE INDEX webhook_deliveries_resource ON webhook_deliveries(resource) WHERE resource IS NOT NULL;
CREATE INDEX webhook_deliveries_event ON webhook_deliveries(event_id);
CREATE TABLE webhook_attempts (
    seq               INTEGER PRIMARY KEY,
    delivery_id       TEXT NOT NULL REFERENCES webhook_deliveries(id),
    number            INTEGER NOT NULL,
    started_at        INTEGER NOT NULL,
    duration_ms       INTEGER NOT NULL,
    status_code       INTEGER,
    error             TEXT,
    request_headers   TEXT NOT NULL,
    request_body      BLOB NOT NULL,
    response_headers  TEXT NOT NULL,
    response_body     BLOB NOT NULL,
    response_truncated INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts(delivery_id, number);
)SQL"},
        // Every inbound webhook request (§9), whatever its verdict. `effects` is the JSON array of
        // what a verified event changed, NULL while a verified row's effects are still to be
        // applied. A provider's event id is verified at most once (the partial unique index),
        // so a repeat is stored as a duplicate and changes nothing.
        {5, "inbound webhooks", R"SQL(
CREATE TABLE inbound_webhooks (
    seq                INTEGER PRIMARY KEY,
    id                 TEXT NOT NULL UNIQUE,
    provider           TEXT NOT NULL,
    provider_event_id  TEXT,
    event_type         TEXT,
    customer_ref       TEXT,
    received_at        INTEGER NOT NULL,
    ip                 TEXT NOT NULL,
    headers            TEXT NOT NULL,
    body               BLOB NOT NULL,
    body_size          INTEGER NOT NULL,
    body_truncated     INTEGER NOT NULL DEFAULT 0,
    verdict            TEXT NOT NULL,
    reason             TEXT NOT NULL,
    http_status        INTEGER NOT NULL,
    decoded            TEXT,
    effects            TEXT,
    client_id          TEXT,
    duplicate_of       TEXT
);
CREATE UNIQUE INDEX inbound_webhooks_event ON inbound_webhooks(provider, provider_event_id)
    WHERE verdict = 'verified';
CREATE INDEX inbound_webhooks_customer ON inbound_webhooks(provider, customer_ref, seq)
    WHERE verdict = 'verified';
CREATE INDEX inbound_webhooks_provider ON inbound_webhooks(provider, verdict, seq);
)SQL"},
        // Indexes no query reads (events are looked up by id and replayed by seq; deliveries
        // are not looked up by event id): each cost a page written with every state change
        // that records an event.
        {6, "drop unread outbox indexes", R"SQL(
DROP INDEX events_resource;
DROP INDEX events_at;
DROP INDEX webhook_deliveries_event;
)SQL"},
        // Seed 004 (§8). An identity is created pending by activate/initiate (or a redeemed
        // verification code) and becomes active when the FIDO registration its activation
        // token began completes; `hash` is the hex SHA-256 of `mpin_id`, the name seed 004's
        // paths and lists use. Codes are stored hashed: verification URLs' codes and OTPs.
        // The audit indexes serve the seed-004 audit endpoint and the console's user filter,
        // which read who an audited call concerned from its details.
        {7, "MPin identities, verification codes and OTPs; audit by user", R"SQL(
CREATE TABLE mpin_identities (
    seq               INTEGER PRIMARY KEY,
    hash              TEXT NOT NULL UNIQUE,
    mpin_id           TEXT NOT NULL,
    client_id         TEXT NOT NULL,
    user_id           TEXT NOT NULL,
    device_name       TEXT NOT NULL,
    status            TEXT NOT NULL,
    act_token_hash    TEXT UNIQUE,
    act_expires_at    INTEGER NOT NULL,
    act_used_at       INTEGER,
    credential_id     BLOB,
    device_id         TEXT,
    dvs               INTEGER NOT NULL DEFAULT 0,
    ip                TEXT NOT NULL,
    country           TEXT NOT NULL,
    revoke_reason     TEXT,
    revoked_at        INTEGER,
    activated_at      INTEGER,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL
);
CREATE INDEX mpin_identities_client ON mpin_identities(client_id, status, seq);
CREATE INDEX mpin_identities_user ON mpin_identities(client_id, user_id, seq);
CREATE INDEX mpin_identities_credential ON mpin_identities(credential_id)
    WHERE credential_id IS NOT NULL;
CREATE INDEX mpin_identities_device ON mpin_identities(device_id) WHERE device_id IS NOT NULL;
CREATE TABLE mpin_codes (
    seq           INTEGER PRIMARY KEY,
    code_hash     TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL,
    client_id     TEXT NOT NULL,
    user_id       TEXT NOT NULL,
    device_name   TEXT NOT NULL,
    redirect_uri  TEXT NOT NULL,
    state         TEXT NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    expires_at    INTEGER NOT NULL,
    used_at       INTEGER,
    created_at    INTEGER NOT NULL
);
CREATE INDEX mpin_codes_otp ON mpin_codes(client_id, user_id, seq) WHERE kind = 'otp';
ALTER TABLE fido_ceremonies ADD COLUMN mpin_identity TEXT;
CREATE INDEX audit_events_user ON audit_events(json_extract(details, '$.userId'), seq)
    WHERE json_extract(details, '$.userId') IS NOT NULL;
CREATE INDEX audit_events_client ON audit_events(json_extract(details, '$.clientId'), seq)
    WHERE json_extract(details, '$.clientId') IS NOT NULL;
)SQL"},
        {8, "audit counts kept per actor and action; audit by action", R"SQL(
CREATE TABLE audit_counts (
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    rows  INTEGER NOT NULL,
    PRIMARY KEY (field, value)
) WITHOUT ROWID;
INSERT INTO audit_counts SELECT 'all', '', COUNT(*) FROM audit_events;
INSERT INTO audit_counts SELECT 'actor', actor, COUNT(*) FROM audit_events GROUP BY actor;
INSERT INTO audit_counts SELECT 'action', action, COUNT(*) FROM audit_events GROUP BY action;
CREATE INDEX audit_events_action ON audit_events(action, seq);
)SQL"},
        {9, "identity documents, verifications and signing sessions", R"SQL(
CREATE TABLE documents (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    client_id    TEXT NOT NULL,
    purpose      TEXT NOT NULL,
    filename     TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    mrz_json     TEXT,
    created_at   INTEGER NOT NULL,
    deleted_at   INTEGER
);
CREATE INDEX documents_client ON documents(client_id, seq);
CREATE INDEX documents_live ON documents(created_at) WHERE deleted_at IS NULL;
CREATE TABLE verifications (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    client_id    TEXT NOT NULL,
    type         TEXT NOT NULL,
    mobile       TEXT,
    user_id      TEXT,
    claimed_name TEXT NOT NULL,
    document_ids TEXT NOT NULL,
    checks       TEXT NOT NULL,
    status       TEXT NOT NULL,
    note         TEXT,
    decided_by   TEXT,
    decided_at   INTEGER,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX verifications_status ON verifications(status, seq);
CREATE INDEX verifications_client ON verifications(client_id, seq);
CREATE TABLE signing_sessions (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    client_id       TEXT NOT NULL,
    consent_id      TEXT NOT NULL UNIQUE,
    document_id     TEXT NOT NULL,
    document_sha256 TEXT NOT NULL,
    signer          TEXT NOT NULL,
    reason          TEXT NOT NULL,
    intent          TEXT NOT NULL,
    evidence        TEXT,
    seal            TEXT,
    signed_at       INTEGER,
    created_at      INTEGER NOT NULL
);
CREATE INDEX signing_sessions_client ON signing_sessions(client_id, seq);
)SQL"},
    };
    return all;
}

} // namespace mid
