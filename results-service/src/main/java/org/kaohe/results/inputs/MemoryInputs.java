package org.kaohe.results.inputs;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Inputs held in memory, for a recomputation from the topics. */
public final class MemoryInputs implements InputsRepository {
  private final Map<String, SubjectInputs> inputs = new HashMap<>();

  @Override
  public Optional<SubjectInputs> find(String key) {
    return Optional.ofNullable(inputs.get(key));
  }

  @Override
  public void save(SubjectInputs subject) {
    inputs.put(subject.key(), subject);
  }

  @Override
  public List<SubjectInputs> findAll(Collection<String> keys) {
    return keys.stream()
        .distinct()
        .map(inputs::get)
        .filter(Objects::nonNull)
        .sorted(Comparator.comparing(SubjectInputs::key))
        .toList();
  }

  @Override
  public java.util.Set<String> peerGroupsOf(String kind, int year) {
    return inputs.values().stream()
        .filter(s -> s.year() == year && s.kind().equals(kind))
        .map(SubjectInputs::peerGroup)
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  /** Every subject of the year. */
  public List<SubjectInputs> year(int year) {
    return inputs.values().stream()
        .filter(s -> s.year() == year)
        .sorted(Comparator.comparing(SubjectInputs::key))
        .toList();
  }
}
