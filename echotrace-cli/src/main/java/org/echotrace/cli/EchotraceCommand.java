package org.echotrace.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code echotrace} command: dispatches to subcommands; no logic of its own. */
@Command(
    name = "echotrace",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Traces how a news story travels across the web: clean articles, copies and their origins, stories.",
    subcommands = {AnalyzeCommand.class, ReportCommand.class, AddCommand.class, SearchCommand.class, ServeCommand.class, ExtractCommand.class, FetchCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the run completed (skipped inputs are listed under problems)",
      "1:internal error (a bug: please report it with the input)",
      "2:invalid command line",
      "3:nothing to analyse: no article could be read",
      "4:with --strict: the run completed but some inputs were skipped"
    })
public final class EchotraceCommand {
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for main and for tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new EchotraceCommand());
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      line.getErr().println("echotrace: internal error: " + ex);
      ex.printStackTrace(line.getErr());
      return ExitCodes.INTERNAL;
    });
    cl.setParameterExceptionHandler(EchotraceCommand::usageError);
    return cl;
  }

  /**
   * A command-line mistake: the reason, picocli's suggestions for a mistyped option or command, and where to read
   * more; not the whole help, which buries the one line that matters under forty.
   */
  static int usageError(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    String command = cl.getCommandSpec().qualifiedName();
    err.println(command + ": " + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("See '" + command + " --help'.");
    err.flush();
    return ExitCodes.USAGE;
  }
}
