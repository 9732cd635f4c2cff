-- Sign-in throttling shared by every instance (Bucket4j's PostgreSQL backend, select for update): one
-- token bucket per client address and per account at an address, and per account for the current-password
-- check of a password change. Keys hold no e-mail address (a hash of it); rows expire once refilled.
CREATE TABLE login_throttle (
    id         VARCHAR(200) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX login_throttle_expires_idx ON login_throttle (expires_at);
