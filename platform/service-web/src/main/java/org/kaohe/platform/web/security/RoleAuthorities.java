package org.kaohe.platform.web.security;

import java.util.List;
import java.util.Optional;
import org.kaohe.platform.web.Role;
import org.kaohe.platform.web.TokenClaims;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Flux;

/** Maps the {@code roles} claim to {@code ROLE_*} authorities; unknown role names are ignored. */
final class RoleAuthorities implements Converter<Jwt, Flux<GrantedAuthority>> {

  @Override
  public Flux<GrantedAuthority> convert(Jwt jwt) {
    List<String> claimed =
        Optional.ofNullable(jwt.getClaimAsStringList(TokenClaims.ROLES)).orElse(List.of());
    return Flux.fromIterable(claimed)
        .flatMap(name -> Flux.fromStream(Role.fromClaimValue(name).stream()))
        .distinct()
        .map(role -> new SimpleGrantedAuthority(role.authority()));
  }
}
