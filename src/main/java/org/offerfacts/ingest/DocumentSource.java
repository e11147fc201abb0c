package org.offerfacts.ingest;

/**
 * Raw bytes of a document and what is known about them before reading. The declared type and
 * name are hints only: the type is detected from the content.
 *
 * @param source       path or URL as given by the user, used in messages and output
 * @param fileName     the file name, if any (for titles), else null
 * @param declaredType the Content-Type a server or mail part declared, else null
 * @param bytes        the content, already bounded by the caller's size cap
 */
public record DocumentSource(String source, String fileName, String declaredType, byte[] bytes) {}
