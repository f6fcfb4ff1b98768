package org.kaohe.results.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.kaohe.platform.reference.scheme.ScoringScheme;
import org.kaohe.results.inputs.SubjectInputs;
import org.kaohe.results.scoring.Composite;

/**
 * The composite last scored for each subject, with the scheme and the inputs it was scored from. A
 * composite is a function of those alone, so a subject whose inputs equal the last ones takes the
 * same composite again: a change ranks its whole peer group again, and scores only the subjects
 * whose inputs changed. The live engine keeps one for good; a recomputation starts from an empty
 * one, so that it scores every subject afresh and checks the live results rather than repeating
 * them.
 *
 * <p>It holds at most one entry per subject and year that the reference data places in a peer
 * group.
 */
public final class LastComposites {
  private final Map<String, Scored> last = new ConcurrentHashMap<>();

  private record Scored(ScoringScheme scheme, SubjectInputs inputs, Composite composite) {}

  /** The subject's composite: the last one if scored from equal inputs by the same scheme. */
  Composite of(ScoringScheme scheme, SubjectInputs inputs, Supplier<Composite> score) {
    Scored scored = last.get(inputs.key());
    if (scored != null && scored.scheme() == scheme && scored.inputs().equals(inputs)) {
      return scored.composite();
    }
    Composite composite = score.get();
    last.put(inputs.key(), new Scored(scheme, inputs, composite));
    return composite;
  }
}
