package org.jpamigrations.plugin.codegen;

import java.util.ArrayList;
import java.util.List;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.DropSequence;
import org.jpamigrations.operation.FillNulls;
import org.jpamigrations.operation.IrreversibleOperationException;
import org.jpamigrations.operation.Operation;

/**
 * What the {@code up()} and {@code down()} of a generated migration declare. {@code down()} is worked
 * out from {@code up()}: each operation is inverted against the schema just before it, and the
 * inverses run in reverse order. Each step knows whether it can lose data in its direction.
 */
public record MigrationBody(List<Step> up, List<Step> down) {

  public MigrationBody {
    up = List.copyOf(up);
    down = List.copyOf(down);
  }

  /**
   * @throws MigrationException when an operation does not fit the schema the ones before it leave
   */
  public static MigrationBody of(Schema before, List<Operation> operations) {
    List<Step> up = new ArrayList<>();
    List<List<Step>> undo = new ArrayList<>();
    Schema schema = before;
    for (Operation operation : operations) {
      up.add(new Step.Statement(operation, warning(operation, schema)));
      undo.add(inverse(operation, schema));
      schema = apply(operation, schema);
    }

    List<Step> down = new ArrayList<>();
    for (int i = undo.size() - 1; i >= 0; i--) {
      for (Step step : undo.get(i)) {
        if (step instanceof Step.Statement statement) {
          Operation operation = statement.operation();
          down.add(new Step.Statement(operation, warning(operation, schema)));
          schema = apply(operation, schema);
        } else {
          down.add(step);
        }
      }
    }
    return new MigrationBody(up, down);
  }

  /**
   * A body whose {@code down()} is given rather than worked out: a squash that copies its originals,
   * whose own {@code down()} methods undo them.
   *
   * @throws MigrationException when an operation does not fit the schema the ones before it leave
   */
  public static MigrationBody of(Schema before, List<Operation> upOperations, List<Operation> downOperations) {
    List<Step> up = new ArrayList<>();
    Schema schema = before;
    for (Operation operation : upOperations) {
      up.add(new Step.Statement(operation, warning(operation, schema)));
      schema = apply(operation, schema);
    }
    List<Step> down = new ArrayList<>();
    for (Operation operation : downOperations) {
      down.add(new Step.Statement(operation, warning(operation, schema)));
      schema = apply(operation, schema);
    }
    return new MigrationBody(up, down);
  }

  /** The operations {@code up()} declares. */
  public List<Operation> upOperations() {
    return operations(up);
  }

  /** The operations {@code down()} declares (without the ones left to write by hand). */
  public List<Operation> downOperations() {
    return operations(down);
  }

  /** {@code describe()} of each {@code up()} operation that can lose data. */
  public List<String> destructive() {
    return up.stream()
        .filter(s -> s instanceof Step.Statement statement && statement.destructive())
        .map(s -> ((Step.Statement) s).operation().describe())
        .toList();
  }

  /** The columns ({@code table.column}) whose rows {@code down()} fills with the zero of their type. */
  public List<String> zeroFilled() {
    return downOperations().stream()
        .filter(op -> op instanceof FillNulls fill && fill.value() == null)
        .map(op -> ((FillNulls) op).table() + "." + ((FillNulls) op).column())
        .toList();
  }

  private static List<Operation> operations(List<Step> steps) {
    return steps.stream()
        .filter(Step.Statement.class::isInstance)
        .map(s -> ((Step.Statement) s).operation())
        .toList();
  }

  private static List<Step> inverse(Operation operation, Schema before) {
    try {
      return operation.inverse(before).stream().<Step>map(o -> new Step.Statement(o, null)).toList();
    } catch (IrreversibleOperationException e) {
      return List.of(new Step.Todo(e.getMessage()));
    } catch (IllegalArgumentException e) {
      throw doesNotFit(operation, e);
    }
  }

  private static Schema apply(Operation operation, Schema schema) {
    try {
      return operation.apply(schema);
    } catch (IllegalArgumentException e) {
      throw doesNotFit(operation, e);
    }
  }

  private static String warning(Operation operation, Schema before) {
    boolean destructive;
    try {
      destructive = operation.isDestructive(before);
    } catch (IllegalArgumentException e) {
      throw doesNotFit(operation, e);
    }
    if (!destructive) {
      return null;
    }
    if (operation instanceof AlterColumn alter) {
      return alter.describe() + " from " + alter.before(before).type() + " to " + alter.column().type()
          + " can lose data";
    }
    if (operation instanceof DropSequence) {
      return operation.describe() + " loses its current value";
    }
    return operation.describe() + " loses its data";
  }

  private static MigrationException doesNotFit(Operation operation, IllegalArgumentException cause) {
    return new MigrationException("Cannot generate the migration: '" + operation.describe()
        + "' does not fit the schema before it (" + cause.getMessage()
        + "); each operation must apply to the schema the ones before it leave.", cause);
  }
}
