package org.offerfacts.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.fetch.Fetching.refusal;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.StandardConstants;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS keeps normal certificate validation: a self-signed certificate is refused, a trusted one
 * for another name is refused, and the host name travels as SNI. Certificates are made by the
 * JDK's keytool for each run.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SafeHttpFetcherTlsTest {
  private static final char[] PASSWORD = "changeit".toCharArray();

  @TempDir static Path keys;
  private static KeyStore forLocalhost;
  private static KeyStore forOtherName;
  private static KeyStore forSupplier;
  private static final String SUPPLIER = "docs.supplier.example";

  private HttpsServer server;
  private final List<String> sniNames = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void makeCertificates() throws Exception {
    forLocalhost = selfSigned("localhost", "dns:localhost,ip:127.0.0.1");
    forOtherName = selfSigned("other", "dns:other.example");
    forSupplier = selfSigned("supplier", "dns:" + SUPPLIER);
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void self_signed_certificate_is_refused() throws Exception {
    int port = startServer(forLocalhost);
    try (SafeHttpFetcher fetcher = new SafeHttpFetcher(policy(port))) {
      FetchException refusal = refusal(fetcher, "https://127.0.0.1:" + port + "/");

      assertThat(refusal.reason()).isEqualTo(FetchException.Reason.UNREACHABLE);
      assertThat(refusal).hasMessageStartingWith("the secure connection to 127.0.0.1 failed");
    }
  }

  @Test
  void trusted_certificate_for_another_name_is_refused() throws Exception {
    int port = startServer(forOtherName);
    try (SafeHttpFetcher fetcher = new SafeHttpFetcher(policy(port), trusting(forOtherName), null)) {
      FetchException refusal = refusal(fetcher, "https://127.0.0.1:" + port + "/");

      assertThat(refusal).hasMessage(
          "the secure connection to 127.0.0.1 failed: its certificate is not valid for it or not trusted");
    }
  }

  @Test
  void trusted_certificate_for_the_host_is_accepted_and_the_host_name_is_sent_as_sni() throws Exception {
    // The JDK sends SNI only for dotted names, so a test name is pointed at 127.0.0.1.
    int port = startServer(forSupplier);
    FetchPolicy policy = FetchPolicy.DEFAULT.withAllowedPorts(port).withTrusted(SUPPLIER);
    try (SafeHttpFetcher fetcher = new SafeHttpFetcher(policy, trusting(forSupplier), TestDns.loopbackFor(SUPPLIER))) {
      FetchedResource resource = fetcher.fetch("https://" + SUPPLIER + ":" + port + "/");

      assertThat(resource.body()).asString(StandardCharsets.UTF_8).isEqualTo("sicher");
    }
    assertThat(sniNames).containsOnly(SUPPLIER);
  }

  @Test
  void certificate_for_the_address_is_accepted_when_the_url_names_the_address() throws Exception {
    int port = startServer(forLocalhost);
    try (SafeHttpFetcher fetcher = new SafeHttpFetcher(policy(port), trusting(forLocalhost), null)) {
      assertThat(fetcher.fetch("https://127.0.0.1:" + port + "/").body()).isNotEmpty();
    }
    assertThat(sniNames).isEmpty(); // an IP address is never sent as SNI
  }

  private static FetchPolicy policy(int port) {
    return FetchPolicy.DEFAULT.withAllowedPorts(port).withTrusted("127.0.0.1");
  }

  private int startServer(KeyStore identity) throws Exception {
    KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keyManagers.init(identity, PASSWORD);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(keyManagers.getKeyManagers(), null, null);
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 10);
    server.setHttpsConfigurator(new HttpsConfigurator(tls) {
      @Override
      public void configure(HttpsParameters params) {
        SSLParameters parameters = tls.getDefaultSSLParameters();
        parameters.setSNIMatchers(List.of(new SNIMatcher(StandardConstants.SNI_HOST_NAME) {
          @Override
          public boolean matches(SNIServerName name) {
            sniNames.add(((SNIHostName) name).getAsciiName());
            return true;
          }
        }));
        params.setSSLParameters(parameters);
      }
    });
    server.createContext("/", exchange -> {
      HostileServer.send(exchange, 200, "text/plain", "sicher".getBytes(StandardCharsets.UTF_8));
      exchange.close();
    });
    server.start();
    return server.getAddress().getPort();
  }

  private static SslContextFactory.Client trusting(KeyStore certificate) {
    SslContextFactory.Client tls = new SslContextFactory.Client();
    tls.setTrustStore(certificate);
    return tls;
  }

  private static KeyStore selfSigned(String name, String subjectAltNames) throws Exception {
    Path file = keys.resolve(name + ".p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", name,
        "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + name, "-ext", "SAN=" + subjectAltNames,
        "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(),
        "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("keytool failed: " + output);
    }
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, PASSWORD);
    }
    return store;
  }
}
