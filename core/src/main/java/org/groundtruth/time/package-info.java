/** Dates of events with honest precision: windows of local calendar days, optional clock time and offset. */
package org.groundtruth.time;
