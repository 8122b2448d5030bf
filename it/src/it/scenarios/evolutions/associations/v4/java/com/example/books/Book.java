package com.example.books;

import jakarta.persistence.*;
import java.util.*;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
public class Book {
  @Id
  Long id;

  String title;

  @ManyToMany
  @JoinTable(name = "book_authors",
      joinColumns = @JoinColumn(name = "book_id"),
      inverseJoinColumns = @JoinColumn(name = "author_id"),
      foreignKey = @ForeignKey(name = "fk_book_authors_book"),
      inverseForeignKey = @ForeignKey(name = "fk_book_authors_author"))
  Set<Author> authors = new HashSet<>();
}
