package com.example.catalog;

import jakarta.persistence.*;
import java.time.Instant;

/** v3: a nullable column, kept rows; v2: every entity below gets a version and an author column. */
@MappedSuperclass
public abstract class Auditable {
  @Id
  @GeneratedValue
  Long id;

  Instant createdAt;

  @Version
  Integer version;

  @Column(length = 30)
  String createdBy;

  @Column(length = 200)
  String notes;
}
