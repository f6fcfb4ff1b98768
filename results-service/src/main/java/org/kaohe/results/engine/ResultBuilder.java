package org.kaohe.results.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.Cadre;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.scheme.GradeScale;
import org.kaohe.platform.reference.scheme.ScoringScheme;
import org.kaohe.platform.reference.scheme.ScoringSchemes;
import org.kaohe.platform.reference.scheme.UnitTree;
import org.kaohe.results.grading.CadreResult;
import org.kaohe.results.grading.Candidate;
import org.kaohe.results.grading.Graded;
import org.kaohe.results.grading.Grading;
import org.kaohe.results.grading.UnitResult;
import org.kaohe.results.inputs.InputsRepository;
import org.kaohe.results.inputs.SubjectInputs;
import org.kaohe.results.scoring.Composite;
import org.kaohe.results.scoring.Inputs;
import org.kaohe.results.scoring.Scoring;

/**
 * Computes one peer group's results from its members' inputs: every unit (or cadre) the reference
 * data puts in the group is a candidate, those without inputs without a composite, so the group's
 * size, the excellence share and the ranks do not depend on who has reported yet. A result is made
 * for each member with inputs.
 */
public final class ResultBuilder {
  private final ReferenceData reference;
  private final ScoringSchemes schemes;
  private final Map<String, List<AssessedUnit>> unitGroups = new ConcurrentHashMap<>();
  private final Map<String, List<Cadre>> cadreGroups = new ConcurrentHashMap<>();

  public ResultBuilder(ReferenceData reference, ScoringSchemes schemes) {
    this.reference = reference;
    this.schemes = schemes;
  }

  /** A member's result: a {@link UnitResult} or a {@link CadreResult}. */
  public record Computed(
      SubjectInputs subject, Object result, Composite composite, String resultId) {}

  /** A peer group's results, every member scored afresh. */
  public List<Computed> peerGroup(
      InputsRepository repository, String kind, String group, int year) {
    return peerGroup(repository, kind, group, year, new LastComposites());
  }

  /**
   * A peer group's results, taking a member's last composite from {@code last} when its inputs are
   * those it was scored from.
   */
  public List<Computed> peerGroup(
      InputsRepository repository, String kind, String group, int year, LastComposites last) {
    ScoringScheme scheme = schemes.of(year).orElseThrow();
    if (SubjectInputs.UNIT.equals(kind)) {
      List<AssessedUnit> members = unitMembers(scheme, group, year);
      return units(
          scheme,
          group,
          year,
          members,
          reported(repository, kind, group, year, members.stream().map(u -> u.code().value())),
          last);
    }
    List<Cadre> members = cadreMembers(group, year);
    return cadres(
        scheme,
        group,
        year,
        members,
        reported(repository, kind, group, year, members.stream().map(c -> c.code().value())),
        last);
  }

  /**
   * The keys of the members of the subject's peer group, the subject's among them; none for a
   * subject the reference data or the year's scheme does not place in a group.
   */
  public List<String> peerGroupKeys(String subjectKey) {
    SubjectInputs.Key key = SubjectInputs.Key.parse(subjectKey);
    ScoringScheme scheme = schemes.of(key.year()).orElse(null);
    if (scheme == null) {
      return List.of();
    }
    if (SubjectInputs.UNIT.equals(key.kind())) {
      return reference
          .unit(key.code())
          .flatMap(scheme::treeFor)
          .map(tree -> unitMembers(scheme, tree.peerGroup(), key.year()))
          .map(members -> keys(key, members.stream().map(u -> u.code().value())))
          .orElse(List.of());
    }
    return reference
        .cadre(key.code())
        .flatMap(
            cadre ->
                reference
                    .unit(cadre.unitCode().value())
                    .map(unit -> ScoringScheme.cadrePeerGroup(unit, cadre.role())))
        .map(group -> cadreMembers(group, key.year()))
        .map(members -> keys(key, members.stream().map(c -> c.code().value())))
        .orElse(List.of());
  }

  private static List<String> keys(SubjectInputs.Key key, Stream<String> codes) {
    return codes.map(code -> SubjectInputs.key(key.kind(), code, key.year())).toList();
  }

  /**
   * The members' stored inputs, read by their keys: the reference data names a group's members, so
   * the store is asked for exactly those, and one change costs the same however many subjects other
   * groups hold.
   */
  private static Map<String, SubjectInputs> reported(
      InputsRepository repository, String kind, String group, int year, Stream<String> codes) {
    return repository
        .findAll(codes.map(code -> SubjectInputs.key(kind, code, year)).toList())
        .stream()
        .filter(s -> s.kind().equals(kind) && s.year() == year && s.peerGroup().equals(group))
        .collect(Collectors.toMap(SubjectInputs::code, Function.identity()));
  }

  private List<AssessedUnit> unitMembers(ScoringScheme scheme, String group, int year) {
    return unitGroups.computeIfAbsent(
        year + "|" + group,
        k ->
            reference.units().stream()
                .filter(
                    u ->
                        scheme
                            .treeFor(u)
                            .map(UnitTree::peerGroup)
                            .filter(group::equals)
                            .isPresent())
                .toList());
  }

  private List<Cadre> cadreMembers(String group, int year) {
    return cadreGroups.computeIfAbsent(
        year + "|" + group,
        k ->
            reference.cadres().stream()
                .filter(
                    c ->
                        reference
                            .unit(c.unitCode().value())
                            .map(u -> ScoringScheme.cadrePeerGroup(u, c.role()))
                            .filter(group::equals)
                            .isPresent())
                .toList());
  }

  private List<Computed> units(
      ScoringScheme scheme,
      String group,
      int year,
      List<AssessedUnit> members,
      Map<String, SubjectInputs> reported,
      LastComposites last) {
    Map<String, Composite> composites = new HashMap<>();
    List<Candidate> candidates = new ArrayList<>();
    for (AssessedUnit unit : members) {
      String code = unit.code().value();
      SubjectInputs inputs =
          reported.getOrDefault(
              code, SubjectInputs.empty(SubjectInputs.UNIT, code, code, year, group));
      Composite composite =
          last.of(scheme, inputs, () -> Scoring.unit(scheme, unit, inputs.inputs()));
      composites.put(code, composite);
      candidates.add(inputs.candidate(composite));
    }
    Map<String, Graded> graded = graded(scheme, GradeScale.UNITS, candidates);
    List<Computed> results = new ArrayList<>();
    for (AssessedUnit unit : members) {
      SubjectInputs inputs = reported.get(unit.code().value());
      if (inputs != null) {
        Composite composite = composites.get(unit.code().value());
        UnitResult result =
            UnitResult.of(unit, year, group, composite, graded.get(unit.code().value()));
        results.add(new Computed(inputs, result, composite, result.resultId()));
      }
    }
    return results;
  }

  private List<Computed> cadres(
      ScoringScheme scheme,
      String group,
      int year,
      List<Cadre> members,
      Map<String, SubjectInputs> reported,
      LastComposites last) {
    Map<String, Composite> composites = new HashMap<>();
    List<Candidate> candidates = new ArrayList<>();
    for (Cadre cadre : members) {
      String code = cadre.code().value();
      SubjectInputs inputs =
          reported.getOrDefault(
              code,
              SubjectInputs.empty(
                  SubjectInputs.CADRE, code, cadre.unitCode().value(), year, group));
      Composite composite =
          last.of(scheme, inputs, () -> Scoring.cadre(scheme, cadre.role(), inputs.inputs()));
      composites.put(code, composite);
      candidates.add(inputs.candidate(composite));
    }
    Map<String, Graded> graded = graded(scheme, GradeScale.CADRES, candidates);
    List<Computed> results = new ArrayList<>();
    for (Cadre cadre : members) {
      SubjectInputs inputs = reported.get(cadre.code().value());
      if (inputs != null) {
        Composite composite = composites.get(cadre.code().value());
        CadreResult result =
            CadreResult.of(cadre, year, group, composite, graded.get(cadre.code().value()));
        results.add(new Computed(inputs, result, composite, result.resultId()));
      }
    }
    return results;
  }

  /**
   * The cadres of a unit whose inputs take the unit's composite, set to the given one; the cadres
   * changed are saved and returned.
   */
  public List<SubjectInputs> unitResultOfCadres(
      InputsRepository repository, SubjectInputs unit, Inputs.Sourced composite) {
    List<SubjectInputs> changed = new ArrayList<>();
    for (Cadre cadre : reference.cadresOf(unit.code())) {
      String key = SubjectInputs.key(SubjectInputs.CADRE, cadre.code().value(), unit.year());
      SubjectInputs inputs =
          repository
              .find(key)
              .orElseGet(
                  () ->
                      SubjectInputs.empty(
                          SubjectInputs.CADRE,
                          cadre.code().value(),
                          unit.code(),
                          unit.year(),
                          reference
                              .unit(unit.code())
                              .map(u -> ScoringScheme.cadrePeerGroup(u, cadre.role()))
                              .orElseThrow()));
      SubjectInputs after = inputs.withUnitResult(composite);
      if (!after.equals(inputs)) {
        repository.save(after);
      }
      changed.add(after);
    }
    return changed;
  }

  private static Map<String, Graded> graded(
      ScoringScheme scheme, GradeScale scale, List<Candidate> candidates) {
    Map<String, Graded> byCode = new HashMap<>();
    Grading.peerGroup(scheme, scale, candidates).forEach(g -> byCode.put(g.code(), g));
    return byCode;
  }
}
