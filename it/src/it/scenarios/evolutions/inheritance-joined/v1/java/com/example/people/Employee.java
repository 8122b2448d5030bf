package com.example.people;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
public class Employee extends Person {
  @Column(precision = 10, scale = 2)
  BigDecimal salary;
}
