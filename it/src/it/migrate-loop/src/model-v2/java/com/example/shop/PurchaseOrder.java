package com.example.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

// note is gone (destructive), placedAt gets an index, total gets a larger precision
@Entity
@Table(indexes = @Index(name = "idx_order_placed_at", columnList = "placedAt"))
public class PurchaseOrder {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_seq")
  @SequenceGenerator(name = "order_seq", sequenceName = "purchase_order_seq", allocationSize = 50)
  Long id;

  @ManyToOne(optional = false)
  Customer customer;

  @jakarta.persistence.Column(precision = 14, scale = 2)
  BigDecimal total;

  Instant placedAt;
}
