package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sitrep eval ...}: score the system on an evaluation set. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score sitrep on an evaluation set and write what it predicted.",
        subcommands = {EvalPetrarchCommand.class, EvalCameoCommand.class, EvalGeoCommand.class, EvalNewsCommand.class, EvalDedupCommand.class,
            EvalNoiseCommand.class, EvalAcledCommand.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
