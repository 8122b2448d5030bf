package com.example.school;

import jakarta.persistence.*;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

@Embeddable
public class OrderLineId implements Serializable {
  Long orderId;
  Integer lineNo;

  @Override
  public boolean equals(Object o) {
    return o instanceof OrderLineId other && Objects.equals(orderId, other.orderId) && Objects.equals(lineNo, other.lineNo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(orderId, lineNo);
  }
}
