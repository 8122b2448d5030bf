package com.example.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
public class PurchaseOrder {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_seq")
  @SequenceGenerator(name = "order_seq", sequenceName = "purchase_order_seq", allocationSize = 50)
  Long id;

  @ManyToOne(optional = false)
  Customer customer;

  @jakarta.persistence.Column(precision = 12, scale = 2)
  BigDecimal total;

  Instant placedAt;

  String note;
}
