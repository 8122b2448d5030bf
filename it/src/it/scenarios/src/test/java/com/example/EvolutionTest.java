package com.example;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jpamigrations.it.scenario.EvolutionDriver;
import org.jpamigrations.it.scenario.RandomScenario;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One test per scenario of evolutions/, and one per random scenario: every version matches Hibernate's export,
 * up and down. -Dscenario=types,random runs only the scenario types and the random ones.
 */
class EvolutionTest {

  /** Fixed seeds: the same random scenarios on every run and every database. */
  private static final long[] SEEDS = {3, 14, 15, 92, 65};
  private static final int VERSIONS = 4;
  private static final String RANDOM = "random";

  private final List<String> named = Arrays.stream(System.getProperty("scenario", "").split(","))
      .map(String::strip).filter(name -> !name.isEmpty()).toList();

  @TestFactory
  Stream<DynamicTest> everyVersionMatchesHibernateUpAndDown() throws Exception {
    List<String> fixed = named.stream().filter(name -> !name.equals(RANDOM)).toList();
    if (!named.isEmpty() && fixed.isEmpty()) {
      return Stream.empty();
    }
    return EvolutionDriver.scenarios(Path.of("evolutions"), String.join(",", fixed)).stream()
        .map(scenario -> DynamicTest.dynamicTest(scenario.getFileName().toString(),
            () -> EvolutionDriver.run(scenario, Path.of("target/evolution"))));
  }

  @TestFactory
  Stream<DynamicTest> randomEvolutionsMatchHibernateUpAndDown() {
    if (!named.isEmpty() && !named.contains(RANDOM)) {
      return Stream.empty();
    }
    return LongStream.of(SEEDS).mapToObj(seed -> DynamicTest.dynamicTest(RANDOM + "-" + seed, () -> EvolutionDriver.run(
        RandomScenario.write(seed, VERSIONS, Path.of("target/random-evolutions/" + RANDOM + "-" + seed)),
        Path.of("target/evolution"))));
  }
}
