package org.kaohe.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.kaohe.tools.embedded.LocalTokens;

/** Posts JSON to the service as one agency, with a token from the local identity provider. */
final class ServiceClient {
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String baseUrl;
  private final String bearer;

  ServiceClient(int port, String agency) {
    this.baseUrl = "http://127.0.0.1:" + port;
    this.bearer =
        "Bearer "
            + LocalTokens.mint(
                LocalTokens.DEFAULT_SECRET,
                "load-driver",
                "agency",
                agency,
                Duration.ofHours(2),
                Clock.systemUTC());
  }

  /** The response status. */
  int post(String path, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Authorization", bearer)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofMinutes(10))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
