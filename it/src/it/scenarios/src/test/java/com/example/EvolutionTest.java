package com.example;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.jpamigrations.it.scenario.EvolutionDriver;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** One test per scenario of evolutions/: every version matches Hibernate's export, up and down. */
class EvolutionTest {

  @TestFactory
  Stream<DynamicTest> everyVersionMatchesHibernateUpAndDown() throws Exception {
    return EvolutionDriver.scenarios(Path.of("evolutions"), System.getProperty("scenario", "")).stream()
        .map(scenario -> DynamicTest.dynamicTest(scenario.getFileName().toString(),
            () -> EvolutionDriver.run(scenario, Path.of("target/evolution"))));
  }
}
