package dev.kulis.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder while the command is being written in this session. */
@Command(name = "lemma", description = "(being written)")
public final class LemmaCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("lemma is not written yet");
    }
}
