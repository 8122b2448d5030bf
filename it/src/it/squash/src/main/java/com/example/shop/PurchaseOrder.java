package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

@Entity
public class PurchaseOrder {
  @Id
  Long id;

  @ManyToOne
  @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_purchase_customer"))
  Customer customer;

  @Column(precision = 10, scale = 2)
  BigDecimal total;
}
