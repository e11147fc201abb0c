package org.offerfacts.demo;

import java.util.Arrays;

/**
 * One document of a demo offer, as a supplier would send it. The bytes are the same on every
 * run, so storing the set twice finds the same SHA-256 and keeps one copy.
 *
 * @param fileName  a file name with its extension, unique within the demo set
 * @param mediaType "application/pdf" or "text/html; charset=utf-8"
 * @param content   the document's bytes; a copy is kept and handed out
 */
public record DemoDocument(String fileName, String mediaType, byte[] content) {
  public static final String PDF = "application/pdf";
  public static final String HTML = "text/html; charset=utf-8";

  public DemoDocument {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  /** Records compare arrays by identity; two demo documents are equal when their bytes are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof DemoDocument d && d.fileName.equals(fileName) && d.mediaType.equals(mediaType)
        && Arrays.equals(d.content, content);
  }

  @Override
  public int hashCode() {
    return 31 * fileName.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "DemoDocument[" + fileName + ", " + mediaType + ", " + content.length + " bytes]";
  }
}
