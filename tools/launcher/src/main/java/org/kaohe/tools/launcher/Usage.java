package org.kaohe.tools.launcher;

final class Usage {

  static final String TEXT =
      """
      Usage: kaohe [up] [options]         run the local stack in the foreground (Ctrl-C stops it)
             kaohe token ROLE [options]   print a token for ROLE: agency, auditor, dashboard, admin,
                                          survey-team
             kaohe help                   show this help

      Options for up:
        --repo-root DIR       where the service jars are built (default: the current directory)
        --data-dir DIR        where Kafka and MongoDB keep their data (default: REPO/.kaohe-data)
        --gateway-port N      default 8080; likewise --assessment-port (8081), --survey-port (8082),
                              --results-port (8083), --kafka-port (19092), --mongo-port (27117);
                              0 picks a free port
        --ready-timeout T     how long the services may take to become healthy, in seconds (90)
                              or as ISO-8601 (PT2M); default 90 seconds
        --jwt-secret S        HS256 secret shared with the services
                              (default: $KAOHE_JWT_SECRET, else the local development secret)

      Options for token:
        --agency CODE         the agency code; required for the agency role, e.g. PROV-STATS
        --subject NAME        the token's subject (default: local-ROLE)
        --ttl DURATION        lifetime as ISO-8601 (default: PT12H)
        --jwt-secret S        as for up

      Example: TOKEN=$(./kaohe token agency --agency PROV-STATS)
      """;

  private Usage() {}
}
