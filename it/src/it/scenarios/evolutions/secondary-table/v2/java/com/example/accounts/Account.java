package com.example.accounts;

import jakarta.persistence.*;
import java.time.LocalDate;

/** v2: details move out to a secondary table, joined on its own key column. */
@Entity
@SecondaryTable(name = "account_details", pkJoinColumns = @PrimaryKeyJoinColumn(name = "account_id"))
public class Account {
  @Id
  Long id;

  @Column(nullable = false)
  String name;

  @Column(table = "account_details", length = 2000)
  String bio;

  @Column(table = "account_details", length = 200)
  String website;
}
