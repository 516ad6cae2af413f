/** Matching incidents with the parties' claims: a space-and-time grid index, a brute-force oracle, scores with reasons. */
package org.groundtruth.matching;
