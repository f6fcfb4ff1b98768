package org.kaohe.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.system.MarkdownLinks.DeadLink;

class MarkdownLinksTest {
  @TempDir Path root;

  @Test
  void everyKindOfDeadLinkIsReportedWithItsFileLineAndReason() throws IOException {
    write(
        "README.md",
        """
        # Title

        [guide](docs/guide.md) and [missing](docs/missing.md)
        [outside](../elsewhere/notes.md) and [rooted outside](/../x.md)
        [no such heading](docs/guide.md#nowhere) and [here](#nowhere-here)
        """);
    write("docs/guide.md", "# Guide\n");

    assertThat(MarkdownLinks.deadLinks(root))
        .extracting(DeadLink::toString)
        .containsExactly(
            "README.md:3: docs/missing.md (no such file docs/missing.md)",
            "README.md:4: ../elsewhere/notes.md (leaves the repository)",
            "README.md:4: /../x.md (leaves the repository)",
            "README.md:5: docs/guide.md#nowhere (no heading #nowhere in docs/guide.md)",
            "README.md:5: #nowhere-here (no heading #nowhere-here in README.md)");
  }

  @Test
  void linksThatResolveOnGitHubAreNotReported() throws IOException {
    write(
        "README.md",
        """
        # Kaohe 考核

        See [the guide](docs/guide.md#whos-assessed-and-why), [its second part](docs/guide.md#part-1),
        [`api`](docs/guide.md#post-apiassessmentscores), [a folder](docs/), [rooted](/docs/guide.md),
        [a title](docs/guide.md "Guide"), [angle](<docs/guide.md>), [spaced](docs/a%20b.md),
        [chinese](#kaohe-考核), [html](docs/guide.md#custom), ![image](docs/pic.png),
        [external](https://example.org/x.md#y), <https://example.org>, [mail](mailto:a@b.c).

        [reference]: docs/guide.md#part
        """);
    write(
        "docs/guide.md",
        """
        # Who's assessed, and why?

        ## Part
        ## Part

        ### `POST /api/assessment/scores`

        <a id="custom"></a>
        """);
    write("docs/a b.md", "text\n");
    write("docs/pic.png", "");

    assertThat(MarkdownLinks.deadLinks(root)).isEmpty();
  }

  @Test
  void linksInCodeAreNotLinksAndHeadingsInCodeAreNotHeadings() throws IOException {
    write(
        "README.md",
        """
        # Top

        ```
        [in a block](missing.md)
        # Not a heading
        ```

        `[in a span](missing.md)` and [a heading in code](#not-a-heading)
        """);

    assertThat(MarkdownLinks.deadLinks(root))
        .extracting(DeadLink::toString)
        .containsExactly("README.md:8: #not-a-heading (no heading #not-a-heading in README.md)");
  }

  @Test
  void buildOutputAndHiddenDirectoriesAreNotDocuments() throws IOException {
    write("README.md", "[x](docs/a.md)\n");
    write("docs/a.md", "# A\n");
    write("target/generated.md", "[dead](nowhere.md)\n");
    write(".git/notes.md", "[dead](nowhere.md)\n");

    assertThat(MarkdownLinks.markdownFiles(root))
        .containsExactly(root.resolve("README.md"), root.resolve("docs/a.md"));
  }

  @Test
  void slugsFollowGitHub() {
    assertThat(List.of("Safe retries with `Idempotency-Key`", "A round's history as CSV", "API"))
        .extracting(MarkdownLinks::slug)
        .containsExactly("safe-retries-with-idempotency-key", "a-rounds-history-as-csv", "api");
    assertThat(MarkdownLinks.slug("Production-like stack (needs Docker)"))
        .isEqualTo("production-like-stack-needs-docker");
    assertThat(MarkdownLinks.slug("See [the guide](docs/guide.md) – 考核"))
        .isEqualTo("see-the-guide--考核");
  }

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
