package org.kaohe.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the relative links in a repository's Markdown files that a reader of a fresh clone could
 * not follow: a target outside the repository, a file that does not exist, or an {@code #anchor}
 * that no heading of the target Markdown file produces. Anchors follow GitHub's rule for heading
 * ids, since that is where the documents are read. Links with a scheme ({@code https:}) are not
 * relative and are left alone, as is everything inside code.
 */
final class MarkdownLinks {
  private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "node_modules");
  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(`{3,}|~{3,})");
  private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
  private static final Pattern INLINE_LINK =
      Pattern.compile(
          "!?\\[(?:[^\\[\\]]|\\[[^\\[\\]]*])*]\\(\\s*(<[^>]*>|[^\\s)]+)(?:\\s+\"[^\"]*\"|\\s+'[^']*')?\\s*\\)");
  private static final Pattern REFERENCE_DEFINITION =
      Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*(<[^>]*>|\\S+)");
  private static final Pattern ATX_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
  private static final Pattern HTML_ANCHOR = Pattern.compile("\\b(?:id|name)=\"([^\"]+)\"");
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:|^//");

  /** A link that does not resolve: where it is, what it says, and why it fails. */
  record DeadLink(String file, int line, String link, String reason) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + link + " (" + reason + ")";
    }
  }

  private final Path root;
  private final Map<Path, Set<String>> anchors = new HashMap<>();

  private MarkdownLinks(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** Every Markdown file under the root, build output and hidden directories left out. */
  static List<Path> markdownFiles(Path root) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              boolean skipped =
                  !dir.equals(root) && (name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name));
              return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (file.getFileName().toString().endsWith(".md")) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(null);
    return files;
  }

  /** The dead links of every Markdown file under the root, in file and line order. */
  static List<DeadLink> deadLinks(Path root) {
    MarkdownLinks links = new MarkdownLinks(root);
    List<DeadLink> dead = new ArrayList<>();
    for (Path file : markdownFiles(links.root)) {
      dead.addAll(links.check(file));
    }
    return dead;
  }

  private List<DeadLink> check(Path file) {
    List<DeadLink> dead = new ArrayList<>();
    List<String> lines = proseLines(file);
    for (int i = 0; i < lines.size(); i++) {
      for (String link : linksIn(lines.get(i))) {
        String reason = whyDead(file, link);
        if (reason != null) {
          dead.add(new DeadLink(relative(file), i + 1, link, reason));
        }
      }
    }
    return dead;
  }

  private String whyDead(Path file, String link) {
    if (SCHEME.matcher(link).find()) {
      return null;
    }
    int hash = link.indexOf('#');
    String path = decode(hash < 0 ? link : link.substring(0, hash));
    String anchor = hash < 0 ? "" : link.substring(hash + 1);
    Path target;
    if (path.isEmpty()) {
      target = file;
    } else if (path.startsWith("/")) {
      target = root.resolve(path.substring(1)).normalize();
    } else {
      target = file.getParent().resolve(path).normalize();
    }
    if (!target.startsWith(root)) {
      return "leaves the repository";
    }
    if (!Files.exists(target)) {
      return "no such file " + relative(target);
    }
    if (!anchor.isEmpty()
        && Files.isRegularFile(target)
        && target.getFileName().toString().endsWith(".md")
        && !anchorsOf(target).contains(decode(anchor))) {
      return "no heading #" + anchor + " in " + relative(target);
    }
    return null;
  }

  /** Percent-decoding only: a {@code +} in a path is a plus sign, not a space. */
  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private Set<String> anchorsOf(Path file) {
    return anchors.computeIfAbsent(file, MarkdownLinks::headingAnchors);
  }

  /** The ids GitHub gives the file's headings, a repeated one suffixed -1, -2, …, and HTML ids. */
  static Set<String> headingAnchors(Path file) {
    List<String> lines = outsideCodeBlocks(file);
    Map<String, Integer> seen = new HashMap<>();
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String heading = null;
      Matcher atx = ATX_HEADING.matcher(line);
      if (atx.matches()) {
        heading = atx.group(1);
      } else if (!line.isBlank()
          && i + 1 < lines.size()
          && SETEXT_UNDERLINE.matcher(lines.get(i + 1)).matches()
          && !line.trim().startsWith("|")) {
        heading = line.trim();
      }
      if (heading != null) {
        String slug = slug(heading);
        int count = seen.merge(slug, 1, Integer::sum);
        ids.add(count == 1 ? slug : slug + "-" + (count - 1));
      }
      Matcher html = HTML_ANCHOR.matcher(line);
      while (html.find()) {
        ids.add(html.group(1));
      }
    }
    return ids;
  }

  /**
   * GitHub's heading id: the heading's text (a link reduced to its text), lower-cased, with every
   * character but letters, digits, marks, {@code _}, {@code -} and spaces removed, and each space
   * turned into {@code -}.
   */
  static String slug(String heading) {
    String text = heading.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1").toLowerCase();
    StringBuilder slug = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              int type = Character.getType(c);
              boolean kept =
                  Character.isLetterOrDigit(c)
                      || type == Character.NON_SPACING_MARK
                      || type == Character.COMBINING_SPACING_MARK
                      || type == Character.ENCLOSING_MARK
                      || type == Character.LETTER_NUMBER
                      || type == Character.OTHER_NUMBER
                      || c == '_'
                      || c == '-';
              if (c == ' ') {
                slug.append('-');
              } else if (kept) {
                slug.appendCodePoint(c);
              }
            });
    return slug.toString();
  }

  /** The file's lines with fenced code blocks emptied and code spans blanked out. */
  private static List<String> proseLines(Path file) {
    return outsideCodeBlocks(file).stream().map(MarkdownLinks::blankCodeSpans).toList();
  }

  /** The file's lines with fenced code blocks emptied. */
  private static List<String> outsideCodeBlocks(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> prose = new ArrayList<>(lines.size());
    String fence = null;
    for (String line : lines) {
      Matcher opening = FENCE.matcher(line);
      if (fence == null && opening.find()) {
        fence = opening.group(1);
        prose.add("");
      } else if (fence != null) {
        if (line.trim().startsWith(fence)
            && line.trim().replace(fence.substring(0, 1), "").isEmpty()) {
          fence = null;
        }
        prose.add("");
      } else {
        prose.add(line);
      }
    }
    return prose;
  }

  /**
   * Keeps a code span's length and its backticks, so that a link whose text is code still reads as
   * a link, while a link written inside code does not.
   */
  private static String blankCodeSpans(String line) {
    Matcher span = CODE_SPAN.matcher(line);
    StringBuilder blanked = new StringBuilder();
    while (span.find()) {
      String ticks = span.group(1);
      span.appendReplacement(
          blanked, Matcher.quoteReplacement(ticks + "x".repeat(span.group(2).length()) + ticks));
    }
    span.appendTail(blanked);
    return blanked.toString();
  }

  private static List<String> linksIn(String line) {
    List<String> links = new ArrayList<>();
    Matcher inline = INLINE_LINK.matcher(line);
    while (inline.find()) {
      links.add(unwrap(inline.group(1)));
    }
    Matcher definition = REFERENCE_DEFINITION.matcher(line);
    if (definition.find()) {
      links.add(unwrap(definition.group(1)));
    }
    return links;
  }

  private static String unwrap(String destination) {
    return destination.startsWith("<")
        ? destination.substring(1, destination.length() - 1)
        : destination;
  }

  private String relative(Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }
}
