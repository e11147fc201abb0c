package org.offerfacts.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Refuses pages whose content decompresses to an absurd size. PDFBox inflates a content stream
 * whole before parsing it, and collects operands without bound: a 260 KB PDF whose stream
 * inflates to 256 MB of numbers exhausted a 512 MB heap here, and a 1 MB one inflating to 1 GiB
 * is in STACK.md. Here each stream of the page and of the forms it draws is decoded into a
 * counter that stops at the cap, so nothing large is ever held. Real pages stay far below the
 * cap: a dense text page is tens of kilobytes, a detailed vector map a few megabytes.
 */
final class ContentSizeGuard {

  static final long MAX_DECODED_BYTES_PER_PAGE = 32L * 1024 * 1024;
  private static final Set<String> IMAGE_FILTERS = Set.of("DCTDecode", "JPXDecode", "CCITTFaxDecode", "JBIG2Decode");

  private ContentSizeGuard() {}

  /** True when the page's content streams and forms decode to more than {@code cap} bytes. */
  static boolean exceeds(PDPage page, long cap) {
    long remaining = cap;
    Set<COSStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSStream> streams = new ArrayDeque<>();
    page.getContentStreams().forEachRemaining(stream -> streams.add(stream.getCOSObject()));
    addForms(page.getCOSObject(), streams);
    while (!streams.isEmpty()) {
      COSStream stream = streams.poll();
      if (!seen.add(stream)) continue;
      remaining -= decodedLength(stream, remaining);
      if (remaining < 0) return true;
      addForms(stream, streams); // forms drawing forms: each one counts once
    }
    return false;
  }

  /** Form XObjects listed in the resources of a page or form. */
  private static void addForms(COSDictionary owner, Deque<COSStream> streams) {
    COSDictionary resources = owner.getCOSDictionary(COSName.RESOURCES);
    COSDictionary xObjects = resources == null ? null : resources.getCOSDictionary(COSName.XOBJECT);
    if (xObjects == null) return;
    for (COSName name : xObjects.keySet()) {
      if (xObjects.getDictionaryObject(name) instanceof COSStream form
          && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
        streams.add(form);
      }
    }
  }

  /** Bytes the stream decodes to, counting no further than {@code cap} + 1. */
  private static long decodedLength(COSStream stream, long cap) {
    List<COSName> filters = filterNames(stream.getFilters());
    if (filters.isEmpty() || filters.stream().anyMatch(f -> IMAGE_FILTERS.contains(f.getName()))) {
      return stream.getLength();
    }
    try {
      InputStream encoded = stream.createRawInputStream();
      for (int i = 0; i < filters.size(); i++) {
        Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
        boolean last = i == filters.size() - 1;
        CappedSink sink = new CappedSink(cap, !last);
        try (InputStream in = encoded) {
          filter.decode(in, sink, stream, i);
        } catch (IOException e) {
          if (!sink.exceeded) throw e;
        }
        if (sink.exceeded || last) return sink.count;
        encoded = new ByteArrayInputStream(sink.kept.toByteArray());
      }
      return 0;
    } catch (IOException | RuntimeException e) {
      return 0; // a stream that cannot be decoded is the text stripper's problem, not a bomb
    }
  }

  private static List<COSName> filterNames(COSBase filters) {
    List<COSName> names = new ArrayList<>();
    if (filters instanceof COSName name) names.add(name);
    if (filters instanceof COSArray array) {
      for (COSBase item : array) if (item instanceof COSName name) names.add(name);
    }
    return names;
  }

  /** Counts what a filter writes and stops it past the cap; keeps bytes only between filters. */
  private static final class CappedSink extends OutputStream {
    private final long cap;
    private final java.io.ByteArrayOutputStream kept;
    private long count;
    private boolean exceeded;

    CappedSink(long cap, boolean keep) {
      this.cap = cap;
      this.kept = keep ? new java.io.ByteArrayOutputStream() : null;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      count += length;
      if (count > cap) {
        exceeded = true;
        throw new IOException("decoded content exceeds " + cap + " bytes");
      }
      if (kept != null) kept.write(bytes, offset, length);
    }
  }
}
