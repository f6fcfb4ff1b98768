package org.kaohe.results.inputs;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where subjects' inputs are kept: MongoDB for the live service, memory for a recomputation. */
public interface InputsRepository {
  Optional<SubjectInputs> find(String key);

  void save(SubjectInputs inputs);

  /** Saves each subject's inputs, replacing what was stored; a store may do it in one write. */
  default void saveAll(Collection<SubjectInputs> subjects) {
    subjects.forEach(this::save);
  }

  /** The subjects with inputs among these keys, in key order. */
  List<SubjectInputs> findAll(Collection<String> keys);

  /** The peer groups with a subject of this kind in this year. */
  java.util.Set<String> peerGroupsOf(String kind, int year);
}
