package com.example.catalog;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
public class Product extends Auditable {
  @Column(nullable = false, unique = true)
  String name;
}
