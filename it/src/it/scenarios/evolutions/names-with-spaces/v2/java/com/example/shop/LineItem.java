package com.example.shop;

import jakarta.persistence.*;
import org.hibernate.annotations.Check;

/**
 * Each quoted object changed: the unique constraint and the index replaced by others, the check's condition
 * changed, a column added with a quoted name and its own index, the foreign key renamed.
 */
@Entity
@Table(name = "\"Line Item\"",
    uniqueConstraints = @UniqueConstraint(name = "\"Uq Line Sku Note\"",
        columnNames = {"\"Purchase Id\"", "\"Item Sku\"", "\"Line Note\""}),
    indexes = {
        @Index(name = "ix_line_price_desc", columnList = "\"Unit Price\" desc"),
        @Index(name = "ix_line_note", columnList = "\"Line Note\"")})
@Check(name = "\"Ck Line Quantity\"", constraints = "quantity > 0 and quantity < 1000")
public class LineItem {
  @Id
  Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "\"Purchase Id\"", foreignKey = @ForeignKey(name = "\"Fk Line Purchase Order\""))
  Purchase purchase;

  @Column(name = "\"Item Sku\"", length = 20, nullable = false)
  String sku;

  @Column(name = "\"Unit Price\"", precision = 10, scale = 2)
  java.math.BigDecimal unitPrice;

  @Column(nullable = false)
  int quantity;

  @Column(name = "\"Line Note\"", length = 60)
  String note;
}
