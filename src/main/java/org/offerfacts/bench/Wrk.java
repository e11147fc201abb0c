package org.offerfacts.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's wrk, a load generator in its own process, with a small Lua script that prints the
 * percentiles wrk keeps but does not show by default (p95).
 */
final class Wrk {
  private static final String REPORT = """
      done = function(summary, latency, requests)
        io.write(string.format("RESULT requests=%d seconds=%.3f errors=%d p50=%.3f p95=%.3f p99=%.3f\\n",
          summary.requests, summary.duration / 1e6,
          summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
          latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
      end
      """;
  private static final Pattern RESULT = Pattern.compile(
      "RESULT requests=(\\d+) seconds=([\\d.]+) errors=(\\d+) p50=([\\d.]+) p95=([\\d.]+) p99=([\\d.]+)");

  /** Throughput and latency of one URL under load; latencies in milliseconds. */
  record Result(long requests, double seconds, long errors, double p50, double p95, double p99) {
    double perSecond() {
      return requests / seconds;
    }
  }

  private final String command;
  private final Path script;

  Wrk(String command, Path dir) throws IOException {
    this.command = command;
    this.script = dir.resolve("report.lua");
    Files.writeString(script, REPORT, StandardCharsets.UTF_8);
  }

  boolean available() {
    try {
      Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      p.waitFor();
      return true;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * @param authorization the Authorization header every request carries
   * @param gzip          whether requests ask for gzip, as every browser does
   */
  Result run(String url, String authorization, boolean gzip, int threads, int connections, int seconds)
      throws IOException, InterruptedException {
    List<String> args = new java.util.ArrayList<>(List.of(command, "-t" + threads, "-c" + connections, "-d" + seconds + "s",
        "--timeout", "5s", "-H", "Authorization: " + authorization, "-s", script.toString()));
    if (gzip) args.addAll(List.of("-H", "Accept-Encoding: gzip"));
    args.add(url);
    Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) throw new IOException("wrk failed: " + output);
    Matcher m = RESULT.matcher(output);
    if (!m.find()) throw new IOException("wrk printed no result: " + output);
    return new Result(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)), Long.parseLong(m.group(3)),
        Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)), Double.parseDouble(m.group(6)));
  }
}
