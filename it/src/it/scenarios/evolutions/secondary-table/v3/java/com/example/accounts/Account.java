package com.example.accounts;

import jakarta.persistence.*;
import java.time.LocalDate;

/** v3: a second secondary table, and one more detail. */
@Entity
@SecondaryTable(name = "account_details", pkJoinColumns = @PrimaryKeyJoinColumn(name = "account_id"))
@SecondaryTable(name = "account_billing")
public class Account {
  @Id
  Long id;

  @Column(nullable = false)
  String name;

  @Column(table = "account_details", length = 2000)
  String bio;

  @Column(table = "account_details", length = 200)
  String website;

  @Column(table = "account_details")
  LocalDate birthday;

  @Column(table = "account_billing", length = 34)
  String iban;
}
