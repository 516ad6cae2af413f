/** The `claims` and `match` commands: the claims ledger, responses, and matching claims with incidents over the store. */
package org.groundtruth.app.claims;
