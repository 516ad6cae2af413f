/** The account commands: {@code user} (add, list, token, revoke, role, disable), {@code audit} (verify, export), {@code review}. */
package org.groundtruth.app.account;
