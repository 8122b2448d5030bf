package com.example.crm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.ColumnDefault;

@Entity
public class Ticket {
  @Id
  Long id;

  @ManyToOne
  Client customer;

  // was text, renamed without a hint: generated as a drop and an add, with a warning
  String body;

  // new and NOT NULL on a table with rows: the default fills them
  @Column(nullable = false)
  @ColumnDefault("3")
  int priority;
}
