package com.example.ledger;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;

@Entity
public class Entry {
  @Id
  Integer id;

  @Enumerated(EnumType.ORDINAL)
  Kind kind;

  Integer cents;

  LocalDateTime bookedAt;

  @Column(length = 10)
  String memo;

  Float rate;
}
