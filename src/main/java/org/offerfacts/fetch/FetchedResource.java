package org.offerfacts.fetch;

import java.net.URI;

/**
 * A document fetched from the web, after redirects.
 *
 * @param requested   the URL the user gave
 * @param finalUri    the URL the body came from (after redirects)
 * @param contentType the Content-Type header as sent, or null
 * @param body        the body, decompressed and within the size cap
 */
public record FetchedResource(URI requested, URI finalUri, String contentType, byte[] body) {}
