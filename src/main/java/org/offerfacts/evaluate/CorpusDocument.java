package org.offerfacts.evaluate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One labeled document of the corpus, available in several forms (pdf, html, text).
 *
 * @param id        corpus id ("007")
 * @param language  "fr" or "en"
 * @param kind      isp_offer, router_doc, distractor…
 * @param forms     form name to file
 * @param labels    the facts the document states
 * @param ambiguous attributes on which the document is unclear: facts on them are not scored
 */
public record CorpusDocument(String id, String language, String kind, Map<String, Path> forms, List<Label> labels,
    Set<String> ambiguous) {}
