package org.kaohe.assessment.audit;

import java.util.List;

/** Which page of a list to show: {@code page} counts from 0. */
public record Paging(int page, int size) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;
  public static final Paging FIRST = new Paging(0, DEFAULT_SIZE);

  public Paging {
    if (page < 0 || size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("no such page: " + page + " of size " + size);
    }
  }

  public <T> Page<T> apply(List<T> all) {
    int total = all.size();
    long first = (long) page * size;
    List<T> items =
        first >= total ? List.of() : all.subList((int) first, (int) Math.min(first + size, total));
    int totalPages = (total + size - 1) / size;
    return new Page<>(List.copyOf(items), page, size, total, totalPages);
  }
}
