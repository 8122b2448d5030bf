package com.example.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToMany;
import java.util.List;
import java.util.Set;

@Entity
public class Author {

  // Not a UUID: read without a server, both Hibernate 6.6 and 7 map it for the oldest MariaDB they support
  // (binary(16)), while the export on a current server creates a uuid column.
  @Id
  @GeneratedValue
  private Long id;

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
