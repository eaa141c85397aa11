/**
 * Homework between sessions: a facilitator assigns it to one member or to every active member of a
 * group (one batch per assign action), usually from an exercise's homework variant; the client writes
 * a reflection and structured answers and submits; a facilitator reviews it with optional feedback.
 * A client only ever sees their own homework, and every read and write of a reflection is audited.
 * Homework can carry entries of the practice's resource library (readings, worksheets: a link or a
 * PDF); a client opens an entry only through homework of their own.
 */
package org.mutual.domain.homework;
