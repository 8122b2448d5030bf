package com.example.library;

/** The application's entry point, which the Spring Boot jar's launcher starts; the CLI never runs it. */
public final class LibraryApplication {
  public static void main(String[] args) {
    System.out.println("library");
  }
}
