package dev.kulis.cli;

import picocli.CommandLine.Command;

/** {@code kulis eval …}: standard metrics on the development data in {@code ../shared/data}. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Print standard accuracy metrics on development data.",
        subcommands = {EvalTokenizeCommand.class, EvalLemmaCommand.class, EvalNerCommand.class, EvalBasesCommand.class,
                EvalQuotesCommand.class})
public final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
