/**
 * Accounts: users and their {@link org.groundtruth.account.Role}, API tokens, sessions, the login throttle, and the
 * {@link org.groundtruth.account.AccountStore} port. Secrets never live here in the clear: the store holds password
 * hashes (Argon2id, made in the web layer) and SHA-256 digests of tokens and session ids. No I/O here.
 */
package org.groundtruth.account;
