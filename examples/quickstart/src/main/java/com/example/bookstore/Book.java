package com.example.bookstore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(indexes = @Index(name = "idx_book_title", columnList = "title"))
public class Book {

  @Id
  @GeneratedValue
  private Long id;

  @Column(nullable = false)
  private String title;

  @Column(precision = 10, scale = 2)
  private BigDecimal price;

  private LocalDate published;

  @ManyToOne(optional = false)
  private Author author;

  protected Book() {}

  public Book(String title, BigDecimal price, LocalDate published, Author author) {
    this.title = title;
    this.price = price;
    this.published = published;
    this.author = author;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public Author getAuthor() {
    return author;
  }
}
