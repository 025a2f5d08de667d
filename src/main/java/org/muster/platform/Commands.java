package org.muster.platform;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the command named on the command line, if any, and remembers its exit code. {@code help} lists
 * every command, and any command followed by {@code --help} (or {@code -h}) prints its usage instead of running.
 */
@Component
class Commands implements ApplicationRunner, ExitCodeGenerator {

    private static final String HELP = "help";

    private final List<MusterCommand> commands;
    private int exitCode;

    Commands(List<MusterCommand> commands) {
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        exitCode = run(Arrays.asList(arguments.getSourceArgs()), System.out, System.err);
    }

    /** Runs a command line; returns the exit code. */
    int run(List<String> args, PrintStream out, PrintStream err) {
        if (!MusterCommand.isCommandLine(args.toArray(String[]::new))) return 0;
        if (args.getFirst().equals(HELP) || MusterCommand.HELP_OPTIONS.contains(args.getFirst())) {
            out.println("Commands:");
            commands.forEach(c -> out.println("  " + c.usage()));
            return 0;
        }
        var command = commands.stream().filter(c -> c.name().equals(args.getFirst())).findFirst();
        if (command.isEmpty()) {
            err.println("Unknown command '" + args.getFirst() + "'. Commands:");
            commands.forEach(c -> err.println("  " + c.usage()));
            return 2;
        }
        if (args.stream().skip(1).anyMatch(MusterCommand.HELP_OPTIONS::contains)) {
            out.println("usage: muster " + command.get().usage());
            return 0;
        }
        try {
            command.get().run(args.subList(1, args.size()), out);
            return 0;
        } catch (MusterCommand.CommandFailed e) {
            err.println();
            err.println("Failed: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println();
            err.println("Failed: " + e);
            return 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
