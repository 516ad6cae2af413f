/** Loading the gazetteer: the bundled GeoNames and Syrian Archive places, and GeoNames dumps or CSV files given by users. */
package org.groundtruth.gazetteer;
