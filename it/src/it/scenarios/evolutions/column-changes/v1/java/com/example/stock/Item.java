package com.example.stock;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
public class Item {
  @Id
  Long id;

  @Column(length = 50)
  String name;

  @Column(precision = 10, scale = 2)
  BigDecimal price;

  @Column(length = 20)
  String sku;

  Integer quantity;
}
