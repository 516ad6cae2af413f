/**
 * Assessment: runs attribution, objective analysis and grading for an incident or the whole store, gathering their
 * inputs through the ports (incidents, objectives, statements of the parties), and the ledger that keeps each
 * incident's latest computed grade and attributed parties (for search filters) and every reviewer override.
 */
package org.groundtruth.assessment;
