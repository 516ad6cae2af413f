/** Importing the claims ledger from CSV or JSON, all or nothing, through the incident mapping mechanism. */
package org.groundtruth.intake.claims;
