/**
 * Grading: how well an incident is established (Confirmed, Fair, Weak, Contested, Discounted, as the brief defines
 * them), computed from its sources, their independence and credibility, admissions and competing claims, with the
 * reasons in words; and a reviewer's override with its written reason and author, kept beside the computed grade.
 */
package org.groundtruth.grading;
