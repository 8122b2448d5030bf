package com.example.ledger;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;

public enum Kind { DEBIT, CREDIT }
