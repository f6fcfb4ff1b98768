package org.kaohe.results.inputs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The inputs as one poll of events sees them: each subject is read from the store once, together
 * with its companions (the members of its peer group, which the poll reads anyway to rank it), what
 * the poll saves is held, and {@link #flush} writes every subject the poll changed in one write.
 * The engine flushes once the poll's results are logged, while Kafka acknowledges them: the events
 * are redelivered after any failure before the poll's offsets are committed, and give the same
 * inputs again.
 */
public final class PollInputs implements InputsRepository {
  private final InputsRepository store;
  private final Function<String, Collection<String>> companions;
  private final Map<String, Optional<SubjectInputs>> read = new HashMap<>();
  private final Map<String, SubjectInputs> changed = new LinkedHashMap<>();

  /**
   * @param companions the keys to read along with a subject's, by its key
   */
  public PollInputs(InputsRepository store, Function<String, Collection<String>> companions) {
    this.store = store;
    this.companions = companions;
  }

  @Override
  public Optional<SubjectInputs> find(String key) {
    if (!read.containsKey(key)) {
      List<String> keys = new ArrayList<>(companions.apply(key));
      keys.add(key);
      findAll(keys);
    }
    return read.get(key);
  }

  @Override
  public void save(SubjectInputs inputs) {
    read.put(inputs.key(), Optional.of(inputs));
    changed.put(inputs.key(), inputs);
  }

  @Override
  public List<SubjectInputs> findAll(Collection<String> keys) {
    List<String> unread = keys.stream().distinct().filter(k -> !read.containsKey(k)).toList();
    if (!unread.isEmpty()) {
      Map<String, SubjectInputs> found = new HashMap<>();
      store.findAll(unread).forEach(s -> found.put(s.key(), s));
      unread.forEach(key -> read.put(key, Optional.ofNullable(found.get(key))));
    }
    return keys.stream()
        .distinct()
        .map(read::get)
        .flatMap(Optional::stream)
        .sorted(Comparator.comparing(SubjectInputs::key))
        .toList();
  }

  @Override
  public Set<String> peerGroupsOf(String kind, int year) {
    Set<String> groups = new TreeSet<>(store.peerGroupsOf(kind, year));
    changed.values().stream()
        .filter(s -> s.year() == year && s.kind().equals(kind))
        .forEach(s -> groups.add(s.peerGroup()));
    return groups;
  }

  /** Writes what the poll changed to the store. */
  public void flush() {
    store.saveAll(changed.values());
    changed.clear();
  }
}
