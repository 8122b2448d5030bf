package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Customer {
  @Id
  Long id;

  @Column(nullable = false, length = 100)
  String name;

  @Column(length = 200)
  String email;

  @Column(length = 30)
  String phone;
}
