package org.kaohe.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server standing in for one service behind the gateway. It records each request and
 * answers JSON, or, on {@code /api/results/stream}, two unit results of the real stream's shape
 * after the client's {@code Last-Event-ID}, keeping the stream open like the real one.
 */
final class UpstreamStub implements AutoCloseable {

  record ReceivedRequest(
      String method, String path, Map<String, List<String>> headers, byte[] body) {

    String header(String name) {
      return headers.entrySet().stream()
          .filter(entry -> entry.getKey().equalsIgnoreCase(name))
          .map(entry -> entry.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private final String name;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final List<ReceivedRequest> received = new CopyOnWriteArrayList<>();

  private UpstreamStub(String name) throws IOException {
    this.name = name;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  static UpstreamStub start(String name) {
    try {
      return new UpstreamStub(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A URL on which nothing listens. */
  static String unreachableUrl() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<ReceivedRequest> received() {
    return List.copyOf(received);
  }

  void clear() {
    received.clear();
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    received.add(
        new ReceivedRequest(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            Map.copyOf(exchange.getRequestHeaders()),
            body));
    if (exchange.getRequestURI().getPath().equals("/api/results/stream")) {
      stream(exchange);
    } else {
      respondJson(exchange);
    }
  }

  private void respondJson(HttpExchange exchange) throws IOException {
    byte[] json =
        ("{\"upstream\":\"" + name + "\",\"path\":\"" + exchange.getRequestURI().getPath() + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, json.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(json);
    }
  }

  private void stream(HttpExchange exchange) throws IOException {
    String lastEventId = exchange.getRequestHeaders().getFirst("Last-Event-ID");
    int after = lastEventId == null ? 0 : Integer.parseInt(lastEventId);
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    for (int id = after + 1; id <= after + 2; id++) {
      String event =
          "id: "
              + id
              + "\nevent: unit-result\ndata: {\"unitCode\":\"62010"
              + id
              + "\",\"year\":2026,\"peerGroup\":\"COUNTY\",\"complete\":false,"
              + "\"missing\":[\"SURVEY\"],\"composite\":87.5,\"grade\":\"GOOD\","
              + "\"rank\":"
              + id
              + ",\"peerGroupSize\":86,\"provisional\":true}\n\n";
      out.write(event.getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
    try {
      closing.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      out.close();
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
