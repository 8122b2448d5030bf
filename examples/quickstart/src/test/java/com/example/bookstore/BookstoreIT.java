package com.example.bookstore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs after migrations:upgrade (bound to pre-integration-test): Hibernate validates the migrated
 * schema against the entities, then the application stores and reads a book.
 */
class BookstoreIT {

  @Test
  void theMigratedDatabaseServesTheApplication() {
    Map<String, String> settings = Map.of("jakarta.persistence.jdbc.url", System.getProperty("db.url"));
    try (EntityManagerFactory factory = Persistence.createEntityManagerFactory("bookstore", settings)) {
      EntityManager em = factory.createEntityManager();
      em.getTransaction().begin();
      Author author = new Author("Ursula K. Le Guin", "ursula-" + System.nanoTime() + "@example.com");
      em.persist(author);
      em.persist(new Book("The Dispossessed", new BigDecimal("12.90"), LocalDate.of(1974, 5, 1), author));
      em.getTransaction().commit();
      em.clear();

      Book stored = em.createQuery("select b from Book b where b.author.id = :id", Book.class)
          .setParameter("id", author.getId())
          .getSingleResult();
      assertEquals("The Dispossessed", stored.getTitle());
      assertEquals(0, new BigDecimal("12.90").compareTo(stored.getPrice()));
      em.close();
    }
  }
}
