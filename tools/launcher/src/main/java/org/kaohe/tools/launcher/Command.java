package org.kaohe.tools.launcher;

import java.time.Duration;

/** What the command line asked for. */
sealed interface Command {

  record Up(StackConfig config) implements Command {}

  record Token(String role, String agency, String subject, Duration ttl, String jwtSecret)
      implements Command {}

  record Help() implements Command {}
}
