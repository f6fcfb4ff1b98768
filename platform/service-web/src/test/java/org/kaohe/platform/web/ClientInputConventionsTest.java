package org.kaohe.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaohe.platform.web.sample.SampleApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every service does with a client's numbers and text before a controller sees them: numbers
 * read exactly and within bounds, counts never truncated, free text refused rather than altered.
 */
@SpringBootTest(
    classes = SampleApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "kaohe.security.jwt.hmac-secret=" + TestTokens.SECRET)
class ClientInputConventionsTest {

  private static final String NUMBER_RULE =
      "must be a number with at most 18 digits before the decimal point and 18 after it";

  @LocalServerPort int port;

  WebTestClient client;

  @BeforeEach
  void bindToServer() {
    client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
  }

  @Test
  void aHugeExponentIsRefusedByTheRuleWithoutWritingTheNumberOut() {
    for (String value :
        new String[] {"1e999999999", "-1E+999999999", "\"1e999999999\"", "1e99999999999"}) {
      refusedNumber("{\"value\":" + value + "}", "value");
    }
  }

  @Test
  void aNumberFinerOrLargerThanTheBoundsIsRefusedAndOneWithinIsKeptExactly() {
    refusedNumber("{\"value\":1e-400}", "value");
    refusedNumber("{\"value\":1e19}", "value");
    refusedNumber("{\"value\":0.0000000000000000001}", "value");
    measure("{\"value\":999999999999999999.999999999999999999}")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.value")
        .isEqualTo(new java.math.BigDecimal("999999999999999999.999999999999999999"));
    measure("{\"value\":99.99999999999999999,\"note\":\"ok\"}")
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(body -> assertThat(body).contains("\"value\":99.99999999999999999"));
  }

  @Test
  void aDecimalOrAnOverflowingNumberIsNeverTakenAsACount() {
    for (String count : new String[] {"10.5", "1e999999999", "2147483648", "1e3"}) {
      measure("{\"count\":" + count + "}")
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.detail")
          .isEqualTo("The request body has an invalid value at 'count'.");
    }
    measure("{\"counts\":{\"A\":2147483647,\"B\":2147483648}}")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("The request body has an invalid value at 'counts.B'.");
  }

  @Test
  void freeTextThatIsInvisibleOrHoldsControlsIsRefusedNamingTheCharacter() {
    refusedNote("\\u200b", "must contain visible characters, not only invisible ones");
    refusedNote("a\\u0000b", "must not contain control characters, found U+0000 at character 2");
    refusedNote(
        "abc\\u202Egnp.exe",
        "must not contain bidirectional override characters, found U+202E at character 4");
    refusedNote(
        "x\\ud800", "must be valid Unicode text, found a lone surrogate U+D800 at character 2");
    refusedNote("é".repeat(21), "must be at most 20 characters");
    refusedNote(" \\t \\n", "must contain visible characters, not only blanks");
    measure("{\"note\":\"第一行\\n第二行\\tß 😀\"}")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.note")
        .isEqualTo("第一行\n第二行\tß 😀");
  }

  @Test
  void aBodyOfAContentTypeTheEndpointDoesNotReadIsRefusedNamingTheTypesItReads() {
    unsupported(
        MediaType.APPLICATION_FORM_URLENCODED,
        "The content type application/x-www-form-urlencoded is not accepted here; send"
            + " application/json, application/*+json, application/x-ndjson.");
    unsupported(
        MediaType.TEXT_PLAIN,
        "The content type text/plain is not accepted here; send application/json,"
            + " application/*+json, application/x-ndjson.");
  }

  @Test
  void aRequestIdIsHeldToTheRuleOfFreeText() {
    refusedRequestId("\u00a0\u00ad", "must contain visible characters, not only invisible ones");
    refusedRequestId("r".repeat(101), "must be at most 100 characters");
  }

  @Test
  void aBodyThatIsNotUtf8IsRefusedRatherThanRepaired() {
    byte[] prefix = "{\"note\":\"a".getBytes(StandardCharsets.UTF_8);
    byte[] suffix = "\"}".getBytes(StandardCharsets.UTF_8);
    byte[] encodedSurrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
    byte[] body = new byte[prefix.length + encodedSurrogate.length + suffix.length];
    System.arraycopy(prefix, 0, body, 0, prefix.length);
    System.arraycopy(encodedSurrogate, 0, body, prefix.length, encodedSurrogate.length);
    System.arraycopy(suffix, 0, body, prefix.length + encodedSurrogate.length, suffix.length);
    measure(body).expectStatus().isBadRequest();
  }

  @Test
  void anOverlongContentTypeIsRefusedWithoutBeingEchoed() {
    unsupported(
        "application/" + "x".repeat(200),
        "The content type given is not accepted here; send application/json,"
            + " application/*+json, application/x-ndjson.");
  }

  private void unsupported(MediaType sent, String detail) {
    unsupported(sent.toString(), detail);
  }

  private void unsupported(String sent, String detail) {
    client
        .post()
        .uri("/sample/measures")
        .header("Content-Type", sent)
        .headers(headers -> headers.setBearerAuth(TestTokens.token("admin-1", null, "admin")))
        .bodyValue("a=1")
        .exchange()
        .expectStatus()
        .isEqualTo(415)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(415)
        .jsonPath("$.detail")
        .isEqualTo(detail);
  }

  private void refusedNumber(String json, String field) {
    measure(json)
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo(NUMBER_RULE)
        .jsonPath("$.errors.length()")
        .isEqualTo(1)
        .jsonPath("$.errors[0].field")
        .isEqualTo(field)
        .jsonPath("$.errors[0].message")
        .isEqualTo(NUMBER_RULE);
  }

  private void refusedNote(String jsonText, String message) {
    measure("{\"note\":\"" + jsonText + "\"}")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors.length()")
        .isEqualTo(1)
        .jsonPath("$.errors[0].field")
        .isEqualTo("note")
        .jsonPath("$.errors[0].message")
        .isEqualTo(message);
  }

  /** Control characters in a header never get this far: the HTTP server refuses them. */
  private void refusedRequestId(String requestId, String message) {
    measure("{}", requestId)
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("X-Request-Id")
        .jsonPath("$.errors[0].message")
        .isEqualTo(message);
  }

  private WebTestClient.ResponseSpec measure(Object body) {
    return measure(body, null);
  }

  private WebTestClient.ResponseSpec measure(Object body, String requestId) {
    return client
        .post()
        .uri("/sample/measures")
        .contentType(MediaType.APPLICATION_JSON)
        .headers(
            headers -> {
              headers.setBearerAuth(TestTokens.token("admin-1", null, "admin"));
              if (requestId != null) {
                headers.set("X-Request-Id", requestId);
              }
            })
        .bodyValue(body)
        .exchange();
  }
}
