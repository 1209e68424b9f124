package org.minipy.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The parsed command line, read as {@code python3} reads its own: single-letter flags may be
 * clustered ({@code -Bq}); {@code -c} and {@code -m} take the next word (or the rest of their
 * own word, {@code -cprint(1)}) and end the option list; the first word that is not an option
 * (the script, or {@code -}) ends it too; everything after belongs to the program's sys.argv.
 *
 * <p>Parsed by hand rather than with picocli: python3's rules (options stop at the first
 * positional, {@code -c}/{@code -m} swallow the rest, clustered flags with an attached value)
 * and its exact usage messages and exit status 2 would all have to be re-created on top of the
 * library's own conventions and error texts.
 */
final class Options {
    /** What the command line asks to run. */
    enum Mode { SCRIPT, COMMAND, MODULE, STDIN, REPL, TOKENS, AST, DIS, TRACE, VERSION, HELP }

    Mode mode = Mode.REPL;
    /** The script, command, module or view file. */
    String target;
    /** sys.argv[1:]. */
    final List<String> args = new ArrayList<>();
    boolean inspect;
    boolean dontWriteBytecode;
    boolean quiet;
    boolean javaTrace;
    /** True when "-" was given explicitly. */
    boolean dash;

    /** A usage error: its message goes to stderr with the usage line, exit status 2. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    static Options parse(String[] argv) throws UsageError {
        Options o = new Options();
        int i = 0;
        while (i < argv.length) {
            String a = argv[i];
            if (a.equals("-") || !a.startsWith("-")) {
                break;
            }
            i++;
            if (a.equals("--")) {
                break;
            }
            if (a.startsWith("--")) {
                switch (a) {
                    case "--version":
                        o.mode = Mode.VERSION;
                        return o;
                    case "--help":
                        o.mode = Mode.HELP;
                        return o;
                    case "--java-trace":
                        o.javaTrace = true;
                        continue;
                    case "--tokens":
                    case "--ast":
                    case "--dis":
                    case "--trace":
                        if (i >= argv.length) {
                            throw new UsageError("Argument expected for the " + a + " option");
                        }
                        o.mode = Mode.valueOf(a.substring(2).toUpperCase(java.util.Locale.ROOT));
                        o.target = argv[i++];
                        rest(o, argv, i);
                        return o;
                    default:
                        throw new UsageError("unknown option " + a);
                }
            }
            for (int k = 1; k < a.length(); k++) {
                char c = a.charAt(k);
                switch (c) {
                    case 'B':
                        o.dontWriteBytecode = true;
                        break;
                    case 'i':
                        o.inspect = true;
                        break;
                    case 'q':
                        o.quiet = true;
                        break;
                    case 'V':
                        o.mode = Mode.VERSION;
                        return o;
                    case 'h':
                    case '?':
                        o.mode = Mode.HELP;
                        return o;
                    case 'c':
                    case 'm': {
                        String value;
                        if (k + 1 < a.length()) {
                            value = a.substring(k + 1);
                        } else if (i < argv.length) {
                            value = argv[i++];
                        } else {
                            throw new UsageError("Argument expected for the -" + c + " option");
                        }
                        o.mode = c == 'c' ? Mode.COMMAND : Mode.MODULE;
                        o.target = value;
                        rest(o, argv, i);
                        return o;
                    }
                    default:
                        throw new UsageError("unknown option -" + c);
                }
            }
        }
        if (i < argv.length) {
            String a = argv[i++];
            if (a.equals("-")) {
                o.mode = Mode.STDIN;
                o.dash = true;
            } else {
                o.mode = Mode.SCRIPT;
                o.target = a;
            }
            rest(o, argv, i);
        }
        return o;
    }

    private static void rest(Options o, String[] argv, int from) {
        for (int j = from; j < argv.length; j++) {
            o.args.add(argv[j]);
        }
    }

    static final String USAGE = "usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    static final String HELP = USAGE + "\n"
            + "Options:\n"
            + "-B     : don't write __pycache__ files on import\n"
            + "-c cmd : program passed in as string (terminates option list)\n"
            + "-h     : print this help message and exit (also -? or --help)\n"
            + "-i     : inspect interactively after running script\n"
            + "-m mod : run library module as a script (terminates option list)\n"
            + "-q     : don't print version and copyright messages on interactive startup\n"
            + "-V     : print the version number and exit (also --version)\n"
            + "--tokens file : print the token stream of file (type, text, line:col)\n"
            + "--ast file    : print the abstract syntax tree of file\n"
            + "--dis file    : print the bytecode of file and of every code object in it\n"
            + "--trace file  : run file, printing each instruction with the value stack\n"
            + "file   : program read from script file\n"
            + "-      : program read from stdin (default; interactive mode if a tty)\n"
            + "arg ...: arguments passed to program in sys.argv[1:]\n"
            + "\n"
            + "Other environment variables:\n"
            + "MINIPYPATH : ':'-separated list of directories prefixed to the default module search path.\n";
}
