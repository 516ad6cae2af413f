/** Facts about scripts that several features' text comparisons share; no feature's own rules. */
package org.groundtruth.text;
