package com.example.types;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
public class Sample {
  @Id
  UUID id;

  @Enumerated(EnumType.STRING)
  Status status;

  @Enumerated(EnumType.ORDINAL)
  Level priority;

  LocalDate dueDate;
  LocalTime alarmTime;
  LocalDateTime localStamp;
  OffsetDateTime offsetStamp;
  Instant seenAt;
  Duration timeSpent;

  @Column(precision = 12, scale = 3)
  BigDecimal amount;

  @Lob
  String body;

  @Lob
  byte[] payload;

  boolean flag;
  Boolean maybe;

  @Column(length = 16)
  byte[] rawBytes;

  @JdbcTypeCode(SqlTypes.JSON)
  Map<String, Object> attributes;

  @Column(columnDefinition = "varchar(7) default 'red'")
  String color;

  double ratio;
  float score;
  long counter;
  short smallValue;
  char letter;
}
