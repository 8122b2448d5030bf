package com.example.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Customer {
  @Id
  Long id;

  @Column(nullable = false, length = 100)
  String name;
}
