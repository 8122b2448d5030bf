package com.example.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "tag", uniqueConstraints = @jakarta.persistence.UniqueConstraint(name = "uk_tag_label", columnNames = "label"))
public class Tag {
  @Id
  Long id;

  String label;
}
