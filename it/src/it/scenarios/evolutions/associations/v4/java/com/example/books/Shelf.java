package com.example.books;

import jakarta.persistence.*;
import java.util.*;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** v3: an ordered many-to-many with its own join table. */
@Entity
public class Shelf {
  @Id
  Long id;

  @ManyToMany
  @JoinTable(name = "shelf_books")
  @OrderColumn(name = "position")
  List<Book> books = new ArrayList<>();
}
