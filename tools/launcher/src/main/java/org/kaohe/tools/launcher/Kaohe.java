package org.kaohe.tools.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaohe.tools.embedded.LocalTokens;

/** The {@code kaohe} command: {@code up} runs the local stack, {@code token} mints a token. */
public final class Kaohe {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;

  Kaohe(PrintStream out, PrintStream err, Clock clock) {
    this.out = out;
    this.err = err;
    this.clock = clock;
  }

  public static void main(String[] args) {
    Kaohe kaohe = new Kaohe(System.out, System.err, Clock.systemUTC());
    int exitCode = kaohe.run(List.of(args), System.getenv(), Path.of("").toAbsolutePath());
    System.exit(exitCode);
  }

  int run(List<String> args, Map<String, String> environment, Path workingDir) {
    Command command;
    try {
      command = new CommandLineParser(environment, workingDir).parse(args);
    } catch (UsageException e) {
      err.println("kaohe: " + e.getMessage());
      err.println("Run 'kaohe help' for usage.");
      return USAGE;
    }
    if (command instanceof Command.Token token) {
      return printToken(token);
    }
    if (command instanceof Command.Up up) {
      return runStack(up.config());
    }
    out.print(Usage.TEXT);
    return OK;
  }

  private int printToken(Command.Token token) {
    try {
      out.println(
          LocalTokens.mint(
              token.jwtSecret(),
              token.subject(),
              token.role(),
              token.agency(),
              token.ttl(),
              clock));
      return OK;
    } catch (IllegalArgumentException e) {
      err.println("kaohe token: " + e.getMessage());
      return USAGE;
    }
  }

  private int runStack(StackConfig config) {
    LocalStack stack;
    try {
      stack = LocalStack.start(config, out);
    } catch (IllegalStateException e) {
      err.println(OutputPrefix.line(OutputPrefix.LAUNCHER, "Could not start: " + e.getMessage()));
      return FAILED;
    }
    ReadyBanner.lines(stack).forEach(out::println);
    Optional<ServiceProcess> exited = stack.awaitUnexpectedExit();
    if (exited.isEmpty()) {
      return OK;
    }
    err.println(
        OutputPrefix.line(OutputPrefix.LAUNCHER, FailureReport.exitedWhileRunning(exited.get())));
    stack.close();
    return FAILED;
  }
}
