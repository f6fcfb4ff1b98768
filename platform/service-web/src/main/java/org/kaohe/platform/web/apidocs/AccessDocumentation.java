package org.kaohe.platform.web.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.kaohe.platform.web.Role;
import org.kaohe.platform.web.access.Access;
import org.kaohe.platform.web.access.AccessPolicy;
import org.kaohe.platform.web.access.RouteRule;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;

/**
 * Writes each operation's roles from the access policy, as {@value #ROLES_EXTENSION} and as the
 * first line of its description, so the document cannot name other roles than the filter chains
 * enforce; adds the bearer scheme and the problem+json answers that apply to the operation.
 */
public final class AccessDocumentation implements OpenApiCustomizer {

  public static final String ROLES_EXTENSION = "x-roles";
  public static final String BEARER_SCHEME = "bearer";
  public static final String PROBLEM_SCHEMA = "Problem";
  static final String PROBLEM_JSON = "application/problem+json";

  /** What a request no rule names needs: any valid token. */
  private static final Access AUTHENTICATED = new Access(false, Set.of(Role.values()));

  private final AccessPolicy policy;

  AccessDocumentation(AccessPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void customise(OpenAPI openApi) {
    Components components =
        openApi.getComponents() == null ? new Components() : openApi.getComponents();
    openApi.setComponents(
        components
            .addSecuritySchemes(
                BEARER_SCHEME,
                new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP)
                    .scheme("bearer")
                    .bearerFormat("JWT")
                    .description(
                        "A JWT whose roles claim names agency, auditor, dashboard or admin;"
                            + " agencies' tokens also name the agency."))
            .addSchemas(PROBLEM_SCHEMA, problemSchema()));
    if (openApi.getPaths() == null) {
      return;
    }
    openApi
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) ->
                            document(HttpMethod.valueOf(method.name()), path, operation)));
  }

  /** Who may call the operation, as the policy decides it. */
  public static Access accessOf(AccessPolicy policy, HttpMethod method, String path) {
    return policy.ruleFor(method, path).map(RouteRule::access).orElse(AUTHENTICATED);
  }

  private void document(HttpMethod method, String path, Operation operation) {
    Access access = accessOf(policy, method, path);
    operation.addExtension(ROLES_EXTENSION, access.claimValues());
    String roles = "Roles: " + access.describe() + ".";
    operation.setDescription(
        operation.getDescription() == null ? roles : roles + "\n\n" + operation.getDescription());
    ApiResponses responses =
        operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
    operation.setResponses(responses);
    boolean takesInput =
        operation.getRequestBody() != null
            || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    if (takesInput) {
      problem(responses, "400", "The request is invalid; errors lists every problem found.");
    }
    if (!access.anonymous()) {
      operation.addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
      problem(responses, "401", "No bearer token, or one that was rejected.");
      problem(
          responses,
          "403",
          "The token's roles, or the agency it names, do not allow this request.");
    }
    if (path.contains("{")) {
      problem(responses, "404", "Nothing is recorded under this path.");
    }
    if (operation.getRequestBody() != null) {
      problem(responses, "413", "The body is larger than the gateway or the service accepts.");
    }
    problem(
        responses,
        "429",
        "The caller sent more requests than the gateway allows; Retry-After says when to retry.");
  }

  /** Adds a problem+json answer unless the operation documents that status itself. */
  public static void problem(ApiResponses responses, String status, String description) {
    if (responses.containsKey(status)) {
      return;
    }
    responses.addApiResponse(
        status,
        new ApiResponse()
            .description(description)
            .content(
                new Content()
                    .addMediaType(
                        PROBLEM_JSON,
                        new MediaType()
                            .schema(
                                new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)))));
  }

  private static Schema<?> problemSchema() {
    Map<String, Schema> properties = new LinkedHashMap<>();
    properties.put("type", new StringSchema().description("A URI naming the kind of problem."));
    properties.put("title", new StringSchema());
    properties.put("status", new IntegerSchema());
    properties.put("detail", new StringSchema().description("What went wrong, for people."));
    properties.put("instance", new StringSchema().description("The request path."));
    Schema<?> problem =
        new ObjectSchema()
            .description(
                "An RFC 9457 problem; some answers add properties such as errors, current or"
                    + " requiredRoles.")
            .properties(properties);
    problem.setAdditionalProperties(true);
    return problem;
  }
}
