package com.example.stock;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** v2: longer, stricter, more precise, and a unique SKU. */
@Entity
public class Item {
  @Id
  Long id;

  @Column(length = 100, nullable = false)
  String name;

  @Column(precision = 12, scale = 3)
  BigDecimal price;

  @Column(length = 20, unique = true)
  String sku;

  Long quantity;
}
