package com.example.kitchen;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.util.*;

public enum Meal { BREAKFAST, LUNCH, DINNER }
