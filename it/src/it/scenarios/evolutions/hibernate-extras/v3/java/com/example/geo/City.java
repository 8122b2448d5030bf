package com.example.geo;

import jakarta.persistence.*;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Comment("Cities with a depot")
public class City {
  @Id
  Long id;

  @NaturalId(mutable = true)
  @Column(length = 8)
  String code;

  @ManyToOne
  @OnDelete(action = OnDeleteAction.CASCADE)
  Country country;
}
