package org.kaohe.assessment.audit;

import java.util.List;

/** One page of a list, with enough to reach the others. A page past the end has no items. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {}
