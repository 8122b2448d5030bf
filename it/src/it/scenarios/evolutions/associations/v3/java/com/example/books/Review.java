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
}
