package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reserved word as table name and a mixed-case column, both quoted the way Hibernate quotes them. */
@Entity
@Table(name = "`user`")
public class AppUser {

  @Id
  private Long id;

  @Column(name = "`displayName`", length = 60, nullable = false)
  private String displayName;
}
