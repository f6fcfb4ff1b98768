package org.kaohe.platform.web.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Denies with the failed {@link AuthorizationResult} attached. The default {@code verify} throws a
 * bare {@link AccessDeniedException}, which would leave the 403 response unable to name the
 * required role.
 */
final class DecisionKeepingAuthorizationManager
    implements ReactiveAuthorizationManager<ServerWebExchange> {

  private final ReactiveAuthorizationManager<ServerWebExchange> delegate;

  DecisionKeepingAuthorizationManager(ReactiveAuthorizationManager<ServerWebExchange> delegate) {
    this.delegate = delegate;
  }

  @Override
  public Mono<AuthorizationResult> authorize(
      Mono<Authentication> authentication, ServerWebExchange exchange) {
    return delegate.authorize(authentication, exchange);
  }

  @Override
  public Mono<Void> verify(Mono<Authentication> authentication, ServerWebExchange exchange) {
    return authorize(authentication, exchange)
        .switchIfEmpty(Mono.error(() -> new AccessDeniedException("Access Denied")))
        .flatMap(
            result ->
                result.isGranted()
                    ? Mono.<Void>empty()
                    : Mono.error(new AuthorizationDeniedException("Access Denied", result)));
  }

  /**
   * Wraps the manager that {@code authorizeExchange} builds, after any other post-processors
   * (Spring Security's observation support registers one).
   */
  static final class PostProcessor
      implements ObjectPostProcessor<ReactiveAuthorizationManager<ServerWebExchange>> {

    private final ObjectProvider<
            ObjectPostProcessor<ReactiveAuthorizationManager<ServerWebExchange>>>
        others;

    PostProcessor(
        ObjectProvider<ObjectPostProcessor<ReactiveAuthorizationManager<ServerWebExchange>>>
            others) {
      this.others = others;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <O extends ReactiveAuthorizationManager<ServerWebExchange>> O postProcess(O manager) {
      ReactiveAuthorizationManager<ServerWebExchange> processed = manager;
      for (var other : others.orderedStream().filter(p -> p != this).toList()) {
        processed = other.postProcess(processed);
      }
      // Only ever handed to AuthorizationWebFilter as a ReactiveAuthorizationManager.
      return (O) new DecisionKeepingAuthorizationManager(processed);
    }
  }
}
