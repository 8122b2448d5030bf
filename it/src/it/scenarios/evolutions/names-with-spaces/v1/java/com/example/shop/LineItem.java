package com.example.shop;

import jakarta.persistence.*;
import org.hibernate.annotations.Check;

/**
 * Quoted names with spaces on every kind of object but the indexes: the table, its columns (those of the indexes
 * too), a unique constraint, a foreign key and a check (whose condition names a plain column: a check's text is
 * written as it is, and MariaDB reads double quotes there as a string). Hibernate's own export, which the
 * oracle compares with, writes an index's name without its quotes on PostgreSQL and MariaDB, so quoted index
 * names are checked by annotation-model's QuotedIndexNamesTest instead.
 */
@Entity
@Table(name = "\"Line Item\"",
    uniqueConstraints = @UniqueConstraint(name = "\"Uq Line Sku\"", columnNames = {"\"Purchase Id\"", "\"Item Sku\""}),
    indexes = @Index(name = "ix_line_price", columnList = "\"Unit Price\""))
@Check(name = "\"Ck Line Quantity\"", constraints = "quantity > 0")
public class LineItem {
  @Id
  Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "\"Purchase Id\"", foreignKey = @ForeignKey(name = "\"Fk Line Purchase\""))
  Purchase purchase;

  @Column(name = "\"Item Sku\"", length = 20, nullable = false)
  String sku;

  @Column(name = "\"Unit Price\"", precision = 10, scale = 2)
  java.math.BigDecimal unitPrice;

  @Column(nullable = false)
  int quantity;
}
