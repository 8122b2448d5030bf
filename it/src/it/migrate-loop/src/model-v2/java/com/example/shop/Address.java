package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Address {
  @Id
  @GeneratedValue
  Long id;

  @Column(nullable = false)
  String street;

  @Column(length = 12)
  String postcode;

  // each address points back at a customer, and a customer at its billing address: a cycle
  @ManyToOne
  Customer owner;
}
