package dev.kulis.cli;

import picocli.CommandLine.Command;

/** {@code kulis train …}: regenerates the shipped models and statistics from {@code ../shared/data}. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Regenerate shipped models and statistics from the data folder.",
        subcommands = {TrainLemmaCommand.class, TrainMorphTableCommand.class, TrainNerCommand.class})
public final class TrainCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
