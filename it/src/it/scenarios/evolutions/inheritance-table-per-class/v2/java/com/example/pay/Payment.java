package com.example.pay;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** v2: a new inherited column lands in every subclass table. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Payment {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  Long id;

  @Column(nullable = false, precision = 12, scale = 2)
  BigDecimal amount;

  LocalDateTime paidAt;
}
