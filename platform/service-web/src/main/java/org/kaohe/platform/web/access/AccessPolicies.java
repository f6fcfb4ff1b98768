package org.kaohe.platform.web.access;

import static org.kaohe.platform.web.Role.ADMIN;
import static org.kaohe.platform.web.Role.AGENCY;
import static org.kaohe.platform.web.Role.AUDITOR;
import static org.kaohe.platform.web.Role.DASHBOARD;
import static org.kaohe.platform.web.Role.SURVEY_TEAM;
import static org.kaohe.platform.web.access.RouteRule.any;
import static org.kaohe.platform.web.access.RouteRule.read;

import org.kaohe.platform.web.Role;

/**
 * The route rules of every service, each written once: the service enforces its own policy and the
 * gateway enforces {@link #GATEWAY}, which is the same policies behind the public dashboard.
 */
public final class AccessPolicies {

  /**
   * Agencies (and admins) write; auditors read but never write. The audit trail spans every agency,
   * so only auditors and admins read it, and nobody writes to it. The reference data is read by
   * every role and written by nobody: operators change it through its files. Administration
   * (reopening rounds, replaying processors) is for admins.
   */
  public static final AccessPolicy ASSESSMENT =
      documentation("/api/assessment")
          .followedBy(
              AccessPolicy.of(
                  any("/api/assessment/admin/**", Access.anyOf(ADMIN)),
                  read("/api/assessment/audit/**", Access.anyOf(AUDITOR, ADMIN)),
                  any("/api/assessment/audit/**", Access.NOBODY),
                  read("/api/assessment/reference/**", Access.anyOf(Role.values())),
                  any("/api/assessment/reference/**", Access.NOBODY),
                  read("/api/assessment/**", Access.anyOf(AGENCY, AUDITOR, ADMIN)),
                  any("/api/assessment/**", Access.anyOf(AGENCY, ADMIN))));

  /**
   * Survey teams send responses; erasing a respondent is for admins; campaigns are defined, opened,
   * closed and corrected by admins and by the agencies the service allows (the organization
   * department). Every role may read: the service decides which campaign data each caller sees (a
   * team its own campaigns' progress, everyone the results once published).
   */
  public static final AccessPolicy SURVEY =
      documentation("/api/survey")
          .followedBy(
              AccessPolicy.of(
                  read("/api/survey/**", Access.anyOf(Role.values())),
                  any("/api/survey/campaigns/*/responses", Access.anyOf(SURVEY_TEAM)),
                  any("/api/survey/campaigns/*/uploads", Access.anyOf(SURVEY_TEAM)),
                  any("/api/survey/campaigns/*/erasures", Access.anyOf(ADMIN)),
                  any("/api/survey/**", Access.anyOf(ADMIN, AGENCY))));

  /**
   * Results are read by dashboards, auditors, admins and agencies, and written by nobody over HTTP:
   * they are computed from events. Administration (dead letters) is for admins.
   */
  public static final AccessPolicy RESULTS =
      documentation("/api/results")
          .followedBy(
              AccessPolicy.of(
                  any("/api/results/admin/**", Access.anyOf(ADMIN)),
                  read("/api/results/**", Access.anyOf(DASHBOARD, AUDITOR, ADMIN, AGENCY)),
                  any("/api/results/**", Access.NOBODY)));

  /** The dashboard page is public (it asks for a token itself); then every service's rules. */
  public static final AccessPolicy GATEWAY =
      AccessPolicy.of(
              read("/", Access.PUBLIC),
              read("/dashboard", Access.PUBLIC),
              read("/dashboard/**", Access.PUBLIC))
          .followedBy(ASSESSMENT, SURVEY, RESULTS);

  private AccessPolicies() {}

  /**
   * The service's OpenAPI document and its browsable page, under the service's own prefix so the
   * gateway routes them like the API. Public: they describe the API, which the repository describes
   * too, and hold no data; a browser opening the page cannot send a bearer token. The paths are
   * springdoc's, moved under the prefix by each service's {@code springdoc.*} settings.
   */
  public static AccessPolicy documentation(String prefix) {
    return AccessPolicy.of(
        read(prefix + "/v3/api-docs/**", Access.PUBLIC),
        read(prefix + "/swagger-ui.html", Access.PUBLIC),
        read(prefix + "/webjars/**", Access.PUBLIC));
  }
}
