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
@Comment("Countries we sell to")
@Check(name = "ck_country_capital", constraints = "capital <> name")
@Table(indexes = @Index(name = "ix_country_name", columnList = "name desc, isoCode"))
public class Country {
  @Id
  Long id;

  @NaturalId
  @Column(length = 2)
  String isoCode;

  @ColumnDefault("1")
  @Check(constraints = "population >= 0")
  Integer population;

  @Comment("name shown to users")
  String name;

  /** Computed by the database on read: no column. */
  @Formula("upper(name)")
  String upperName;

  /** Not persisted: no column. */
  @Transient
  String scratch;

  @ColumnDefault("'n/a'")
  @Column(length = 40)
  String capital;

  /**
   * No longer computed: written by the application, and kept from what the expression gave, not from the
   * default, which only new rows get.
   */
  @ColumnDefault("'??'")
  String isoUpper;
}
