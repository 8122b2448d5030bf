package com.example.school;

import jakarta.persistence.*;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

public class EnrollmentKey implements Serializable {
  Long studentId;
  String course;

  @Override
  public boolean equals(Object o) {
    return o instanceof EnrollmentKey other && Objects.equals(studentId, other.studentId) && Objects.equals(course, other.course);
  }

  @Override
  public int hashCode() {
    return Objects.hash(studentId, course);
  }
}
