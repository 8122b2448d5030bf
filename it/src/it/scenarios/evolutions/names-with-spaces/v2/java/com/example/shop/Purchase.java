package com.example.shop;

import jakarta.persistence.*;

/** Quoted names with spaces on a table, its columns and a sequence. */
@Entity
@Table(name = "\"Purchase Order\"")
public class Purchase {
  @Id
  @SequenceGenerator(name = "purchase_ids", sequenceName = "\"Purchase Ids\"", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_ids")
  Long id;

  @Column(name = "\"Placed By\"", length = 40, nullable = false)
  String placedBy;
}
