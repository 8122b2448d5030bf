package com.example.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Tag {
  @Id
  Long id;

  @Column(nullable = false, length = 40)
  String label;
}
