package com.example.accounts;

import jakarta.persistence.*;
import java.time.LocalDate;

@Entity
public class Account {
  @Id
  Long id;

  @Column(nullable = false)
  String name;
}
