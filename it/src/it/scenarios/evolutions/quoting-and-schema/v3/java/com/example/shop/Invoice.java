package com.example.shop;

import jakarta.persistence.*;

/** A table in its own schema. */
@Entity
@Table(name = "invoice", schema = "sales")
public class Invoice {
  @Id
  Long id;

  @Column(length = 20)
  String number;
}
