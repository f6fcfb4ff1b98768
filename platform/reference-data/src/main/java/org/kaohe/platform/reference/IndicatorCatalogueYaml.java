package org.kaohe.platform.reference;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.Codes;
import org.kaohe.events.ids.IndicatorCode;
import org.kaohe.events.validation.AssessmentYear;

/**
 * Reads the indicator catalogues file: {@code catalogues}, each with a {@code year} and {@code
 * groups} of {@code indicators} (the shipped file documents every field). Jackson binds the file
 * into the records below and Bean Validation checks their fields; what binding cannot make sense of
 * is recorded and skipped, so that one reading finds every problem. The rules across fields (unique
 * years and codes, known agencies, a scale for every indicator) are checked here. Each problem is
 * placed by its line and column, found by its path in {@link YamlLocations}.
 */
public final class IndicatorCatalogueYaml {
  private static final String CODE_FORMAT = "must be 2-32 upper-case letters, digits or '-'";
  private static final String EMPTY = "must not be empty";
  private static final ObjectReader READER = YAMLMapper.builder().build().readerFor(FileYaml.class);
  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  record FileYaml(@NotEmpty(message = EMPTY) @Valid List<CatalogueYaml> catalogues) {}

  record CatalogueYaml(
      @NotNull @AssessmentYear Integer year,
      String opens,
      String deadline,
      @NotEmpty(message = EMPTY) @Valid List<GroupYaml> groups) {}

  record GroupYaml(
      @NotNull @Pattern(regexp = Codes.FORMAT, message = CODE_FORMAT) String code,
      @NotBlank(message = EMPTY) String name,
      @JsonProperty("english_name") String englishName,
      @Valid ScaleYaml scale,
      @NotEmpty(message = EMPTY) @Valid List<IndicatorYaml> indicators) {}

  record IndicatorYaml(
      @NotNull @Pattern(regexp = Codes.FORMAT, message = CODE_FORMAT) String code,
      @NotBlank(message = EMPTY) String name,
      @JsonProperty("english_name") String englishName,
      @Valid ScaleYaml scale,
      @JsonProperty("applies_to") @NotEmpty(message = EMPTY) List<UnitKind> appliesTo,
      @JsonProperty("responsible_agency") @NotBlank(message = EMPTY) String responsibleAgency,
      @JsonProperty("additional_agencies") List<String> additionalAgencies,
      List<Subject> assessed,
      String period) {}

  record ScaleYaml(
      @NotNull BigDecimal min,
      @NotNull BigDecimal max,
      @NotNull @Min(value = 0, message = "must be a whole number from 0") Integer decimals) {}

  private static final Map<Class<?>, String> WHAT =
      Map.of(
          FileYaml.class, "the file",
          CatalogueYaml.class, "a catalogue",
          GroupYaml.class, "a group",
          IndicatorYaml.class, "an indicator",
          ScaleYaml.class, "a scale");

  private final FileProblems problems;
  private final YamlLocations places;
  private final Set<String> agencies;
  private final Set<String> reported = new HashSet<>();

  private IndicatorCatalogueYaml(
      FileProblems problems, YamlLocations places, Set<String> agencies) {
    this.problems = problems;
    this.places = places;
    this.agencies = agencies;
  }

  /**
   * @param agencies the codes of the known agencies
   * @throws InvalidReferenceFile listing every problem with its line and column
   */
  public static List<IndicatorCatalogue> read(InputStream in, String origin, Set<String> agencies)
      throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    FileProblems problems = new FileProblems(origin);
    Optional<YamlLocations> places = YamlLocations.read(text, problems);
    List<IndicatorCatalogue> catalogues = List.of();
    if (places.isPresent() && places.get().isEmpty()) {
      problems.inFile("the file is empty; it must hold 'catalogues'");
    } else if (places.isPresent()) {
      catalogues = new IndicatorCatalogueYaml(problems, places.get(), agencies).read(text);
    }
    problems.throwIfAnyInFileOrder();
    return catalogues;
  }

  private List<IndicatorCatalogue> read(String text) throws IOException {
    FileYaml file;
    try {
      file = READER.withHandler(new Problems()).readValue(text);
    } catch (JsonProcessingException e) {
      problems.at(YamlLocations.Place.of(e.getLocation()), e.getOriginalMessage());
      return List.of();
    }
    VALIDATOR.validate(file).forEach(this::violation);
    List<IndicatorCatalogue> catalogues = new ArrayList<>();
    Map<Integer, Integer> lineOfYear = new HashMap<>();
    forEach(
        file.catalogues(),
        "/catalogues",
        (catalogue, at) -> {
          if (catalogue.year() != null) {
            Integer earlier = lineOfYear.putIfAbsent(catalogue.year(), places.of(at).line());
            if (earlier != null) {
              problem(
                  at, "year " + catalogue.year() + " already has a catalogue on line " + earlier);
            }
            catalogues.add(catalogue(catalogue, at));
          }
        });
    return catalogues;
  }

  /** Once per path: what binding reported is not reported again by validation. */
  private void once(String pointer, YamlLocations.Place place, String message) {
    if (reported.add(pointer)) {
      problems.at(place, message);
    }
  }

  /** A problem across fields, which binding and validation cannot have found. */
  private void problem(String pointer, String message) {
    problems.at(places.of(pointer), message);
  }

  private void violation(ConstraintViolation<?> violation) {
    String pointer =
        Arrays.stream(violation.getPropertyPath().toString().replace("]", "").split("[.\\[]"))
            .map(segment -> "/" + snakeCase(segment))
            .collect(Collectors.joining());
    String field = pointer.substring(pointer.lastIndexOf('/') + 1);
    Object value = violation.getInvalidValue();
    String message =
        value == null
            ? WHAT.get(violation.getLeafBean().getClass()) + " needs '" + field + "'"
            : "'" + field + "' " + violation.getMessage();
    boolean showValue =
        value != null && !value.toString().isBlank() && !(value instanceof Collection);
    once(pointer, places.of(pointer), message + (showValue ? ", found '" + value + "'" : ""));
  }

  private IndicatorCatalogue catalogue(CatalogueYaml catalogue, String at) {
    RoundCalendar byDefault = RoundCalendar.byDefault(catalogue.year());
    LocalDate opens = date(catalogue.opens(), at + "/opens").orElse(byDefault.opens());
    LocalDate deadline = date(catalogue.deadline(), at + "/deadline").orElse(byDefault.deadline());
    if (!deadline.isAfter(opens)) {
      problem(at, "the deadline " + deadline + " must come after opens " + opens);
    }
    Map<String, Integer> lineOfCode = new HashMap<>();
    List<IndicatorGroup> groups = new ArrayList<>();
    forEach(
        catalogue.groups(),
        at + "/groups",
        (group, groupAt) -> {
          claim(group.code(), "group", groupAt + "/code", lineOfCode);
          Optional<Scale> scale = scale(group.scale(), groupAt + "/scale");
          List<Indicator> indicators = new ArrayList<>();
          forEach(
              group.indicators(),
              groupAt + "/indicators",
              (indicator, indicatorAt) -> {
                claim(indicator.code(), "indicator", indicatorAt + "/code", lineOfCode);
                indicator(indicator, group, scale, indicatorAt).ifPresent(indicators::add);
              });
          groups.add(
              new IndicatorGroup(
                  group.code(), group.name(), text(group.englishName()), indicators));
        });
    return new IndicatorCatalogue(catalogue.year(), new RoundCalendar(opens, deadline), groups);
  }

  private Optional<LocalDate> date(String text, String at) {
    try {
      return Optional.ofNullable(text).map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      String field = at.substring(at.lastIndexOf('/') + 1);
      problem(at, "'" + field + "' must be a date such as 2027-03-31, found '" + text + "'");
      return Optional.empty();
    }
  }

  private Optional<Indicator> indicator(
      IndicatorYaml indicator, GroupYaml group, Optional<Scale> groupScale, String at) {
    Optional<Scale> scale = scale(indicator.scale(), at + "/scale");
    if (indicator.scale() == null) {
      scale = groupScale;
      if (group.scale() == null) {
        problem(at, "an indicator needs 'scale' when its group gives none");
      }
    }
    Optional<AgencyCode> responsible =
        agency(indicator.responsibleAgency(), at + "/responsible_agency");
    List<AgencyCode> additional = new ArrayList<>();
    forEach(
        indicator.additionalAgencies(),
        at + "/additional_agencies",
        (code, itemAt) ->
            agency(code, itemAt)
                .ifPresent(
                    agency -> {
                      if (responsible.isPresent() && responsible.get().equals(agency)) {
                        problem(itemAt, agency + " is already the responsible agency");
                      } else if (additional.contains(agency)) {
                        problem(itemAt, agency + " is listed twice in 'additional_agencies'");
                      } else {
                        additional.add(agency);
                      }
                    }));
    Optional<Periodicity> periodicity =
        indicator.period() == null
            ? Optional.of(Periodicity.ANNUAL)
            : Periodicity.parse(indicator.period());
    if (periodicity.isEmpty()) {
      problem(
          at + "/period",
          "'period' must be one of annual, half-year, found '" + indicator.period() + "'");
    }
    if (problems.any()) {
      return Optional.empty();
    }
    Set<Subject> subjects =
        indicator.assessed() == null ? Set.of(Subject.UNITS) : EnumSet.copyOf(indicator.assessed());
    return Optional.of(
        new Indicator(
            new IndicatorCode(indicator.code()),
            indicator.name(),
            text(indicator.englishName()),
            group.code(),
            scale.orElseThrow(),
            indicator.appliesTo(),
            responsible.orElseThrow(),
            additional,
            subjects,
            periodicity.get()));
  }

  /** Group and indicator codes of one catalogue must all differ. */
  private void claim(String code, String kind, String at, Map<String, Integer> lineOfCode) {
    if (code != null && code.matches(Codes.FORMAT)) {
      Integer earlier = lineOfCode.putIfAbsent(code, places.of(at).line());
      if (earlier != null) {
        problem(at, kind + " code " + code + " is already used on line " + earlier);
      }
    }
  }

  private Optional<Scale> scale(ScaleYaml scale, String at) {
    if (scale == null || scale.min() == null || scale.max() == null || scale.decimals() == null) {
      return Optional.empty();
    }
    if (scale.min().compareTo(scale.max()) >= 0) {
      problem(
          at,
          "the scale's min "
              + scale.min().toPlainString()
              + " must be below its max "
              + scale.max().toPlainString());
      return Optional.empty();
    }
    return Optional.of(new Scale(scale.min(), scale.max(), scale.decimals()));
  }

  private Optional<AgencyCode> agency(String code, String at) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    if (!agencies.contains(code)) {
      problem(at, "unknown agency " + code + " (not in the agencies file)");
      return Optional.empty();
    }
    return Optional.of(new AgencyCode(code));
  }

  private interface Item<T> {
    void read(T item, String at);
  }

  /** Each item that binding could read, with its path; none for a missing list. */
  private static <T> void forEach(List<T> list, String at, Item<T> item) {
    for (int i = 0; list != null && i < list.size(); i++) {
      if (list.get(i) != null) {
        item.read(list.get(i), at + "/" + i);
      }
    }
  }

  private static String text(String optional) {
    return Objects.requireNonNullElse(optional, "");
  }

  private static String snakeCase(String name) {
    return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
  }

  private static String fieldsOf(Class<?> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(component -> snakeCase(component.getName()))
        .collect(Collectors.joining(", "));
  }

  /** What binding cannot make sense of, recorded where it is and skipped. */
  private final class Problems extends DeserializationProblemHandler {

    @Override
    public boolean handleUnknownProperty(
        DeserializationContext context,
        JsonParser parser,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String property)
        throws IOException {
      Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
      String at = pointer(parser);
      once(
          at,
          places.keyOf(at),
          "unknown field '" + property + "' in " + WHAT.get(type) + "; expected " + fieldsOf(type));
      parser.skipChildren();
      return true;
    }

    @Override
    public Object handleWeirdStringValue(
        DeserializationContext context, Class<?> type, String value, String failure) {
      String expected =
          type.isEnum()
              ? "one of "
                  + Arrays.stream(type.getEnumConstants())
                      .map(Object::toString)
                      .collect(Collectors.joining(", "))
              : type == Integer.class ? "a whole number" : "a number";
      found(context.getParser(), " must be " + expected + ", found '" + value + "'");
      return null;
    }

    @Override
    public Object handleInstantiationProblem(
        DeserializationContext context, Class<?> type, Object argument, Throwable problem) {
      Throwable cause = problem;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      found(context.getParser(), ": " + cause.getMessage());
      return null;
    }

    @Override
    public Object handleUnexpectedToken(
        DeserializationContext context,
        JavaType type,
        JsonToken token,
        JsonParser parser,
        String failure)
        throws IOException {
      return notA(type.getRawClass(), parser);
    }

    @Override
    public Object handleMissingInstantiator(
        DeserializationContext context,
        Class<?> type,
        ValueInstantiator instantiator,
        JsonParser parser,
        String failure)
        throws IOException {
      return notA(type, parser);
    }

    private Object notA(Class<?> type, JsonParser parser) throws IOException {
      if (WHAT.containsKey(type)) {
        String at = pointer(parser);
        once(at, places.of(at), WHAT.get(type) + " must be a mapping with " + fieldsOf(type));
      } else {
        found(
            parser,
            Collection.class.isAssignableFrom(type)
                ? " must be a list"
                : " must be a single value");
      }
      parser.skipChildren();
      return null;
    }

    /** A problem with the value the parser is at, named by its field: {@code 'min' must be ...}. */
    private void found(JsonParser parser, String message) {
      String at = pointer(parser);
      String field = at.replaceAll("/[0-9]+$", "");
      once(at, places.of(at), "'" + field.substring(field.lastIndexOf('/') + 1) + "'" + message);
    }

    /** The path of the value the parser is at; a list's or mapping's own, at its start. */
    private static String pointer(JsonParser parser) {
      JsonStreamContext context = parser.getParsingContext();
      if (parser.currentToken() == JsonToken.START_ARRAY
          || parser.currentToken() == JsonToken.START_OBJECT) {
        context = context.getParent();
      }
      return context.pathAsPointer().toString();
    }
  }
}
