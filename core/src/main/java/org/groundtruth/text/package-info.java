/** Text every feature shares: what every accepted text must be (whole Unicode, no NUL), checked where input arrives, and facts about scripts that several features' comparisons use; no feature's own rules. */
package org.groundtruth.text;
