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
    };
    return all;
}

} // namespace mid
