/**
 * The gazetteer: places with their names in several scripts and spellings, and the lookup that tolerates
 * the spellings found in real data. Pure in-memory engine; loading files is the intake module's job.
 */
package org.groundtruth.gazetteer;
