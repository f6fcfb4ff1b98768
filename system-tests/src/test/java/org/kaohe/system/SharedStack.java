package org.kaohe.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.kaohe.tools.launcher.LocalStack;
import org.kaohe.tools.launcher.StackConfig;

/**
 * Gives the end-to-end test classes one running stack, the launcher's: Kafka, MongoDB and the four
 * services in their own JVMs, started by the first class that asks for it and stopped when the run
 * ends. Starting it takes most of a minute, so every class that speaks to it shares it, and each
 * writes to units of its own.
 */
final class SharedStack implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedStack.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LocalStack.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .computeIfAbsent(LocalStack.class, key -> start(), LocalStack.class);
  }

  private static LocalStack start() {
    Path repoRoot = Path.of("").toAbsolutePath().getParent();
    try {
      return LocalStack.start(
          StackConfig.ephemeral(repoRoot, Files.createTempDirectory("kaohe-e2e")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
