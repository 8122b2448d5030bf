package com.example.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jpamigrations.Migrations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;

/**
 * The slice's embedded database is migrated too: with ddl-auto=validate (application.properties) Hibernate
 * would fail on an empty one.
 */
@DataJpaTest
class RepositoryTest {

  @Autowired Migrations migrations;
  @Autowired AuthorRepository authors;
  @Autowired BookRepository books;

  @Test
  void theSliceDatabaseIsMigrated() {
    assertThat(migrations.status().upToDate()).isTrue();
    assertThat(migrations.status().applied()).hasSize(1);
    long novels = books.countByGenre(Genre.NOVEL);  // the application's runner wrote one too
    Author author = authors.save(new Author("Italo Calvino"));
    books.save(new Book("Invisible Cities", Genre.NOVEL, LocalDate.of(1972, 1, 1), author));
    assertThat(books.countByGenre(Genre.NOVEL)).isEqualTo(novels + 1);
  }
}
