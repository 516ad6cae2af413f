-- Failed logins for the login throttle (decision 0741): one row per failure per key, where the key is a SHA-256
-- digest of the account name or of the client address (never the name or the address itself). Times are epoch
-- milliseconds so that they order as numbers. Rows older than the throttle's window are deleted as failures arrive.
-- An attempt is counted before its password is checked and taken back by id if the password was right.
CREATE TABLE login_failures (
    id         INTEGER PRIMARY KEY,
    key_digest TEXT    NOT NULL,
    at_ms      INTEGER NOT NULL
);
CREATE INDEX login_failures_by_key ON login_failures (key_digest, at_ms);
CREATE INDEX login_failures_by_time ON login_failures (at_ms);
