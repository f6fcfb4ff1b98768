package org.kaohe.platform.kafka;

import java.util.List;

/**
 * What a consumer group has parked.
 *
 * @param total how many records its dead-letter topics hold
 * @param newest the most recent of them, at most {@value DeadLetterReader#NEWEST}, oldest first
 */
public record DeadLetterList(long total, List<DeadLetter> newest) {
  public DeadLetterList {
    newest = List.copyOf(newest);
  }
}
