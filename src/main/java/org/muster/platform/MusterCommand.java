package org.muster.platform;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of the Muster jar, e.g. {@code java -jar muster.jar import stackexchange dump.7z --space beer}.
 * Commands run without the web server, against the same database, and end the process.
 */
public interface MusterCommand {

    /** After a command's name, these print its usage instead of running it; alone, they list every command. */
    List<String> HELP_OPTIONS = List.of("--help", "-h");

    /** Whether a command line names a command or asks for help; otherwise it holds options for the server. */
    static boolean isCommandLine(String... args) {
        return args.length > 0 && (!args[0].startsWith("-") || HELP_OPTIONS.contains(args[0]));
    }

    /** The first word on the command line. */
    String name();

    /** One line of usage, shown when the command is unknown or misused. */
    String usage();

    /** Runs with the words after the name; a refusal throws {@link CommandFailed}. */
    void run(List<String> args, PrintStream out) throws Exception;

    /** A command that could not do its work, with a message for the person who ran it. */
    final class CommandFailed extends RuntimeException {
        public CommandFailed(String message) {
            super(message);
        }
    }
}
