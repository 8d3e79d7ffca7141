package org.sitrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code sitrep code}: events of one article as JSON lines. */
@Command(name = "code", mixinStandardHelpOptions = true, description = "Code the events of one article.")
final class CodeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UsageException("not yet");
    }
}
