package org.kaohe.tools.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kaohe.tools.embedded.LocalTokens;

/** Turns {@code kaohe} arguments into a {@link Command}, or a {@link UsageException}. */
final class CommandLineParser {

  static final String SECRET_VARIABLE = "KAOHE_JWT_SECRET";
  static final Duration DEFAULT_TOKEN_TTL = Duration.ofHours(12);

  private static final Set<String> UP_OPTIONS =
      Set.of(
          "repo-root",
          "data-dir",
          "gateway-port",
          "assessment-port",
          "survey-port",
          "results-port",
          "kafka-port",
          "mongo-port",
          "ready-timeout",
          "jwt-secret");
  private static final Set<String> TOKEN_OPTIONS = Set.of("agency", "subject", "ttl", "jwt-secret");

  private final Map<String, String> environment;
  private final Path workingDir;

  CommandLineParser(Map<String, String> environment, Path workingDir) {
    this.environment = environment;
    this.workingDir = workingDir;
  }

  Command parse(List<String> args) {
    if (args.isEmpty() || args.get(0).startsWith("--") && !isHelp(args.get(0))) {
      return up(args);
    }
    String command = args.get(0);
    List<String> rest = args.subList(1, args.size());
    if (isHelp(command)) {
      return new Command.Help();
    }
    return switch (command) {
      case "up" -> up(rest);
      case "token" -> token(rest);
      default -> throw new UsageException("Unknown command '" + command + "'");
    };
  }

  private Command up(List<String> args) {
    Arguments parsed = Arguments.parse("up", args, UP_OPTIONS);
    if (!parsed.positional().isEmpty()) {
      throw new UsageException("Unexpected argument '" + parsed.positional().get(0) + "' for up");
    }
    Map<String, String> options = parsed.options();
    Path repoRoot = path(options.getOrDefault("repo-root", "."));
    StackConfig defaults = StackConfig.defaults(repoRoot);
    try {
      return new Command.Up(
          new StackConfig(
              repoRoot,
              options.containsKey("data-dir") ? path(options.get("data-dir")) : defaults.dataDir(),
              port(options, "gateway-port", defaults.gatewayPort()),
              port(options, "assessment-port", defaults.assessmentPort()),
              port(options, "survey-port", defaults.surveyPort()),
              port(options, "results-port", defaults.resultsPort()),
              port(options, "kafka-port", defaults.kafkaPort()),
              port(options, "mongo-port", defaults.mongoPort()),
              secret(options),
              readyTimeout(options, defaults.readyTimeout())));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private Command token(List<String> args) {
    Arguments parsed = Arguments.parse("token", args, TOKEN_OPTIONS);
    if (parsed.positional().size() != 1) {
      throw new UsageException(
          parsed.positional().isEmpty()
              ? "token needs a role: agency, auditor, dashboard, admin or survey-team"
              : "token takes one role, got " + String.join(" ", parsed.positional()));
    }
    Map<String, String> options = parsed.options();
    String role = parsed.positional().get(0);
    return new Command.Token(
        role,
        options.get("agency"),
        options.getOrDefault("subject", "local-" + role.toLowerCase(Locale.ROOT)),
        ttl(options),
        secret(options));
  }

  private String secret(Map<String, String> options) {
    if (options.containsKey("jwt-secret")) {
      return options.get("jwt-secret");
    }
    String fromEnvironment = environment.get(SECRET_VARIABLE);
    return fromEnvironment == null || fromEnvironment.isBlank()
        ? LocalTokens.DEFAULT_SECRET
        : fromEnvironment;
  }

  private Path path(String value) {
    return workingDir.resolve(value).normalize();
  }

  private static boolean isHelp(String arg) {
    return arg.equals("help") || arg.equals("--help") || arg.equals("-h");
  }

  private static int port(Map<String, String> options, String name, int defaultPort) {
    String value = options.get(name);
    if (value == null) {
      return defaultPort;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new UsageException("Invalid --" + name + " '" + value + "': expected a port number");
    }
  }

  private static Duration readyTimeout(Map<String, String> options, Duration defaultTimeout) {
    String value = options.get("ready-timeout");
    if (value == null) {
      return defaultTimeout;
    }
    try {
      return value.chars().allMatch(Character::isDigit)
          ? Duration.ofSeconds(Long.parseLong(value))
          : Duration.parse(value);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new UsageException(
          "Invalid --ready-timeout '" + value + "': expected seconds (90) or ISO-8601 (PT2M)");
    }
  }

  private static Duration ttl(Map<String, String> options) {
    String value = options.get("ttl");
    if (value == null) {
      return DEFAULT_TOKEN_TTL;
    }
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw new UsageException("Invalid --ttl '" + value + "': expected ISO-8601 such as PT12H");
    }
  }

  /** {@code --name value} or {@code --name=value} options, and the other arguments in order. */
  private record Arguments(Map<String, String> options, List<String> positional) {

    static Arguments parse(String command, List<String> args, Set<String> allowed) {
      Map<String, String> options = new LinkedHashMap<>();
      List<String> positional = new ArrayList<>();
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        if (!arg.startsWith("--")) {
          positional.add(arg);
          continue;
        }
        int equals = arg.indexOf('=');
        String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
        if (!allowed.contains(name)) {
          throw new UsageException("Unknown option --" + name + " for " + command);
        }
        String value;
        if (equals >= 0) {
          value = arg.substring(equals + 1);
        } else if (i + 1 < args.size()) {
          value = args.get(++i);
        } else {
          throw new UsageException("Option --" + name + " needs a value");
        }
        options.put(name, value);
      }
      return new Arguments(options, positional);
    }
  }
}
