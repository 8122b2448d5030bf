package com.example.geo;

import jakarta.persistence.*;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Check(constraints = "code <> ''")
public class City {
  @Id
  Long id;

  @NaturalId(mutable = true)
  @Column(length = 8)
  @Check(name = "ck_city_code", constraints = "code <> 'XXX'")
  String code;

  @ManyToOne
  @OnDelete(action = OnDeleteAction.CASCADE)
  @JoinColumn(foreignKey = @ForeignKey(name = "fk_city_country",
      foreignKeyDefinition = "foreign key (country_id) references Country (id)"))
  Country country;
}
