package com.example.school;

import jakarta.persistence.*;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

@Entity
@IdClass(EnrollmentKey.class)
public class Enrollment {
  @Id
  Long studentId;

  @Id
  @Column(length = 20)
  String course;

  @Column(length = 2)
  String grade;
}
