package org.kaohe.tools.launcher.fakes;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Stands in for a service: healthy on SERVER_PORT, and the health body shows its environment. */
public final class FakeService {

  static final List<String> VARIABLES =
      List.of(
          "SERVER_PORT",
          "SERVER_ADDRESS",
          "KAFKA_BOOTSTRAP_SERVERS",
          "MONGODB_URI",
          "KAOHE_JWT_SECRET",
          "ASSESSMENT_URL",
          "SURVEY_URL",
          "RESULTS_URL");

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(System.getenv("SERVER_PORT"));
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext(
        "/actuator/health",
        exchange -> {
          StringBuilder body = new StringBuilder();
          for (String name : VARIABLES) {
            body.append(name).append('=').append(System.getenv(name)).append('\n');
          }
          byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
    System.out.println("fake service listening on " + port);
  }
}
