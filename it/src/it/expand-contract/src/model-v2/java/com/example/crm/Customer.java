package com.example.crm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jpamigrations.hint.RenamedFrom;

// fullname is now full_name, nickname is gone, and so is the Visit entity
@Entity
@Table(name = "customers")
public class Customer {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "full_name", nullable = false)
  @RenamedFrom("fullname")
  String name;

  String email;
}
