/** The ledger of what the parties said: claims of strikes and responses to allegations, validated on construction. */
package org.groundtruth.claim;
