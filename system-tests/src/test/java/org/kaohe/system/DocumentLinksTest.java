package org.kaohe.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The repository's documents open from a fresh clone: every relative link resolves inside it. */
class DocumentLinksTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @Test
  void everyRelativeLinkInTheRepositorysMarkdownResolves() {
    assertThat(MarkdownLinks.markdownFiles(ROOT))
        .as("the documents checked")
        .contains(ROOT.resolve("README.md"), ROOT.resolve("docs/domain.md"));

    assertThat(MarkdownLinks.deadLinks(ROOT)).as("dead links").isEmpty();
  }
}
