/** What every text the system accepts must be (whole Unicode, no NUL), checked where input arrives. */
package org.groundtruth.text;
