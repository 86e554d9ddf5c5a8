package dev.kulis.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder while the command is being written in this session. */
@Command(name = "annotate", description = "(being written)")
public final class AnnotateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("annotate is not written yet");
    }
}
