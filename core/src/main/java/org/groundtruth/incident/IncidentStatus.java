package org.groundtruth.incident;

/** Where an incident stands in review. Publication rules arrive with accounts and roles. */
public enum IncidentStatus {
    DRAFT, IN_REVIEW, PUBLISHED, RETRACTED
}
