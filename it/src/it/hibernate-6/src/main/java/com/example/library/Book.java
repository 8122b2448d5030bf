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
import java.util.List;

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

  // A List, not a Set: for a Set, Hibernate 7 gives the collection table a primary key that Hibernate 6.6 does
  // not, and the plugin reads the mapping with its own Hibernate 7 (see docs/how-generate-works.md).
  @ElementCollection
  private List<String> keywords;
}
