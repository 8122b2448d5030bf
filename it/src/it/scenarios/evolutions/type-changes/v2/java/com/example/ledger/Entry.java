package com.example.ledger;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;

/** v2: wider numbers, the enum by name, an instant with a time zone, a shorter memo, a decimal rate. */
@Entity
public class Entry {
  @Id
  Long id;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  Kind kind;

  Long cents;

  OffsetDateTime bookedAt;

  @Column(length = 5)
  String memo;

  @Column(precision = 9, scale = 4)
  BigDecimal rate;
}
