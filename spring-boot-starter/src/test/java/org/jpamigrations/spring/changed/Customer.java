package org.jpamigrations.spring.changed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The test migrations' entity with a column that no migration adds yet. */
@Entity
public class Customer {

  @Id
  private Long id;

  @Column(length = 100)
  private String name;

  @Column(length = 200)
  private String email;

  @Column(length = 30)
  private String phone;

  protected Customer() {}
}
