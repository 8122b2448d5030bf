package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

@Entity
@Table(indexes = @Index(name = "idx_customer_email", columnList = "email"))
public class Customer {
  @Id
  Long id;

  @Column(nullable = false, length = 100)
  String name;

  @Column(length = 200)
  String email;
}
