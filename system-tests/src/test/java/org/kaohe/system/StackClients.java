package org.kaohe.system;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.kaohe.tools.embedded.LocalTokens;
import org.kaohe.tools.launcher.LocalStack;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;

/** How the end-to-end tests speak to the running stack: only through its gateway. */
final class StackClients {
  private StackClients() {}

  static WebTestClient gateway(LocalStack stack) {
    return WebTestClient.bindToServer()
        .baseUrl(stack.gatewayUrl())
        .responseTimeout(Duration.ofSeconds(60))
        .build();
  }

  /** A token of the stack's own secret, valid for ten minutes. */
  static String token(LocalStack stack, String subject, String role, String agency) {
    return LocalTokens.mint(
        stack.config().jwtSecret(),
        subject,
        role,
        agency,
        Duration.ofMinutes(10),
        Clock.systemUTC());
  }

  /** Collects the events that carry data of the results stream at {@code uri}. */
  static Disposable subscribe(
      LocalStack stack, String uri, String token, List<ServerSentEvent<String>> into) {
    return WebClient.create(stack.gatewayUrl())
        .get()
        .uri(uri)
        .accept(MediaType.TEXT_EVENT_STREAM)
        .header("Authorization", "Bearer " + token)
        .retrieve()
        .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
        .filter(e -> e.data() != null)
        .subscribe(into::add);
  }
}
