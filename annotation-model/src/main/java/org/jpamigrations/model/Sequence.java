package org.jpamigrations.model;

/** A sequence, as a JPA {@code @SequenceGenerator} declares it. */
public record Sequence(String name, long start, long increment) {

  public Sequence {
    Names.require(name, "A sequence");
  }

  public static Sequence of(String name) {
    return new Sequence(name, 1, 1);
  }

  public Sequence startWith(long start) {
    return new Sequence(name, start, increment);
  }

  public Sequence incrementBy(long increment) {
    return new Sequence(name, start, increment);
  }
}
