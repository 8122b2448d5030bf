package com.example.readings;

import jakarta.persistence.*;
import java.time.*;
import java.util.UUID;

@Entity
public class Measurement {
  @Id
  UUID id;

  @Enumerated(EnumType.STRING)
  @Column(length = 12)
  Kind kind;

  @Enumerated(EnumType.ORDINAL)
  Level level;

  boolean flag;
  Instant takenAt;
  OffsetDateTime offsetStamp;
  ZonedDateTime zonedStamp;

  Instant seenAt;
}
