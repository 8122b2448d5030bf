package org.jpamigrations.runner;

/** Whether a migration is applied ({@code up()}) or undone ({@code down()}). */
public enum Direction {
  UP,
  DOWN
}
