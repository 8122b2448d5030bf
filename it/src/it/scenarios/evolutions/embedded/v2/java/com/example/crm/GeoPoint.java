package com.example.crm;

import jakarta.persistence.*;

@Embeddable
public class GeoPoint {
  Double lat;
  Double lon;
}
