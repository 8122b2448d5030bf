package com.example.shop;

import jakarta.persistence.*;

@Entity
@Table(name = "\"user\"")
public class User {
  @Id
  Long id;

  @Column(name = "`group`", length = 30)
  String group;

  @ManyToOne
  @JoinColumn(name = "`order`")
  Order order;
}
