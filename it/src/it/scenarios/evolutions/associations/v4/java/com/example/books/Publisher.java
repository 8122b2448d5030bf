package com.example.books;

import jakarta.persistence.*;
import java.util.*;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A one-to-many without mappedBy: the join column lands in the book table. */
@Entity
public class Publisher {
  @Id
  Long id;

  String name;

  @OneToMany
  @JoinColumn(name = "publisher_id", foreignKey = @ForeignKey(name = "fk_book_publisher"))
  List<Book> books = new ArrayList<>();
}
