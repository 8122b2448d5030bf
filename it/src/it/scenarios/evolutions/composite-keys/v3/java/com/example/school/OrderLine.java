package com.example.school;

import jakarta.persistence.*;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

@Entity
public class OrderLine {
  @EmbeddedId
  OrderLineId id;

  @Column(length = 60)
  String product;

  int quantity;

  @Column(precision = 10, scale = 2)
  BigDecimal price;
}
