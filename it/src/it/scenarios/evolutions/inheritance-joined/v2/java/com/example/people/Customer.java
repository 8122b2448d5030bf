package com.example.people;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** Added in v2, with its own name for the key column that joins it to Person. */
@Entity
@PrimaryKeyJoinColumn(name = "person_id")
public class Customer extends Person {
  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  Tier tier;

  public enum Tier { BRONZE, SILVER, GOLD }
}
