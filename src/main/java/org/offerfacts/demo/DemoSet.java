package org.offerfacts.demo;

import java.util.List;

/**
 * The demo set the web app loads into an empty database, so a newcomer sees a filled comparison
 * at once: four fictional suppliers, one business offer each, whose documents answer differently
 * (yes, no, on request, paid option, silent) on the same attributes. Everything is written by us;
 * names, addresses and wording are fictional.
 */
public final class DemoSet {
  private DemoSet() {}

  /** The four offers with their documents, built anew on each call with the same bytes. */
  public static List<DemoOffer> offers() {
    return List.of(Fibreval.offer(), Nordlink.offer(), AzurConnect.offer(), Brightwave.offer());
  }
}
