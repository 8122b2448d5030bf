package com.example.books;

import jakarta.persistence.*;
import java.util.*;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Deleting a book deletes its reviews, in the database. */
@Entity
public class Review {
  @Id
  Long id;

  @ManyToOne(optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  Book book;

  @Column(length = 1000)
  String text;

  /**
   * v4: the key of the book, read-only beside the association. It is the same column, but Hibernate now takes its
   * nullability from this field: book_id becomes nullable, as Hibernate's own export makes it.
   */
  @Column(name = "book_id", insertable = false, updatable = false)
  Long bookId;

  /** v4: set once, never updated: a plain column. */
  @Column(updatable = false, length = 40)
  String reviewer;
}
