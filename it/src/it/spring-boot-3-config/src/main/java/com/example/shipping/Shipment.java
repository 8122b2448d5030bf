package com.example.shipping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

@Entity
public class Shipment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40)
  private String trackingCode;

  /** A timestamp without time zone: application-prod.yml sets hibernate.type.preferred_instant_jdbc_type. */
  private Instant shippedAt;

  /** NOT NULL and varchar(60) only through Bean Validation, as Hibernate applies it to the DDL. */
  @NotBlank
  @Size(max = 60)
  private String carrier = "post";

  @NotNull
  private Integer parcels = 1;

  protected Shipment() {}

  public Shipment(String trackingCode, Instant shippedAt) {
    this.trackingCode = trackingCode;
    this.shippedAt = shippedAt;
  }

  public Long getId() {
    return id;
  }
}
