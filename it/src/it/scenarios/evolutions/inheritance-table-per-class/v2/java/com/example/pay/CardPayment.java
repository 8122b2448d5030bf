package com.example.pay;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDateTime;

@Entity
public class CardPayment extends Payment {
  @Column(length = 19)
  String cardNumber;
}
