package com.example.stock;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** v4: the key becomes an identity column (it had no generator). */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_item_name_price", columnNames = {"name", "price"}),
    indexes = @Index(name = "ix_item_quantity", columnList = "quantity"))
public class Item {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(length = 100)
  String name;

  @Column(precision = 12, scale = 3)
  BigDecimal price;

  @Column(length = 20)
  String sku;

  Long quantity;
}
