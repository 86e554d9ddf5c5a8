package dev.kulis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kulis} command: one subcommand per capability. */
@Command(name = "kulis", mixinStandardHelpOptions = true, version = "kulis 0.1.0",
        description = "Turkish news intelligence: who said what, to whom, in which role, where and when.",
        subcommands = {
                AnnotateCommand.class,
                TokenizeCommand.class,
                LemmaCommand.class,
                EvalCommand.class,
                BenchCommand.class,
                TrainCommand.class,
                NerCommand.class,
                IngestCommand.class,
                SearchCommand.class,
                ExportCommand.class,
                ClustersCommand.class,
                ServeCommand.class,
                DemoCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Kulis implements Runnable {
    /** Exit status when every item was read but some were quarantined. */
    public static final int EXIT_QUARANTINED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Kulis());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
