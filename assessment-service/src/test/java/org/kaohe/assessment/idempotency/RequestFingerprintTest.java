package org.kaohe.assessment.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class RequestFingerprintTest {
  private static final String PATH = "/api/assessment/scores";
  private static final String UPLOAD = "/api/assessment/scores/upload";

  @Test
  void theSameRequestHasTheSameFingerprint() {
    assertThat(json("POST", PATH, "{\"value\":80}"))
        .isEqualTo(json("POST", PATH, "{\"value\":80}"));
  }

  @Test
  void methodPathQueryMediaTypeAndBodyEachMakeADifferentRequest() {
    String original = json("POST", PATH, "{\"value\":80}");

    assertThat(json("PUT", PATH, "{\"value\":80}")).isNotEqualTo(original);
    assertThat(json("POST", PATH + "/batch", "{\"value\":80}")).isNotEqualTo(original);
    assertThat(json("POST", PATH + "?dryRun=true", "{\"value\":80}")).isNotEqualTo(original);
    assertThat(json("POST", PATH, "{\"value\":81}")).isNotEqualTo(original);
    assertThat(RequestFingerprint.of("POST", PATH, MediaType.TEXT_PLAIN, bytes("{\"value\":80}")))
        .isNotEqualTo(original);
  }

  @Test
  void theFieldsCannotRunIntoEachOther() {
    assertThat(RequestFingerprint.of("POST", "/a", null, bytes("b")))
        .isNotEqualTo(RequestFingerprint.of("POST", "/ab", null, bytes("")));
  }

  @Test
  void mediaTypeParametersOtherThanTheBodyDoNotMatter() {
    assertThat(
            RequestFingerprint.of(
                "POST",
                PATH,
                MediaType.parseMediaType("application/json;charset=UTF-8"),
                bytes("{}")))
        .isEqualTo(json("POST", PATH, "{}"));
  }

  @Test
  void aMultipartRetryWithAFreshBoundaryIsTheSameRequest() {
    assertThat(multipart("boundary-first-attempt", "620100,HQD-ECONOMY,80"))
        .isEqualTo(multipart("boundary-second-attempt", "620100,HQD-ECONOMY,80"));
  }

  @Test
  void aMultipartBodyWithDifferentContentIsADifferentRequest() {
    assertThat(multipart("same-boundary", "620100,HQD-ECONOMY,80"))
        .isNotEqualTo(multipart("same-boundary", "620100,HQD-ECONOMY,81"));
  }

  @Test
  void aQuotedBoundaryIsRecognised() {
    String body = multipartBody("b-1", "620100,HQD-ECONOMY,80");
    assertThat(
            RequestFingerprint.of(
                "POST",
                UPLOAD,
                MediaType.parseMediaType("multipart/form-data; boundary=\"b-1\""),
                bytes(body)))
        .isEqualTo(multipart("b-2", "620100,HQD-ECONOMY,80"));
  }

  @Test
  void aBodyTakenInPiecesOfAnySizeHasTheFingerprintOfTheWholeBody() {
    MediaType type = MediaType.parseMediaType("multipart/form-data; boundary=b-1");
    byte[] body = bytes(multipartBody("b-1", "b-b-1,b-,-b-1b-1"));
    String whole = RequestFingerprint.of("POST", UPLOAD, type, body);
    for (int piece = 1; piece <= body.length; piece++) {
      RequestFingerprint pieces = RequestFingerprint.start("POST", UPLOAD, type);
      for (int at = 0; at < body.length; at += piece) {
        pieces.update(body, at, Math.min(piece, body.length - at));
      }
      assertThat(pieces.finish()).as("in pieces of %d bytes", piece).isEqualTo(whole);
    }
  }

  @Test
  void aBoundaryIsFoundWhereASearchFromTheStartFindsItEvenAfterAPartialMatch() {
    assertThat(
            RequestFingerprint.of(
                "POST",
                UPLOAD,
                MediaType.parseMediaType("multipart/form-data; boundary=aab"),
                bytes("aaab|aab")))
        .isEqualTo(
            RequestFingerprint.of(
                "POST",
                UPLOAD,
                MediaType.parseMediaType("multipart/form-data; boundary=zzz"),
                bytes("azzz|zzz")));
  }

  private static String json(String method, String path, String body) {
    return RequestFingerprint.of(method, path, MediaType.APPLICATION_JSON, bytes(body));
  }

  private static String multipart(String boundary, String csv) {
    return RequestFingerprint.of(
        "POST",
        UPLOAD,
        MediaType.parseMediaType("multipart/form-data; boundary=" + boundary),
        bytes(multipartBody(boundary, csv)));
  }

  private static String multipartBody(String boundary, String csv) {
    return "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scores.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\n"
        + csv
        + "\r\n--"
        + boundary
        + "--\r\n";
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
