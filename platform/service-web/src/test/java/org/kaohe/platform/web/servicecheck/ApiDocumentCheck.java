package org.kaohe.platform.web.servicecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kaohe.platform.web.access.Access;
import org.kaohe.platform.web.access.AccessPolicy;
import org.kaohe.platform.web.apidocs.AccessDocumentation;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Reads a running service's OpenAPI document without a token, as anyone may, and checks it lists
 * exactly the controllers' endpoints, each naming the roles its policy gives it.
 */
public final class ApiDocumentCheck {

  /** Methods a controller answers without declaring them; documents list the declared ones. */
  private static final Set<HttpMethod> IMPLIED = Set.of(HttpMethod.HEAD, HttpMethod.OPTIONS);

  private ApiDocumentCheck() {}

  /** Returns the document, after asserting it lists every endpoint with its roles. */
  public static Map<String, Object> assertDocumentsEveryEndpoint(
      ApplicationContext service, AccessPolicy policy, String documentPath) {
    Map<String, Object> document =
        WebTestClient.bindToApplicationContext(service)
            .configureClient()
            // springdoc builds the document on the first request, which takes a while.
            .responseTimeout(Duration.ofMinutes(1))
            .build()
            .get()
            .uri(documentPath)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
            .returnResult()
            .getResponseBody();
    Map<String, Map<String, Map<String, Object>>> paths = map(document.get("paths"));

    Set<String> declared =
        Endpoint.ofApplication(service).stream()
            .filter(e -> !IMPLIED.contains(e.method()))
            .map(e -> key(e.method(), e.pattern()))
            .collect(Collectors.toSet());
    Set<String> documented =
        paths.entrySet().stream()
            .flatMap(
                path ->
                    path.getValue().keySet().stream()
                        .map(
                            m ->
                                key(HttpMethod.valueOf(m.toUpperCase(Locale.ROOT)), path.getKey())))
            .collect(Collectors.toSet());
    assertThat(documented).as("operations in the API document").isEqualTo(declared);

    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> {
                  Access access =
                      AccessDocumentation.accessOf(
                          policy, HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)), path);
                  String name = method + " " + path;
                  assertThat(operation.get(AccessDocumentation.ROLES_EXTENSION))
                      .as("roles of " + name)
                      .isEqualTo(access.claimValues());
                  assertThat((String) operation.get("description"))
                      .as("description of " + name)
                      .startsWith("Roles: " + access.describe() + ".");
                  if (!access.anonymous()) {
                    assertThat(operation.get("security"))
                        .as("security of " + name)
                        .isEqualTo(List.of(Map.of(AccessDocumentation.BEARER_SCHEME, List.of())));
                    assertThat(
                            ApiDocumentCheck.<Map<String, Object>>map(operation.get("responses")))
                        .as("answers of " + name)
                        .containsKeys("401", "403", "429");
                  }
                }));
    return document;
  }

  private static String key(HttpMethod method, String path) {
    return method.name() + " " + path;
  }

  @SuppressWarnings("unchecked")
  static <T> T map(Object value) {
    return (T) value;
  }
}
