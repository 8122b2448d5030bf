package com.example.club;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

@Entity
public class Member {

  @Id
  @GeneratedValue
  private Long id;

  @NotNull
  private String name;

  @NotBlank
  @Size(max = 40)
  private String nickname;

  @NotEmpty
  private String email;

  @Size(max = 80)
  private String city;

  // Hibernate joins the two into one check on the column.
  @Min(0)
  @Max(150)
  private Integer age;

  @Digits(integer = 5, fraction = 2)
  private BigDecimal balance;

  @NotNull
  @ManyToOne
  private Team team;
}
