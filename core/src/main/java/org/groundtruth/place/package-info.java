/** Where things happened: coordinates, precision levels and the names sources gave. */
package org.groundtruth.place;
