package org.kaohe.assessment.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingTest {
  private static final List<Integer> FIVE = List.of(1, 2, 3, 4, 5);

  @Test
  void theFirstPageHoldsTheFirstItems() {
    Page<Integer> page = new Paging(0, 2).apply(FIVE);

    assertThat(page.items()).containsExactly(1, 2);
    assertThat(page.totalItems()).isEqualTo(5);
    assertThat(page.totalPages()).isEqualTo(3);
  }

  @Test
  void theLastPageMayHoldFewerItems() {
    assertThat(new Paging(2, 2).apply(FIVE).items()).containsExactly(5);
  }

  @Test
  void aPageThatFillsExactlyLeavesNoExtraPage() {
    Page<Integer> page = new Paging(1, 5).apply(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));

    assertThat(page.items()).containsExactly(6, 7, 8, 9, 10);
    assertThat(page.totalPages()).isEqualTo(2);
  }

  @Test
  void aPagePastTheEndIsEmptyButStillCountsEverything() {
    Page<Integer> page = new Paging(3, 2).apply(FIVE);

    assertThat(page.items()).isEmpty();
    assertThat(page.page()).isEqualTo(3);
    assertThat(page.totalItems()).isEqualTo(5);
    assertThat(page.totalPages()).isEqualTo(3);
  }

  @Test
  void nothingToPageGivesNoPages() {
    Page<Integer> page = Paging.FIRST.apply(List.of());

    assertThat(page.items()).isEmpty();
    assertThat(page.totalPages()).isZero();
    assertThat(page.size()).isEqualTo(Paging.DEFAULT_SIZE);
  }

  @Test
  void theLargestPageNumberDoesNotOverflow() {
    assertThat(new Paging(Integer.MAX_VALUE, Paging.MAX_SIZE).apply(FIVE).items()).isEmpty();
  }

  @Test
  void theLargestPageSizeHoldsFiveHundredItems() {
    List<Integer> thousand = IntStream.range(0, 1000).boxed().toList();

    assertThat(new Paging(1, Paging.MAX_SIZE).apply(thousand).items())
        .hasSize(500)
        .startsWith(500)
        .endsWith(999);
  }

  @Test
  void aNegativePageOrAnOutOfRangeSizeIsNoPaging() {
    assertThatThrownBy(() -> new Paging(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Paging(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Paging(0, 501)).isInstanceOf(IllegalArgumentException.class);
  }
}
