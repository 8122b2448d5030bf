package com.example.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Author {
  @Id
  @GeneratedValue
  Long id;

  @Column(nullable = false, length = 120)
  String name;
}
