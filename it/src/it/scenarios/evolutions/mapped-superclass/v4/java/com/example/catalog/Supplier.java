package com.example.catalog;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
public class Supplier extends Auditable {
  String company;
}
