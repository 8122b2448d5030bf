package com.example.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToMany;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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

  // Bean Validation, which 6.6 applies to the DDL as 7 does: not null, 60 characters; one check of both bounds.
  @NotBlank
  @Size(max = 60)
  private String country;

  @Min(1000)
  @Max(2100)
  private Integer bornIn;

  @OneToMany(mappedBy = "author")
  private List<Book> books;

  // A Set through a join table: 6.6 keys it on both columns and adds a unique key on the book, 7 keys
  // it on the book alone.
  @OneToMany
  @JoinTable(name = "author_highlights")
  private Set<Book> highlights;
}
