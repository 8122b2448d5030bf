package com.example.stock;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** v5: the key is drawn from a sequence instead: the column stops being an identity column. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_item_name_price", columnNames = {"name", "price"}),
    indexes = @Index(name = "ix_item_quantity", columnList = "quantity"))
public class Item {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  Long id;

  @Column(length = 100)
  String name;

  @Column(precision = 12, scale = 3)
  BigDecimal price;

  @Column(length = 20)
  String sku;

  Long quantity;
}
