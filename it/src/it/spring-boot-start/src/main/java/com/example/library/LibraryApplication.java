package com.example.library;

import java.time.LocalDate;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Writes through JPA on the database the starter migrated, says so, and exits; with {@code --app.serve=true}
 * it keeps serving (the Actuator test).
 */
@SpringBootApplication
public class LibraryApplication {

  public static void main(String[] args) {
    ConfigurableApplicationContext context = SpringApplication.run(LibraryApplication.class, args);
    if (!context.getEnvironment().getProperty("app.serve", Boolean.class, false)) {
      System.exit(SpringApplication.exit(context));
    }
  }

  @Bean
  CommandLineRunner useTheSchema(AuthorRepository authors, BookRepository books, Environment environment) {
    return args -> {
      Author author = authors.save(new Author("Ursula K. Le Guin"));
      books.save(new Book("The Dispossessed", Genre.NOVEL, LocalDate.of(1974, 5, 1), author));
      System.out.println("LIBRARY READY: ddl-auto=" + environment.getProperty("spring.jpa.hibernate.ddl-auto")
          + ", novels=" + books.countByGenre(Genre.NOVEL));
    };
  }
}
