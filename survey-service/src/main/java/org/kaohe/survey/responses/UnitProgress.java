package org.kaohe.survey.responses;

import java.util.Map;
import java.util.TreeMap;

/** How far a unit's fieldwork has come: what is stored, by channel, and what was refused. */
public final class UnitProgress {
  private int stored;
  private int counted;
  private int partials;
  private int duplicateRespondents;
  private final Map<String, Integer> byChannel = new TreeMap<>();

  void add(String channel, boolean partial, boolean counts) {
    stored++;
    if (counts) {
      counted++;
    }
    if (partial) {
      partials++;
    }
    byChannel.merge(channel, 1, Integer::sum);
  }

  void refusedDuplicate() {
    duplicateRespondents++;
  }

  public int stored() {
    return stored;
  }

  /** Responses that count towards the result: complete ones and partials that answer enough. */
  public int counted() {
    return counted;
  }

  public int partials() {
    return partials;
  }

  public int duplicateRespondents() {
    return duplicateRespondents;
  }

  public Map<String, Integer> byChannel() {
    return byChannel;
  }
}
