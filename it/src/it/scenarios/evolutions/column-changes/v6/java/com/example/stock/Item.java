package com.example.stock;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** v6: the key is drawn from a table of counters (hibernate_sequences) instead. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_item_name_price", columnNames = {"name", "price"}),
    indexes = @Index(name = "ix_item_quantity", columnList = "quantity"))
public class Item {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE)
  Long id;

  @Column(length = 100)
  String name;

  @Column(precision = 12, scale = 3)
  BigDecimal price;

  @Column(length = 20)
  String sku;

  Long quantity;
}
