package com.example.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.jpamigrations.Migrations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The whole application on an in-memory database of its own: migrated before Hibernate validates it. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:application-test")
class ApplicationTest {

  @Autowired Migrations migrations;
  @Autowired BookRepository books;

  @Test
  void theTestDatabaseIsMigrated() {
    assertThat(migrations.status().upToDate()).isTrue();
    assertThat(migrations.status().applied()).hasSize(1);
    // The application's runner wrote through JPA once the context started.
    assertThat(books.countByGenre(Genre.NOVEL)).isEqualTo(1);
  }
}
