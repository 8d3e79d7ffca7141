package org.sitrep.cli;

import java.io.PrintWriter;
import org.sitrep.ingest.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command. Each sub-command is a thin shell over the library. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Sourced, geolocated political and conflict events from news reports.",
        subcommands = {CodeCommand.class, GeoparseCommand.class, EvalCommand.class,
            IngestCommand.class,
            EventsCommand.class,
            ExportCommand.class,
            ControlCommand.class,
            BenchStoreCommand.class,
            BenchCommand.class,
            HostileBenchCommand.class,
            ServeCommand.class,
            BenchServeCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line; returns the exit code (0 ok, 1 bad input or failure, 2 bad usage). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("sitrep: " + oneLine(ex.getMessage()) + " (see 'sitrep "
                    + commandPath(ex.getCommandLine()) + "--help')");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("sitrep: " + describe(ex));
            if (System.getenv("SITREP_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            return ex instanceof UsageException ? 2 : 1;
        });
        return cli.execute(args);
    }

    private static String commandPath(CommandLine cl) {
        StringBuilder sb = new StringBuilder();
        for (CommandLine c = cl; c != null && c.getParent() != null; c = c.getParent()) {
            sb.insert(0, c.getCommandName() + " ");
        }
        return sb.toString();
    }

    static String describe(Throwable ex) {
        if (ex instanceof InputException || ex instanceof UsageException
                || ex instanceof org.sitrep.dict.DictionaryException) {
            return oneLine(ex.getMessage());
        }
        if (ex instanceof OutOfMemoryError) {
            return "out of memory; give Java more heap with SITREP_JAVA_OPTS=-Xmx4g";
        }
        String msg = ex.getMessage();
        return ex.getClass().getSimpleName() + (msg == null ? "" : ": " + oneLine(msg));
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().replaceAll("\\s*\\R\\s*", " ");
        return line.length() > 400 ? line.substring(0, 400) + "..." : line;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
