package com.example.school;

import jakarta.persistence.*;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

@Entity
public class Student {
  @Id
  Long id;

  String name;
}
