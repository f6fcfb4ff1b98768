package org.kaohe.platform.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The veto items of the reference file, in its order. */
public final class VetoItems {
  private final Map<String, VetoItem> items = new LinkedHashMap<>();

  public VetoItems(List<VetoItem> items) {
    items.forEach(item -> this.items.put(item.code().value(), item));
  }

  public List<VetoItem> all() {
    return List.copyOf(items.values());
  }

  public Optional<VetoItem> item(String code) {
    return Optional.ofNullable(items.get(code));
  }
}
