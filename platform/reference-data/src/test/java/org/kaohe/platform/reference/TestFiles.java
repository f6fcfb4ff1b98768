package org.kaohe.platform.reference;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** Files written in a test, and the codes of the shipped ones. */
final class TestFiles {
  private TestFiles() {}

  static InputStream text(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static Set<String> shippedAgencyCodes() {
    return ReferenceFiles.shipped().agencies().stream()
        .map(a -> a.code().value())
        .collect(Collectors.toSet());
  }
}
