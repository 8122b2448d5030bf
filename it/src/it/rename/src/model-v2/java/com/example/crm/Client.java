package com.example.crm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;
import org.jpamigrations.hint.RenamedFrom;

// was Customer in table customers
@Entity
@Table(name = "client")
@RenamedFrom("customers")
public class Client {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  // was fullname
  @Column(name = "full_name")
  @RenamedFrom("fullname")
  String name;

  // now NOT NULL: rows without an email get the default
  @Column(nullable = false)
  @ColumnDefault("'unknown'")
  String email;
}
