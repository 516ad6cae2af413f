/** JDBC implementations of the assessment ports (objective layer, stored assessments and grade overrides), on a {@link org.groundtruth.storage.jdbc.Database}. */
package org.groundtruth.storage.assessment;
