/** The sightings ledger on SQLite and PostgreSQL: spotters, their posts, sightings (migrations V800, both dialects). */
package org.groundtruth.storage.warning;
