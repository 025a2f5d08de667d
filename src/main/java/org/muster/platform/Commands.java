package org.muster.platform;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/** Runs the command named on the command line, if any, and remembers its exit code. */
@Component
class Commands implements ApplicationRunner, ExitCodeGenerator {

    private final List<MusterCommand> commands;
    private int exitCode;

    Commands(List<MusterCommand> commands) {
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        var args = Arrays.asList(arguments.getSourceArgs());
        if (args.isEmpty() || args.getFirst().startsWith("-")) return;
        var command = commands.stream().filter(c -> c.name().equals(args.getFirst())).findFirst();
        if (command.isEmpty()) {
            System.err.println("Unknown command '" + args.getFirst() + "'. Commands:");
            commands.forEach(c -> System.err.println("  " + c.usage()));
            exitCode = 2;
            return;
        }
        try {
            command.get().run(args.subList(1, args.size()), System.out);
        } catch (MusterCommand.CommandFailed e) {
            System.err.println();
            System.err.println("Failed: " + e.getMessage());
            exitCode = 1;
        } catch (Exception e) {
            System.err.println();
            System.err.println("Failed: " + e);
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
