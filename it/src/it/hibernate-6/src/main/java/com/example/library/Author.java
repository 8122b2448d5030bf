package com.example.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToMany;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity
public class Author {

  // A UUID key: uuid on MariaDB 10.7 and later, binary(16) before, whichever Hibernate reads the mapping.
  @Id
  @GeneratedValue
  private UUID id;

  @Column(nullable = false, length = 120)
  private String name;

  @OneToMany(mappedBy = "author")
  private List<Book> books;

  // A Set through a join table: 6.6 keys it on both columns and adds a unique key on the book, 7 keys
  // it on the book alone.
  @OneToMany
  @JoinTable(name = "author_highlights")
  private Set<Book> highlights;
}
