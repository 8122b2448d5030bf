package com.example.music;

import jakarta.persistence.*;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class ChartKey implements Serializable {
  @Column(length = 10)
  String region;

  int week;

  @Override
  public boolean equals(Object o) {
    return o instanceof ChartKey other && Objects.equals(region, other.region) && week == other.week;
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, week);
  }
}
