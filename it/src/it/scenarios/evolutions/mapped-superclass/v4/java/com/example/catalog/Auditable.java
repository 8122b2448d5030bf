package com.example.catalog;

import jakarta.persistence.*;
import java.time.Instant;

/** v4: ids come in blocks of 10, from 100 on a new database: each entity's sequence is altered. */
@MappedSuperclass
public abstract class Auditable {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  @SequenceGenerator(initialValue = 100, allocationSize = 10)
  Long id;

  Instant createdAt;

  @Version
  Integer version;

  @Column(length = 30)
  String createdBy;

  @Column(length = 200)
  String notes;
}
