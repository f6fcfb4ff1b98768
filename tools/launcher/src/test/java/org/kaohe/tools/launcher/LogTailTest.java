package org.kaohe.tools.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTailTest {

  @Test
  void keepsOnlyTheMostRecentLinesInOrder() {
    LogTail tail = new LogTail(3);
    for (int i = 1; i <= 5; i++) {
      tail.add("line " + i);
    }

    assertThat(tail.lines()).containsExactly("line 3", "line 4", "line 5");
  }
}
