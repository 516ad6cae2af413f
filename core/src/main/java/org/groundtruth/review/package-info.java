/**
 * The review workflow of incidents: draft, in review, published (a reviewer's sign-off), retracted with a reason.
 * {@link org.groundtruth.review.ReviewRules} says which role may make which move; the
 * {@link org.groundtruth.review.IncidentReviews} port makes it and records it in the audit log in one transaction.
 */
package org.groundtruth.review;
