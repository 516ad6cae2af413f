/**
 * Accounts on the web: password hashing (Argon2id), secrets (tokens, session ids), and the routes for logging in
 * and out, users and tokens, the audit log and the review workflow.
 */
package org.groundtruth.web.account;
