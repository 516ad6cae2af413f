/**
 * Military objectives and civilian objects: a layer of known military sites, positions and front lines with their
 * validity periods, and for an incident the nearest objective active at the time, whether sources report an armed
 * presence, which protected objects were hit, and a plainly worded concern level. It informs analysts; it never
 * declares a crime. Geometry is plain spherical code (decision 0543); no I/O.
 */
package org.groundtruth.objective;
