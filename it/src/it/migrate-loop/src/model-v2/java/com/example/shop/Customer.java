package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToOne;
import java.util.Set;

@Entity
public class Customer {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  // wider than v1
  @Column(nullable = false, length = 200)
  String name;

  @Column(unique = true)
  String email;

  boolean active;

  // new
  @Column(length = 30)
  String phone;

  @OneToOne
  Address billingAddress;

  @ManyToMany
  Set<Tag> tags;
}
