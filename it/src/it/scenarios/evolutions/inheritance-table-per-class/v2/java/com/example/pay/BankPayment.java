package com.example.pay;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDateTime;

@Entity
public class BankPayment extends Payment {
  @Column(length = 34, nullable = false)
  String iban;
}
