/**
 * Attribution: who most likely carried out a strike. A probability over candidate perpetrators from the evidence a
 * reviewer can check (parties the sources named, matched claims and admissions, which forces were active nearby,
 * aircraft and munitions reported, time of day, sightings), with the evidence for and against each candidate, and a
 * joint category ("Russian military or Syrian government") when two cannot be told apart. Plain values, no I/O.
 */
package org.groundtruth.attribution;
