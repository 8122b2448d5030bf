package com.example;

import java.nio.file.Path;
import org.jpamigrations.it.scenario.EvolutionDriver;
import org.junit.jupiter.api.Test;

/** Evolves the database through every version in src/versions, checking each against Hibernate's export. */
class EvolutionTest {

  @Test
  void everyVersionMatchesHibernateUpAndDown() throws Exception {
    EvolutionDriver.run(Path.of(""));
  }
}
