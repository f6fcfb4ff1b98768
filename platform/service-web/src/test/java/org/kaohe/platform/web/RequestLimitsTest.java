package org.kaohe.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaohe.platform.web.sample.SampleApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Requests over a service's own limits, sent straight to it: each is refused with a problem naming
 * the limit, whether Netty, Spring Security's firewall, the body limit or a codec refuses it.
 */
@SpringBootTest(
    classes = SampleApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "kaohe.security.jwt.hmac-secret=" + TestTokens.SECRET,
      "kaohe.web.max-body-bytes=4KB",
      "kaohe.web.max-json-bytes=1KB"
    })
class RequestLimitsTest {

  @LocalServerPort int port;

  WebTestClient client;

  @BeforeEach
  void bindToServer() {
    client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
  }

  @Test
  void bodyOverTheServiceLimitIs413NamingTheLimit() {
    postRecord(jsonOfBytes(5000))
        .expectStatus()
        .isEqualTo(413)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("The request body exceeds the limit of 4096 bytes.");
  }

  @Test
  void jsonOverTheSingleDocumentLimitIs413NamingThatLimit() {
    postRecord(jsonOfBytes(2000))
        .expectStatus()
        .isEqualTo(413)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("The request body exceeds the limit of 1024 bytes for this request.");
  }

  @Test
  void overlongHeadersAre431Problem() throws IOException {
    String response =
        exchangeRaw(
            "GET /sample/public/ping HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Padding: "
                + "a".repeat(10_000)
                + "\r\n\r\n");

    assertThat(response)
        .startsWith("HTTP/1.1 431 Request Header Fields Too Large")
        .contains("content-type: application/problem+json")
        .endsWith(
            "{\"type\":\"about:blank\",\"title\":\"Request Header Fields Too Large\","
                + "\"status\":431,\"detail\":\"The request headers exceed the limit of 8192"
                + " bytes.\"}");
  }

  @Test
  void aClientStillSendingItsBodyAfterARefusalReadsTheProblemRatherThanAReset() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      int chunks = 8;
      byte[] chunk = "x".repeat(16_384).getBytes(StandardCharsets.ISO_8859_1);
      out.write(
          ("POST /sample/records HTTP/1.1\r\nHost: localhost\r\nContent-Length: "
                  + chunks * chunk.length
                  + "\r\nX-Padding: "
                  + "a".repeat(10_000)
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String statusLine = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
      for (int i = 0; i < chunks; i++) {
        out.write(chunk);
        out.flush();
      }
      String rest = new String(in.readAllBytes(), StandardCharsets.UTF_8);

      assertThat(statusLine).isEqualTo("HTTP/1.1 431");
      assertThat(rest)
          .endsWith("\"detail\":\"The request headers exceed the limit of 8192 bytes.\"}");
    }
  }

  @Test
  void overlongRequestLineIs414Problem() throws IOException {
    String response =
        exchangeRaw(
            "GET /sample/public/"
                + "a".repeat(5_000)
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

    assertThat(response)
        .startsWith("HTTP/1.1 414 Request-URI Too Long")
        .contains("\"detail\":\"The request line exceeds the limit of 4096 bytes.\"");
  }

  @Test
  void pathRejectedByTheFirewallIs400Problem() throws IOException {
    String response =
        exchangeRaw(
            "GET /sample/public/%2e%2e/ping HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

    assertThat(response)
        .startsWith("HTTP/1.1 400 Bad Request")
        .contains("Content-Type: application/problem+json")
        .contains(
            "\"detail\":\"The request was rejected because the URL contained a potentially"
                + " malicious String \\\"%2e\\\"\"");
  }

  private static String jsonOfBytes(int bytes) {
    String prefix = "{\"unitCode\":\"620100\",\"score\":87,\"padding\":\"";
    return prefix + "x".repeat(bytes - prefix.length() - 2) + "\"}";
  }

  private WebTestClient.ResponseSpec postRecord(String json) {
    return client
        .post()
        .uri("/sample/records")
        .contentType(MediaType.APPLICATION_JSON)
        .headers(
            headers -> headers.setBearerAuth(TestTokens.token("agency-user", "620100", "agency")))
        .bodyValue(json)
        .exchange();
  }

  // HTTP clients refuse to send such requests, so they go over a plain socket.
  private String exchangeRaw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
