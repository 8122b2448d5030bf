package com.example.library;

import jakarta.persistence.Embeddable;

@Embeddable
public class Edition {

  private int number;

  private Integer printedIn;
}
