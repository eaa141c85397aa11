/**
 * The export reads: each file's data in one statement (the record with a MULTISET per list), so a long
 * note with many addenda or a long history costs the same number of queries as a short one.
 */
package org.mutual.persistence.export;
