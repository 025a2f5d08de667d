package org.muster;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar people run holds the product alone: nothing compiled from src/bench/java (SemEval evaluation
 * and training, ranking metrics, the synthetic community) is in it, while the similarity weights learned
 * there still ship with search. Failsafe runs this after package, so it reads the muster.jar of the
 * same build.
 */
class ProductionJarIT {

    private static final Path JAR = Path.of("target/muster.jar");
    private static final Path BENCH_SOURCES = Path.of("src/bench/java");
    private static final String CLASSES = "BOOT-INF/classes/";

    @Test
    void holdsNoClassOfTheBenchSourceSet() throws IOException {
        var bench = benchClasses();
        assertThat(bench).as("classes in " + BENCH_SOURCES).contains("org/muster/search/SemEvalEvaluation",
                "org/muster/qa/SyntheticCommunity");
        try (var jar = new JarFile(JAR.toFile())) {
            var shipped = jar.stream().map(ZipEntry::getName)
                    .filter(name -> name.startsWith(CLASSES) && name.endsWith(".class"))
                    .map(name -> name.substring(CLASSES.length(), name.length() - ".class".length()).replaceFirst("\\$.*", ""))
                    .collect(Collectors.toSet());
            assertThat(shipped).as("classes of " + JAR).contains("org/muster/MusterApplication")
                    .doesNotContainAnyElementsOf(bench);
        }
    }

    @Test
    void stillShipsTheLearnedSimilarityWeights() throws IOException {
        try (var jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getEntry(CLASSES + "search/similarity-weights.txt")).isNotNull();
        }
    }

    /** Each source file's top-level class, as a path without .class (nested classes are cut at their '$'). */
    private static Set<String> benchClasses() throws IOException {
        try (var files = Files.walk(BENCH_SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .map(file -> BENCH_SOURCES.relativize(file).toString().replace('\\', '/').replaceFirst("\\.java$", ""))
                    .collect(Collectors.toSet());
        }
    }
}
