package org.kaohe.assessment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.kaohe.platform.web.servicecheck.AttackLedger;
import org.kaohe.platform.web.servicecheck.HostileRequest;
import org.kaohe.platform.web.servicecheck.HostileRequest.Answer;
import org.kaohe.platform.web.servicecheck.HostileRequest.Expect;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The table of every route of the assessment service against every kind of caller: no token, an
 * agency responsible for what the route touches, another agency, an auditor, the dashboard and an
 * administrator. Each cell is the status the caller gets; a refusal stores nothing and carries none
 * of the data it guards. One table, sent straight at the service ({@code AuthorizationMatrixIT})
 * and through a running gateway in front of it (the system tests), so that both answer every cell
 * alike.
 *
 * <p>A run sends the {@link #preparation} first, on a service whose store holds none of the units
 * the table writes to, then each cell once.
 */
public final class AuthorizationTable {
  /** Data only the organization department, auditors and administrators may read. */
  public static final List<String> GUARDED =
      List.of(
          "finding-summary-for-overseers",
          "rating-basis-for-overseers",
          "veto-grounds-for-overseers");

  private static final String SCORES = "/api/assessment/scores";
  private static final String VETOES = "/api/assessment/vetoes";
  private static final String CONFIRMED = "veto:620300:2026:VETO-SAFETY";
  private static final String REJECTED = "veto:620400:2026:VETO-SAFETY";
  private static final String ROUND = "620100/2026";
  private static final String CSV_HEADER = "unit_code,indicator_code,value,replaces,reason\r\n";
  private static final String BOUNDARY = "matrix-boundary";

  private AuthorizationTable() {}

  /** A kind of caller. */
  public enum Caller {
    NONE,
    RIGHT_AGENCY,
    OTHER_AGENCY,
    AUDITOR,
    DASHBOARD,
    ADMIN
  }

  /** Which rules a cell depends on. */
  public enum Rules {
    /** Role-level access, as the service declares it. */
    ROLES,
    /** Who reads which round, veto case and finding. */
    OBJECTS,
    /** HEAD wherever GET is allowed. */
    HEAD
  }

  /**
   * What the reads of the table find: a score, a finding and a political rating of the round read,
   * and the veto cases that are read, confirmed and rejected.
   */
  public static List<HostileRequest> preparation() {
    List<HostileRequest> requests = new ArrayList<>();
    requests.add(
        prepared(
            SCORES,
            "PROV-STATS",
            "{\"unitCode\":\"620100\",\"year\":2026,\"indicatorCode\":\"HQD-ECONOMY\",\"value\":80}"));
    requests.add(
        prepared(
            "/api/assessment/findings",
            "PROV-AUDIT",
            "{\"unitCode\":\"620100\",\"year\":2026,\"findingId\":\"AUDIT-2026-0001\","
                + "\"source\":\"AUDIT\",\"severity\":\"MINOR\",\"summary\":\""
                + GUARDED.get(0)
                + "\"}"));
    requests.add(
        prepared(
            "/api/assessment/political-ratings",
            "PROV-ORG",
            "{\"unitCode\":\"620100\",\"year\":2026,\"rating\":\"GOOD\",\"basis\":\""
                + GUARDED.get(1)
                + "\"}"));
    for (String unit : List.of("620100", "620300", "620400")) {
      requests.add(
          prepared(
              VETOES,
              "PROV-ORG",
              "{\"unitCode\":\""
                  + unit
                  + "\",\"year\":2026,\"itemCode\":\"VETO-SAFETY\",\"grounds\":\""
                  + GUARDED.get(2)
                  + "\"}"));
    }
    return requests;
  }

  private static HostileRequest prepared(String path, String agency, String json) {
    return new HostileRequest(
        "prepare " + path,
        Expect.ACCEPTED,
        HttpMethod.POST,
        path,
        TestTokens.bearer("agency", agency),
        MediaType.APPLICATION_JSON,
        json.getBytes(StandardCharsets.UTF_8),
        Map.of(),
        List.of());
  }

  /** The cells whose status depends on these rules. */
  public static Stream<Cell> cells(Rules rules) {
    List<Cell> cells = new ArrayList<>();
    for (Route route : routes()) {
      for (Caller caller : Caller.values()) {
        if (route.rulesOf(caller) == rules) {
          cells.add(route.cell(caller));
        }
      }
    }
    return cells.stream();
  }

  /**
   * What is wrong with a cell's answer, judged and counted by {@code ledger}: empty when nothing
   * is.
   *
   * @param eventsBefore the count of stored events before the request
   * @param eventsAfter the count after it
   */
  /**
   * Whether each item of a batch's report or row of an upload's was accepted; empty for an answer
   * that reports no items.
   */
  public static List<Boolean> itemsAccepted(JsonNode answer) {
    List<Boolean> accepted = new ArrayList<>();
    for (String items : List.of("/items", "/rows")) {
      answer.at(items).forEach(item -> accepted.add(item.path("status").asInt() < 300));
    }
    return accepted;
  }

  public static List<String> judge(
      AttackLedger ledger, Cell cell, Answer answer, long eventsBefore, long eventsAfter) {
    List<String> wrong =
        new ArrayList<>(
            ledger.judge(
                cell.request(),
                answer,
                eventsBefore,
                eventsAfter,
                cell.guarded() ? GUARDED : List.of()));
    if (answer.status() != cell.status()) {
      wrong.add("expected " + cell.status() + " but got " + answer.status());
    }
    return wrong;
  }

  /**
   * One cell: a route, a caller and the status it gets.
   *
   * @param guarded whether the answer may carry none of the guarded data
   */
  public record Cell(HostileRequest request, int status, boolean guarded) {
    @Override
    public String toString() {
      return request.label() + " → " + status;
    }
  }

  /**
   * A route and the statuses of each caller, in the order of {@link Caller}: none, the responsible
   * agency, another agency, auditor, dashboard, admin.
   */
  private record Route(
      String name,
      HttpMethod method,
      String path,
      String rightAgency,
      String otherAgency,
      MediaType type,
      String body,
      int[] statuses,
      Rules[] rules) {

    Cell cell(Caller caller) {
      int status = statuses[caller.ordinal()];
      // A report of another agency's batch or upload refuses each of its items.
      Expect expect =
          status < 300 && !(isReport() && caller != Caller.RIGHT_AGENCY)
              ? Expect.ACCEPTED
              : Expect.REFUSED;
      String authorization =
          switch (caller) {
            case NONE -> null;
            case RIGHT_AGENCY -> TestTokens.bearer("agency", rightAgency);
            case OTHER_AGENCY -> TestTokens.bearer("agency", otherAgency);
            case AUDITOR -> TestTokens.bearer("auditor", null);
            case DASHBOARD -> TestTokens.bearer("dashboard", null);
            case ADMIN -> TestTokens.bearer("admin", null);
          };
      String label =
          method + " " + name + " as " + caller.name().toLowerCase(Locale.ROOT).replace('_', ' ');
      HostileRequest request =
          new HostileRequest(
              label,
              expect,
              method,
              path,
              authorization,
              type,
              body == null ? null : body(caller).getBytes(StandardCharsets.UTF_8),
              Map.of(),
              List.of());
      boolean overseer = caller == Caller.AUDITOR || caller == Caller.ADMIN;
      boolean organizationDepartment =
          caller == Caller.RIGHT_AGENCY && "PROV-ORG".equals(rightAgency);
      return new Cell(request, status, !overseer && !organizationDepartment);
    }

    /** A write of each caller touches a subject of its own, so that an accepted one is new. */
    private String body(Caller caller) {
      return UNITS.containsKey(name)
          ? body.replace("{unit}", UNITS.get(name).get(caller.ordinal()))
          : body;
    }

    private boolean isReport() {
      return name.startsWith("scores/batch") || name.startsWith("uploads");
    }

    /** The rules a caller's cell depends on; null for a cell the table leaves out. */
    Rules rulesOf(Caller caller) {
      return rules[caller.ordinal()];
    }
  }

  /** Units for the writes of each route, one per caller. */
  private static final Map<String, List<String>> UNITS = units();

  private static Map<String, List<String>> units() {
    List<String> pool =
        List.of(
            "620102", "620103", "620104", "620105", "620111", "620121", "620122", "620123",
            "620302", "620321", "620402", "620403", "620421", "620422", "620423", "620502",
            "620503", "620521", "620522", "620523", "620524", "620525", "620602", "620621",
            "620622", "620623", "620702", "620721", "620722", "620723", "620724", "620725",
            "620802", "620821", "620822", "620823", "620825", "620826", "620881", "620902",
            "620921", "620922", "620923", "620924", "621023", "620981", "620982", "621002",
            "621021", "621022");
    Map<String, List<String>> units = new HashMap<>();
    int next = 0;
    for (String route :
        List.of(
            "scores",
            "scores/batch",
            "scores/batch NDJSON",
            "uploads",
            "political-ratings",
            "democratic-evaluations",
            "findings",
            "vetoes")) {
      units.put(route, pool.subList(next, next + Caller.values().length));
      next += Caller.values().length;
    }
    return units;
  }

  private static final int OK = 200;
  private static final int NOT_FOUND = 404;
  private static final int CREATED = 201;
  private static final int UNAUTHORIZED = 401;
  private static final int FORBIDDEN = 403;
  private static final int CONFLICT = 409;

  private static Rules[] roles() {
    return rules(Rules.ROLES, Rules.ROLES, Rules.ROLES, Rules.ROLES, Rules.ROLES, Rules.ROLES);
  }

  private static Rules[] rules(Rules... rules) {
    return rules;
  }

  private static int[] statuses(int... statuses) {
    return statuses;
  }

  private static Route write(
      String name, String path, String right, String other, String body, int accepted) {
    return new Route(
        name,
        HttpMethod.POST,
        path,
        right,
        other,
        MediaType.APPLICATION_JSON,
        body,
        statuses(UNAUTHORIZED, accepted, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
        roles());
  }

  private static Route read(
      String name, String path, String right, String other, int[] statuses, Rules[] rules) {
    return new Route(name, HttpMethod.GET, path, right, other, null, null, statuses, rules);
  }

  private static List<Route> routes() {
    String score =
        "{\"unitCode\":\"{unit}\",\"year\":2026,\"indicatorCode\":\"HQD-ECONOMY\",\"value\":75}";
    String item =
        "{\"itemId\":\"m-1\",\"unitCode\":\"{unit}\",\"year\":2026,\"indicatorCode\":\"HQD-ECONOMY\",\"value\":75}";
    List<Route> routes = new ArrayList<>();
    routes.add(write("scores", SCORES, "PROV-STATS", "PROV-JUSTICE", score, CREATED));
    routes.add(
        new Route(
            "scores/batch",
            HttpMethod.POST,
            SCORES + "/batch",
            "PROV-STATS",
            "PROV-JUSTICE",
            MediaType.APPLICATION_JSON,
            "[" + item + "]",
            statuses(UNAUTHORIZED, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            roles()));
    routes.add(
        new Route(
            "scores/batch NDJSON",
            HttpMethod.POST,
            SCORES + "/batch",
            "PROV-STATS",
            "PROV-JUSTICE",
            MediaType.APPLICATION_NDJSON,
            item + "\n",
            statuses(UNAUTHORIZED, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            roles()));
    routes.add(
        new Route(
            "uploads",
            HttpMethod.POST,
            "/api/assessment/uploads?year=2026",
            "PROV-STATS",
            "PROV-JUSTICE",
            MediaType.parseMediaType("multipart/form-data; boundary=" + BOUNDARY),
            "--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + CSV_HEADER
                + "{unit},HQD-ECONOMY,75,,\r\n\r\n--"
                + BOUNDARY
                + "--\r\n",
            statuses(UNAUTHORIZED, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            roles()));
    routes.add(
        write(
            "political-ratings",
            "/api/assessment/political-ratings",
            "PROV-ORG",
            "PROV-STATS",
            "{\"unitCode\":\"{unit}\",\"year\":2026,\"rating\":\"GOOD\",\"basis\":\"annual review\"}",
            CREATED));
    routes.add(
        write(
            "democratic-evaluations",
            "/api/assessment/democratic-evaluations",
            "PROV-ORG",
            "PROV-STATS",
            "{\"unitCode\":\"{unit}\",\"year\":2026,\"raterGroup\":\"CADRES\",\"ballots\":10,"
                + "\"gradeCounts\":{\"EXCELLENT\":6,\"GOOD\":4},\"negativeVotes\":0}",
            CREATED));
    routes.add(
        write(
            "findings",
            "/api/assessment/findings",
            "PROV-AUDIT",
            "PROV-PETITIONS",
            "{\"unitCode\":\"{unit}\",\"year\":2026,\"findingId\":\"AUDIT-2026-0002\","
                + "\"source\":\"AUDIT\",\"severity\":\"MINOR\",\"summary\":\"late accounts\"}",
            CREATED));
    routes.add(
        write(
            "vetoes",
            VETOES,
            "PROV-ORG",
            "PROV-STATS",
            "{\"unitCode\":\"{unit}\",\"year\":2026,\"itemCode\":\"VETO-SAFETY\",\"grounds\":\"事故\"}",
            CREATED));
    routes.add(
        write(
            "veto confirmation",
            VETOES + "/" + CONFIRMED + "/confirmation",
            "PROV-EMERGENCY",
            "PROV-ORG",
            "{\"opinion\":\"同意\"}",
            OK));
    routes.add(
        write(
            "veto rejection",
            VETOES + "/" + REJECTED + "/rejection",
            "PROV-EMERGENCY",
            "PROV-ORG",
            "{\"reason\":\"not a responsibility accident\"}",
            OK));
    // The 2026 round is still open, so an administrator's reopening is a conflict, not a refusal.
    routes.add(
        new Route(
            "reopening",
            HttpMethod.POST,
            "/api/assessment/admin/rounds/620100/2026/reopening",
            "PROV-STATS",
            "PROV-ORG",
            MediaType.APPLICATION_JSON,
            "{\"until\":\"2027-04-10T00:00:00Z\",\"reason\":\"audit finding\"}",
            statuses(UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, CONFLICT),
            roles()));
    // The relay is no projection to replay: an administrator gets a conflict, and no read model
    // is reset under the reads of this table.
    routes.add(
        new Route(
            "processor replay",
            HttpMethod.POST,
            "/api/assessment/admin/processors/kafka-relay/replay",
            "PROV-STATS",
            "PROV-ORG",
            null,
            null,
            statuses(UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, CONFLICT),
            roles()));
    routes.add(
        read(
            "processor status",
            "/api/assessment/admin/processors/round-summaries",
            "PROV-STATS",
            "PROV-ORG",
            statuses(UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
            roles()));
    Rules[] objects =
        rules(Rules.ROLES, Rules.OBJECTS, Rules.OBJECTS, Rules.ROLES, Rules.ROLES, Rules.ROLES);
    routes.add(
        read(
            "round",
            "/api/assessment/rounds/" + ROUND,
            "PROV-STATS",
            "PROV-JUSTICE",
            // PROV-JUSTICE submits an indicator of every city: it reads the round, its own inputs
            // only.
            statuses(UNAUTHORIZED, OK, OK, OK, FORBIDDEN, OK),
            objects));
    routes.add(
        read(
            "agency work",
            "/api/assessment/agencies/PROV-STATS/work?year=2026",
            "PROV-STATS",
            "PROV-JUSTICE",
            statuses(UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN, OK),
            roles()));
    for (String vetoes : List.of(VETOES + "?unitCode=620100&year=2026", VETOES + "/" + CONFIRMED)) {
      routes.add(
          read(
              "vetoes " + vetoes.substring(VETOES.length()),
              vetoes,
              "PROV-ORG",
              "PROV-STATS",
              // Another agency's list leaves the case out; the case itself is unknown to it.
              statuses(UNAUTHORIZED, OK, vetoes.contains("?") ? OK : NOT_FOUND, OK, FORBIDDEN, OK),
              rules(
                  Rules.ROLES, Rules.ROLES, Rules.OBJECTS, Rules.ROLES, Rules.ROLES, Rules.ROLES)));
    }
    for (String audit :
        List.of(
            "/api/assessment/audit/rounds/" + ROUND + "/history",
            "/api/assessment/audit/rounds/" + ROUND + "/history.csv",
            "/api/assessment/audit/rounds/" + ROUND + "/as-of?sequence=1",
            "/api/assessment/audit/verify?aggregate=620100-2026")) {
      routes.add(
          read(
              "audit " + audit.substring("/api/assessment/audit".length()),
              audit,
              "PROV-STATS",
              "PROV-JUSTICE",
              statuses(UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, OK),
              roles()));
    }
    for (String reference :
        List.of(
            "units",
            "agencies",
            "indicators?year=2026",
            "responsibilities?agency=PROV-STATS",
            "veto-items")) {
      routes.add(
          read(
              "reference " + reference,
              "/api/assessment/reference/" + reference,
              "PROV-STATS",
              "PROV-JUSTICE",
              statuses(UNAUTHORIZED, OK, OK, OK, OK, OK),
              roles()));
    }
    routes.add(
        read(
            "templates",
            "/api/assessment/templates?year=2026",
            "PROV-STATS",
            "PROV-JUSTICE",
            statuses(UNAUTHORIZED, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            roles()));
    routes.add(
        new Route(
            "audit history",
            HttpMethod.HEAD,
            "/api/assessment/audit/rounds/" + ROUND + "/history",
            "PROV-STATS",
            "PROV-JUSTICE",
            null,
            null,
            statuses(UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, OK),
            // A refusal of a HEAD has no body to show a problem in; the GET cells cover those.
            rules(null, null, null, Rules.HEAD, null, Rules.HEAD)));
    return routes;
  }
}
