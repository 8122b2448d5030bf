package org.jpamigrations.dialect;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A small mapping whose schema, as Hibernate exports it, the rendered DDL must reproduce. */
final class ShopEntities {

  private ShopEntities() {}

  @Entity
  @Table(name = "customer",
      uniqueConstraints = @UniqueConstraint(name = "uk_customer_email", columnNames = "email"),
      indexes = @Index(name = "idx_customer_name", columnList = "name"))
  static class Customer {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(name = "name", nullable = false, length = 100) String name;
    @Column(name = "email") String email;
    @Column(name = "balance", precision = 38, scale = 2) BigDecimal balance;
    @Column(name = "created_at") LocalDateTime createdAt;
    @Column(name = "born") LocalDate born;
    @Column(name = "active", nullable = false) boolean active;
    @Column(name = "visits", nullable = false) int visits;
  }

  @Entity
  @Table(name = "purchase",
      uniqueConstraints = @UniqueConstraint(name = "uk_purchase_code", columnNames = "code"),
      indexes = @Index(name = "idx_purchase_customer_code", columnList = "customer_id, code", unique = true))
  @SequenceGenerator(name = "purchase_seq", sequenceName = "purchase_seq", initialValue = 5, allocationSize = 10)
  static class Purchase {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_seq") long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_purchase_customer"))
    Customer customer;
    @Column(name = "code", nullable = false, length = 30) String code;
    @Column(name = "amount", precision = 10, scale = 2, nullable = false) BigDecimal amount;
  }
}
