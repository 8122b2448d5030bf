package com.example.shop;

import jakarta.persistence.*;

/** Reserved words as table and column names, quoted as the mapping writes them. */
@Entity
@Table(name = "`order`")
public class Order {
  @Id
  Long id;

  @Column(name = "`select`", length = 20)
  String select;

  @Column(name = "\"Total\"")
  Integer total;
}
