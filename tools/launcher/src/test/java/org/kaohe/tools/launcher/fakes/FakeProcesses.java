package org.kaohe.tools.launcher.fakes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Commands and jars that run the fake services in a child JVM. */
public final class FakeProcesses {

  private FakeProcesses() {}

  public static List<String> javaCommand(Class<?> main) {
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp",
        classesDir().toString(),
        main.getName());
  }

  /**
   * Writes {@code <module>/target/<module>-exec.jar} that runs {@code main}, like a real service.
   */
  public static void writeServiceJar(Path repoRoot, String module, Class<?> main) {
    Path jar = repoRoot.resolve(module).resolve("target").resolve(module + "-exec.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
    String entry = main.getName().replace('.', '/') + ".class";
    try {
      Files.createDirectories(jar.getParent());
      try (OutputStream file = Files.newOutputStream(jar);
          JarOutputStream out = new JarOutputStream(file, manifest);
          InputStream classFile = main.getClassLoader().getResourceAsStream(entry)) {
        out.putNextEntry(new JarEntry(entry));
        classFile.transferTo(out);
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path classesDir() {
    try {
      return Path.of(
          FakeProcesses.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
