package com.example.catalog;

import jakarta.persistence.*;
import java.time.Instant;

@MappedSuperclass
public abstract class Auditable {
  @Id
  @GeneratedValue
  Long id;

  Instant createdAt;
}
