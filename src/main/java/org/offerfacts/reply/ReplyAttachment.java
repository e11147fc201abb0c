package org.offerfacts.reply;

/**
 * A file that came with a reply (a signed offer, a spec sheet, a forwarded mail), for the caller
 * to turn into a document of the offer.
 *
 * @param fileName the name the sender gave it, or a made-up one ("attachment-2.pdf")
 * @param mediaType its declared type without parameters ("application/pdf")
 * @param bytes    its decoded content
 */
public record ReplyAttachment(String fileName, String mediaType, byte[] bytes) {}
