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

  @Column(precision = 14, scale = 4)
  BigDecimal amount;

  @Lob
  String body;

  boolean flag;
  Boolean maybe;

  @Column(length = 32)
  byte[] rawBytes;

  @JdbcTypeCode(SqlTypes.JSON)
  Map<String, Object> attributes;

  @Column(columnDefinition = "varchar(9) default 'blue'")
  String color;

  double ratio;
  float score;
  long counter;
  short smallValue;
  char letter;

  @Column(length = 12, unique = true)
  String code;

  Year fiscalYear;

  /** v4: basic arrays, a native array type where the database has one. */
  String[] tags;

  Integer[] scores;
}
