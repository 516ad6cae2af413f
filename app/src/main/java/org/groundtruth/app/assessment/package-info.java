/** CLI of assessment: {@code attribute}, {@code grade} and {@code objectives import|list}. */
package org.groundtruth.app.assessment;
