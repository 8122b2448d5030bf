package com.example.library;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.hibernate.annotations.GeneratedColumn;

@Entity
public class Book {

  @Id
  @GeneratedValue
  private Long id;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  private Genre genre;

  @Column(precision = 9, scale = 2)
  private BigDecimal price;

  private LocalDate published;

  private Instant addedAt;

  private boolean available;

  @Lob
  private String summary;

  @ManyToOne(optional = false)
  private Author author;

  // Hibernate 6.6 and 7 map these differently; the plugin reads them with the project's 6.6:
  // for a Set element collection, 7 adds a unique key over all the collection table's columns.
  @ElementCollection
  private Set<String> keywords;

  @ElementCollection
  private Set<Edition> editions;

  // 7 gives a LocalTime no fractional seconds, 6.6 six digits.
  private LocalTime readingTime;

  // Read through 6.6 too: a column the database computes, and a basic array (json on MariaDB).
  @GeneratedColumn("upper(title)")
  private String shelfTitle;

  private Integer[] ratings;
}
