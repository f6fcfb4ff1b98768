package org.kaohe.gateway;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Ways of sending requests the tests need beyond a single exchange. */
final class Requests {

  private Requests() {}

  /** Sends the request {@code times} times; how many answers had each status. */
  static Map<Integer, Long> statusCounts(
      int times, Supplier<WebTestClient.RequestHeadersSpec<?>> request) {
    return IntStream.range(0, times)
        .mapToObj(i -> request.get().exchange().returnResult(String.class).getStatus().value())
        .collect(Collectors.groupingBy(status -> status, Collectors.counting()));
  }

  /** Requests HTTP clients refuse to send, over a plain socket; the whole response as text. */
  static String raw(int port, String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
