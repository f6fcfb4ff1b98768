package org.kaohe.assessment.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaohe.platform.web.apidocs.AccessDocumentation;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the controllers cannot say about themselves in the API document: which writes answer 409,
 * the batch's two body formats (read from the raw request), and examples of the main writes.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentApiDocs {

  /** Writes that refuse to overwrite unknowingly, or that the round's or case's state forbids. */
  private static final List<String> CONFLICTING_WRITES =
      List.of(
          "/api/assessment/scores",
          "/api/assessment/political-ratings",
          "/api/assessment/democratic-evaluations",
          "/api/assessment/findings",
          "/api/assessment/vetoes",
          "/api/assessment/vetoes/{vetoId}/confirmation",
          "/api/assessment/vetoes/{vetoId}/rejection",
          "/api/assessment/admin/rounds/{unitCode}/{year}/reopening");

  private static final Map<String, Object> SCORE =
      Map.of("unitCode", "620100", "year", 2026, "indicatorCode", "HQD-ECONOMY", "value", 87.5);

  @Bean
  OpenApiCustomizer assessmentApiExamples() {
    return openApi -> {
      CONFLICTING_WRITES.forEach(
          path ->
              post(openApi, path)
                  .ifPresent(
                      operation ->
                          AccessDocumentation.problem(
                              operation.getResponses(),
                              "409",
                              "Conflicts with what is recorded; the problem says what stands.")));
      post(openApi, "/api/assessment/scores").ifPresent(AssessmentApiDocs::describeScore);
      post(openApi, "/api/assessment/scores/batch").ifPresent(AssessmentApiDocs::describeBatch);
    };
  }

  private static Optional<Operation> post(OpenAPI openApi, String path) {
    return Optional.ofNullable(openApi.getPaths())
        .map(paths -> paths.get(path))
        .map(PathItem::getPost);
  }

  private static void describeScore(Operation operation) {
    Optional.ofNullable(operation.getRequestBody())
        .map(RequestBody::getContent)
        .map(content -> content.get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE))
        .ifPresent(json -> json.addExamples("score", new Example().value(SCORE)));
    ApiResponse ok = operation.getResponses().get("200");
    if (ok == null) {
      return;
    }
    Content created = new Content();
    ok.getContent()
        .forEach(
            (type, media) ->
                created.addMediaType(
                    type,
                    new MediaType()
                        .schema(media.getSchema())
                        .addExamples(
                            "recorded",
                            new Example()
                                .value(
                                    Map.of(
                                        "roundId",
                                        "620100-2026",
                                        "unitCode",
                                        "620100",
                                        "year",
                                        2026,
                                        "indicatorCode",
                                        "HQD-ECONOMY",
                                        "value",
                                        87.5,
                                        "changed",
                                        true)))));
    operation
        .getResponses()
        .addApiResponse("201", new ApiResponse().description("Recorded.").content(created));
    ok.description("The value is unchanged; nothing is stored (changed: false).");
  }

  private static void describeBatch(Operation operation) {
    Map<String, Object> item =
        Map.of(
            "itemId", "a1",
            "unitCode", "620100",
            "year", 2026,
            "indicatorCode", "HQD-ECONOMY",
            "value", 87.5);
    operation.setRequestBody(
        new RequestBody()
            .required(true)
            .description(
                "Scores, each with the client's own itemId, unique in the batch: a JSON array,"
                    + " or one JSON object per line.")
            .content(
                new Content()
                    .addMediaType(
                        org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                        new MediaType()
                            .schema(new ArraySchema().items(new ObjectSchema()))
                            .addExamples("batch", new Example().value(List.of(item))))
                    .addMediaType(
                        org.springframework.http.MediaType.APPLICATION_NDJSON_VALUE,
                        new MediaType()
                            .schema(new StringSchema())
                            .addExamples(
                                "lines",
                                new Example()
                                    .value(
                                        "{\"itemId\":\"a1\",\"unitCode\":\"620100\",\"year\":2026,"
                                            + "\"indicatorCode\":\"HQD-ECONOMY\",\"value\":87.5}\n")))));
    AccessDocumentation.problem(
        operation.getResponses(),
        "400",
        "The body is no JSON array; a malformed line is only its own item's 400, in the report.");
    AccessDocumentation.problem(
        operation.getResponses(),
        "413",
        "More items than kaohe.assessment.batch.max-items, or a larger body; nothing is recorded.");
  }
}
