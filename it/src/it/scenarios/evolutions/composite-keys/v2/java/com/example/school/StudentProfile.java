package com.example.school;

import jakarta.persistence.*;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** Shares its key with the student it describes. */
@Entity
public class StudentProfile {
  @Id
  Long id;

  @OneToOne
  @MapsId
  Student student;

  @Column(length = 500)
  String bio;
}
