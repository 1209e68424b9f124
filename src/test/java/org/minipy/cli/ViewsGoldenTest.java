package org.minipy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden outputs of the teaching views ({@code --tokens}, {@code --ast}, {@code --dis},
 * {@code --trace}) for the small programs in {@code src/test/resources/cli/}: NAME.py and
 * NAME.VIEW beside it. Addresses (" at 0x...") are normalised. Run with
 * {@code -Dminipy.updateGolden=true} to rewrite the files after a deliberate change.
 */
class ViewsGoldenTest {
    static final Path DIR = Path.of("src/test/resources/cli");

    static Stream<String> cases() {
        Stream.Builder<String> b = Stream.builder();
        for (String prog : new String[] {"funcs", "control", "classes", "closures", "errors"}) {
            for (String view : new String[] {"tokens", "ast", "dis", "trace"}) {
                b.add(prog + "." + view);
            }
        }
        return b.build();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesGolden(String golden) throws IOException {
        String prog = golden.substring(0, golden.indexOf('.'));
        String view = golden.substring(golden.indexOf('.') + 1);
        CliRun r = CliRun.run(DIR, "", "--" + view, prog + ".py");
        assertEquals("", r.err());
        assertEquals(0, r.status());
        // a script's code carries its absolute path (as in CPython); the goldens hold the plain name
        String actual = r.out().replaceAll(" at 0x[0-9a-f]+", " at 0x...")
                .replace(DIR.toAbsolutePath() + "/", "");
        Path file = DIR.resolve(golden);
        if (Boolean.getBoolean("minipy.updateGolden") || !Files.exists(file)) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, golden);
    }
}
