package org.offerfacts.ingest;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the attachments of one e-mail: PDF and HTML files through their parsers, forwarded
 * messages through the e-mail parser, everything else listed as skipped. What a file is comes
 * from its bytes; a failing attachment becomes a warning on the mail, never a failed mail.
 */
final class MailAttachments {

  private static final Logger log = LoggerFactory.getLogger(MailAttachments.class);

  /** Read documents and sentences about the attachments that were not. */
  record Result(List<IngestedDocument> documents, List<String> warnings) {}

  /** Parses a forwarded message found inside a message. */
  interface NestedMessageReader {
    IngestedDocument read(DocumentSource source, IngestLimits limits, int depth) throws IngestException;
  }

  private final ParserRegistry parsers;
  private final NestedMessageReader nestedMessages;

  MailAttachments(ParserRegistry parsers, NestedMessageReader nestedMessages) {
    this.parsers = parsers;
    this.nestedMessages = nestedMessages;
  }

  Result read(List<Part> parts, String mailSource, IngestLimits limits, int depth) {
    List<IngestedDocument> documents = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Set<String> usedNames = new HashSet<>();
    int index = 0;
    for (Part part : parts) {
      index++;
      if (index > limits.maxAttachments()) {
        warnings.add((parts.size() - limits.maxAttachments()) + " more attachments skipped (limit of "
            + limits.maxAttachments() + " per e-mail)");
        break;
      }
      String name = uniqueName(part, index, usedNames);
      try {
        readOne(part, name, mailSource, limits, depth, documents, warnings);
      } catch (IngestException e) {
        warnings.add("attachment " + name + " could not be read: " + e.getMessage());
      } catch (IOException | MessagingException | RuntimeException e) {
        log.debug("attachment {} of {} failed", name, mailSource, e);
        warnings.add("attachment " + name + " could not be read: " + e.getMessage());
      }
    }
    return new Result(documents, warnings);
  }

  private void readOne(Part part, String name, String mailSource, IngestLimits limits, int depth,
      List<IngestedDocument> documents, List<String> warnings) throws IOException, MessagingException, IngestException {
    byte[] bytes = boundedBytes(part, limits.maxBytes());
    if (bytes == null) {
      warnings.add("attachment " + name + " skipped: larger than " + Sizes.describe(limits.maxBytes()));
      return;
    }
    String declared = part.getContentType();
    String type = MediaTypes.sniff(bytes, declared, name);
    DocumentSource source = new DocumentSource(mailSource + "#" + name, name, declared, bytes);
    switch (type) {
      case MediaTypes.PDF, MediaTypes.HTML -> documents.add(parsers.read(source, limits));
      case MediaTypes.EMAIL -> documents.add(nestedMessages.read(source, limits, depth + 1));
      default -> {
        String shown = MediaTypes.BINARY.equals(type) && MediaTypes.baseType(declared) != null
            ? MediaTypes.baseType(declared) : type;
        warnings.add("attachment " + name + " skipped: " + shown);
      }
    }
  }

  /** The decoded content, or null when it exceeds the cap (read no further than the cap). */
  private static byte[] boundedBytes(Part part, long cap) throws IOException, MessagingException {
    int limit = (int) Math.min(Integer.MAX_VALUE - 8, cap);
    try (InputStream in = part.getInputStream()) {
      byte[] bytes = in.readNBytes(limit + 1);
      return bytes.length > limit ? null : bytes;
    }
  }

  /** The file name, or "message-3.eml" / "attachment-3"; repeated names get a number. */
  private static String uniqueName(Part part, int index, Set<String> used) {
    String name = MailParts.fileName(part);
    if (name == null) name = isMessage(part) ? "message-" + index + ".eml" : "attachment-" + index;
    String unique = name;
    for (int n = 2; !used.add(unique); n++) unique = name + " (" + n + ")";
    return unique;
  }

  private static boolean isMessage(Part part) {
    try {
      return part.isMimeType("message/rfc822");
    } catch (MessagingException e) {
      return false;
    }
  }
}
