/**
 * Exports that leave the application as files: a signed session note with its addenda, a session's
 * plan as a handout, a client's attendance and homework history, and a group's attendance and homework
 * board as spreadsheets. The service checks access per record and audits every export exactly once;
 * it returns plain models, and the application renders them (PDF, CSV) so the domain stays free of any
 * file-format library. {@link org.mutual.domain.export.Csv} is the one format written here, because
 * its quoting and formula neutralising are rules worth testing on their own.
 */
package org.mutual.domain.export;
