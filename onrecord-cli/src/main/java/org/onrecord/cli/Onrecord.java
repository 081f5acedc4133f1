package org.onrecord.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code onrecord} command: one subcommand per job. */
@Command(name = "onrecord", mixinStandardHelpOptions = true, version = "onrecord 0.1.0",
        description = "Who said what, when, reported by whom: statements, positions and contradictions across news coverage.",
        subcommands = {AnalyzeCommand.class, DemoCommand.class, TimelineCommand.class, OutletsCommand.class, ServeCommand.class,
                ReportCommand.class, ExportCommand.class, BenchCommand.class, TrainCommand.class,
                CommandLine.HelpCommand.class})
public final class Onrecord implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands with captured output. */
    public static CommandLine commandLine() {
        return new CommandLine(new Onrecord()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Errors::handle);
    }
}
