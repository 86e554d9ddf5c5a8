package dev.kulis.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder while the command is being written in this session. */
@Command(name = "tokenize", description = "(being written)")
public final class EvalTokenizeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("tokenize is not written yet");
    }
}
