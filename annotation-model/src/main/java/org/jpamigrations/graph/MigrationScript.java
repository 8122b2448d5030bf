package org.jpamigrations.graph;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.history.Checksums;
import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;
import org.jpamigrations.operation.Operation;

/**
 * A migration class with the data of its {@link org.jpamigrations.migration.Revision} annotation.
 *
 * @param revision revision id
 * @param parents ids of the revisions it follows; empty for the first migration, two for a merge
 * @param message what it does
 * @param created when it was generated, ISO-8601, or empty
 * @param type the migration class
 */
public record MigrationScript(
    String revision, List<String> parents, String message, String created, Class<? extends Migration> type) {

  public MigrationScript {
    if (revision == null || revision.isBlank()) {
      throw new IllegalArgumentException("A migration must have a revision id");
    }
    parents = List.copyOf(parents);
    message = message == null ? "" : message;
    created = created == null ? "" : created;
  }

  /** A new instance of the migration class, through its public no-argument constructor. */
  public Migration newInstance() {
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (NoSuchMethodException e) {
      throw new MigrationException("Cannot create migration " + type.getName()
          + ": it has no no-argument constructor. Add a public constructor without parameters.", e);
    } catch (IllegalAccessException e) {
      throw new MigrationException("Cannot create migration " + type.getName()
          + ": its class or constructor is not public. Make both public.", e);
    } catch (InstantiationException e) {
      throw new MigrationException("Cannot create migration " + type.getName()
          + ": it is abstract. Make it a concrete class.", e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new MigrationException("Cannot create migration " + type.getName() + ": its constructor threw "
          + cause + ". Fix the constructor; migrations should not do work when created.", cause);
    } catch (LinkageError e) {
      throw new MigrationException("Cannot create migration " + type.getName() + ": " + e
          + ". Recompile the project (mvn compile) or fix the class.", e);
    }
  }

  /** The operations of {@code up()}, from a fresh instance. */
  public List<Operation> up() {
    return declared(true);
  }

  /** The operations of {@code down()}, from a fresh instance. */
  public List<Operation> down() {
    return declared(false);
  }

  private List<Operation> declared(boolean up) {
    Migration migration = newInstance();
    try {
      return Operations.of(migration, up);
    } catch (MigrationException e) {
      throw e;
    } catch (RuntimeException e) {
      String method = up ? "up()" : "down()";
      throw new MigrationException("Migration " + type.getName() + " failed in " + method + ": " + e.getMessage()
          + ". Fix its " + method + " method.", e);
    }
  }

  /** The fingerprint of {@link #up()}, stored in the history table when the migration is applied. */
  public String checksum() {
    return Checksums.of(up());
  }

  /**
   * Whether the migration was edited since it was applied as this history row records it. A row of an
   * older checksum form is compared in that form.
   */
  public boolean editedSince(AppliedRevision row) {
    if (row.checksum() == null) {
      return false;
    }
    return !row.checksum().equals(Checksums.isLegacy(row.checksum()) ? Checksums.legacy(up()) : checksum());
  }

  /** The databases the migration runs on ({@code @Revision(databases)}), in lower case; empty for every one. */
  public List<String> databases() {
    return Declared.OF.get(type).databases();
  }

  /**
   * The revisions this migration replaces ({@code @Revision(replaces)}), oldest first; empty unless it
   * is a squash.
   */
  public List<String> replaces() {
    return Declared.OF.get(type).replaces();
  }

  /** Whether it is the contract half of an expand/contract pair ({@code @Revision(contract = true)}). */
  public boolean contract() {
    return Declared.OF.get(type).contract();
  }

  /**
   * Whether it runs in a transaction: {@code @Revision(transactional = false)} opts out; a class without the
   * annotation (a test's) runs in one.
   */
  public boolean transactional() {
    return Declared.OF.get(type).transactional();
  }

  /** Whether the migration runs on the database of this key ({@code postgresql}). */
  public boolean runsOn(String database) {
    List<String> databases = databases();
    return databases.isEmpty() || databases.contains(database);
  }

  /**
   * Stops, before anything runs, when one of the migrations runs on other databases only.
   *
   * @param key the database's key ({@code postgresql})
   * @param name its name for people ({@code PostgreSQL})
   * @param action what would run, for the message ({@code upgrade})
   */
  public static void requireAllRunOn(List<MigrationScript> scripts, String key, String name, String action) {
    for (MigrationScript script : scripts) {
      if (!script.runsOn(key)) {
        throw new MigrationException("Cannot " + action + ": migration " + script.label() + " runs on "
            + String.join(", ", script.databases()) + " only (@Revision(databases)), and this database is "
            + name + ". Nothing was run. Run it on one of those, or add " + key
            + " to its databases if its SQL runs here too.");
      }
    }
  }

  /** {@code 20260101000001 (M20260101000001_AddX, "add x")}, for messages: the id, the class to open, the message. */
  public String label() {
    return revision + " (" + type.getSimpleName() + (message.isEmpty() ? "" : ", \"" + message + "\"") + ")";
  }

  /**
   * What {@code @Revision} says beyond the record's components, read once per class: a run asks each migration
   * several times, and every question to an annotation goes through a reflective proxy.
   */
  private record Declared(List<String> databases, List<String> replaces, boolean contract, boolean transactional) {
    static final ClassValue<Declared> OF = new ClassValue<>() {
      @Override
      protected Declared computeValue(Class<?> type) {
        Revision annotation = type.getAnnotation(Revision.class);
        if (annotation == null) {
          return new Declared(List.of(), List.of(), false, true);
        }
        return new Declared(
            Arrays.stream(annotation.databases()).map(d -> d.strip().toLowerCase(Locale.ROOT)).toList(),
            Arrays.stream(annotation.replaces()).map(String::strip).toList(),
            annotation.contract(), annotation.transactional());
      }
    };
  }
}
