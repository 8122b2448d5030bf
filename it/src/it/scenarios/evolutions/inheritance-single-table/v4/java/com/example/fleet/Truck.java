package com.example.fleet;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** Added in v2: its columns join the single table, nullable since cars have none. */
@Entity
@DiscriminatorValue("TRUCK")
public class Truck extends Vehicle {
  @Column(precision = 8, scale = 2)
  BigDecimal payloadTons;
}
