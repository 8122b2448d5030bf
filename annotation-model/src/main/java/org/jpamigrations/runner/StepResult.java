package org.jpamigrations.runner;

/**
 * One migration applied or undone.
 *
 * @param revision revision id
 * @param message the migration's message
 * @param direction applied or undone
 * @param millis how long it took
 * @param statements how many SQL statements (and Java steps) ran
 * @param summary a short line for logs: {@code 2 statements: create table customer, add column ...}
 */
public record StepResult(
    String revision, String message, Direction direction, long millis, int statements, String summary) {}
