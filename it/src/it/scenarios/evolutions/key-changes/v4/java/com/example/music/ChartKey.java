package com.example.music;

import jakarta.persistence.*;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.ColumnDefault;

/** v4: the key gains a column; its default gives the existing rows a value, so they stay unique. */
@Embeddable
public class ChartKey implements Serializable {
  @Column(length = 10)
  String region;

  int week;

  @ColumnDefault("1")
  int edition;

  @Override
  public boolean equals(Object o) {
    return o instanceof ChartKey other && Objects.equals(region, other.region) && week == other.week
        && edition == other.edition;
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, week, edition);
  }
}
