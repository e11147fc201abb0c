package org.offerfacts.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A labeled corpus in the format of shared/corpus: index.json and labels.json in one folder. */
public final class Corpus {
  private static final List<String> FORMS = List.of("pdf", "html", "text");

  private Corpus() {}

  public static List<CorpusDocument> load(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path indexFile = dir.resolve("index.json");
    Path labelsFile = dir.resolve("labels.json");
    if (!Files.isRegularFile(indexFile) || !Files.isRegularFile(labelsFile)) {
      throw new IOException(dir + " is not a corpus: index.json and labels.json are expected there");
    }
    JsonNode index = json.readTree(indexFile.toFile());
    JsonNode labels = json.readTree(labelsFile.toFile());
    List<CorpusDocument> documents = new ArrayList<>();
    for (JsonNode entry : index) {
      String id = entry.path("id").asText();
      Map<String, Path> forms = new LinkedHashMap<>();
      for (String form : FORMS) {
        if (entry.hasNonNull(form)) forms.put(form, dir.resolve(entry.get(form).asText()));
      }
      JsonNode labeled = labels.path(id);
      documents.add(new CorpusDocument(id, entry.path("language").asText(null), entry.path("kind").asText(null), forms,
          labelsOf(labeled.path("facts")), ambiguousOf(labeled.path("ambiguous"))));
    }
    return documents;
  }

  private static List<Label> labelsOf(JsonNode facts) {
    List<Label> labels = new ArrayList<>();
    for (JsonNode f : facts) {
      JsonNode v = f.path("value");
      Object value = v.isBoolean() ? (Object) v.asBoolean() : v.isNumber() ? (Object) v.asDouble() : v.asText();
      labels.add(new Label(f.path("attribute").asText(), value, f.path("evidence").asText("")));
    }
    return labels;
  }

  private static Set<String> ambiguousOf(JsonNode list) {
    Set<String> ids = new HashSet<>();
    list.forEach(n -> ids.add(n.asText()));
    return ids;
  }
}
