package org.jpamigrations.lint;

import static org.jpamigrations.lint.Severity.CAUTION;
import static org.jpamigrations.lint.Severity.DANGER;

import java.sql.Types;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jpamigrations.lint.Rule.Category;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.operation.AddCheckConstraint;
import org.jpamigrations.operation.AddColumn;
import org.jpamigrations.operation.AddForeignKey;
import org.jpamigrations.operation.AddPrimaryKey;
import org.jpamigrations.operation.AddUniqueConstraint;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.CreateIndex;
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.DropIndex;
import org.jpamigrations.operation.DropPrimaryKey;
import org.jpamigrations.operation.DropSchema;
import org.jpamigrations.operation.DropSequence;
import org.jpamigrations.operation.DropTable;
import org.jpamigrations.operation.RenameColumn;
import org.jpamigrations.operation.RenameTable;

/**
 * The rule set. Codes are stable: 1xx lose data, 2xx can fail on existing rows, 3xx break the application
 * version still running, 4xx lock or rewrite on PostgreSQL, 5xx on MySQL and MariaDB. Rules about rows and locks
 * stay quiet on tables the same migration created, which are empty and unused.
 */
public final class Rules {

  /** The keys of the databases migrations run on, as rules and {@code @Revision(databases)} name them. */
  public static final List<String> DATABASES = List.of("h2", "postgresql", "mysql", "mariadb", "sqlserver", "oracle");

  private static final List<String> POSTGRESQL = List.of("postgresql");
  private static final List<String> MYSQL = List.of("mysql", "mariadb");
  /** Defaults PostgreSQL must compute per row, which rewrite the table instead of a quick catalog change. */
  private static final Pattern VOLATILE = Pattern.compile(
      "(random|clock_timestamp|timeofday|gen_random_uuid|uuid_generate_v[14]|nextval)\\s*\\(", Pattern.CASE_INSENSITIVE);

  public static final List<Rule> ALL = List.of(
      new Rule("JM101", DANGER, Category.DATA_LOSS, List.of(), "drop table", "Dropping a table loses all its rows.",
          "Keep the table until no release reads it, back up its rows, or rename it first and drop it later.",
          (op, at) -> op instanceof DropTable),
      new Rule("JM102", DANGER, Category.DATA_LOSS, List.of(), "drop column", "Dropping a column loses its values, and the application"
          + " version still running fails on it.", "Stop reading and writing the column in one release (@Transient"
          + " or removed), drop it in the next.", (op, at) -> op instanceof DropColumn drop && at.existing(drop.table())),
      new Rule("JM103", DANGER, Category.DATA_LOSS, List.of(), "drop schema", "Dropping a schema loses every table in it.",
          "Move what must be kept first; drop the schema in a release of its own.", (op, at) -> op instanceof DropSchema),
      new Rule("JM104", DANGER, Category.DATA_LOSS, List.of(), "drop sequence", "Dropping a sequence loses its current value; recreated,"
          + " it hands out ids already used.", "Keep the sequence while any table holds ids it handed out.",
          (op, at) -> op instanceof DropSequence),
      new Rule("JM105", DANGER, Category.DATA_LOSS, List.of(), "narrow type", "Changing a column to a smaller or other type fails on"
          + " rows that do not fit, or cuts their values.", "Check the longest value first, or add a new column,"
          + " copy and convert, then drop the old one.",
          (op, at) -> op instanceof AlterColumn alter && at.existing(alter.table()) && typeChanged(alter, at)
              && AlterColumn.narrows(alter.before(at.before()).type(), alter.column().type())),
      new Rule("JM201", CAUTION, Category.EXISTING_ROWS, List.of(), "add NOT NULL column", "Adding a NOT NULL column without a default fails"
          + " on a table that has rows.", "Give it a default, or add it nullable, fill it, then make it NOT NULL.",
          (op, at) -> op instanceof AddColumn add && at.existing(add.table()) && !add.column().nullable()
              && add.column().defaultValue() == null && !add.column().identity() && add.column().generatedAs() == null),
      new Rule("JM202", CAUTION, Category.EXISTING_ROWS, List.of(), "make NOT NULL", "Making a column NOT NULL fails while any row holds"
          + " NULL in it.", "Fill the NULLs first (op.fillNulls) in the same migration, and check no release still"
          + " writes NULL.", (op, at) -> op instanceof AlterColumn alter && at.existing(alter.table())
              && becomesNotNull(alter, at)),
      new Rule("JM203", CAUTION, Category.EXISTING_ROWS, List.of(), "add unique", "A unique constraint or index fails on rows that repeat a"
          + " value.", "Look for duplicates first (select ... group by ... having count(*) > 1) and clean them up.",
          (op, at) -> (op instanceof AddUniqueConstraint unique && at.existing(unique.table()))
              || (op instanceof CreateIndex index && index.index().unique() && at.existing(index.table()))),
      new Rule("JM204", CAUTION, Category.EXISTING_ROWS, List.of(), "add check", "A check constraint fails on rows that break it.",
          "Look for such rows first and fix them in the same migration.",
          (op, at) -> op instanceof AddCheckConstraint check && at.existing(check.table())),
      new Rule("JM301", DANGER, Category.RUNNING_APPLICATION, List.of(), "rename table", "The application version still running queries the old"
          + " name and fails until it is replaced.", "Expand and contract: create the new table, write both, move"
          + " reads, then drop the old one in a later release; or accept downtime.",
          (op, at) -> op instanceof RenameTable),
      new Rule("JM302", DANGER, Category.RUNNING_APPLICATION, List.of(), "rename column", "The application version still running reads and"
          + " writes the old name and fails until it is replaced.", "Expand and contract: add the new column, write"
          + " both, backfill, move reads, drop the old one in a later release; or accept downtime.",
          (op, at) -> op instanceof RenameColumn rename && at.existing(rename.table())),
      new Rule("JM401", CAUTION, Category.LOCKING, POSTGRESQL, "index without CONCURRENTLY", "CREATE INDEX blocks every write to the"
          + " table until the index is built.", "Create it online (op.online().createIndex, CONCURRENTLY), in a"
          + " migration with @Revision(transactional = false).",
          (op, at) -> op instanceof CreateIndex index && !index.online() && at.existing(index.table())),
      new Rule("JM402", CAUTION, Category.LOCKING, POSTGRESQL, "drop index without CONCURRENTLY", "DROP INDEX blocks reads and writes"
          + " of the table while it waits for running queries.", "Drop it online (op.online().dropIndex,"
          + " CONCURRENTLY), in a migration with @Revision(transactional = false).",
          (op, at) -> op instanceof DropIndex drop && !drop.online() && at.existing(drop.table())),
      new Rule("JM403", CAUTION, Category.LOCKING, POSTGRESQL, "foreign key without NOT VALID", "Adding a foreign key locks both tables"
          + " against writes while every row is checked.", "Add it online (op.online().addForeignKey):"
          + " NOT VALID, then VALIDATE CONSTRAINT, which lets writes go on.",
          (op, at) -> op instanceof AddForeignKey fk && !fk.online() && at.existing(fk.table())),
      new Rule("JM404", CAUTION, Category.LOCKING, POSTGRESQL, "check without NOT VALID", "Adding a check constraint blocks writes"
          + " while every row is checked.", "Add it online (op.online().addCheckConstraint):"
          + " NOT VALID, then VALIDATE CONSTRAINT.",
          (op, at) -> op instanceof AddCheckConstraint check && !check.online() && at.existing(check.table())),
      new Rule("JM405", CAUTION, Category.LOCKING, POSTGRESQL, "SET NOT NULL scans", "SET NOT NULL scans the whole table under an"
          + " ACCESS EXCLUSIVE lock, blocking reads and writes.", "Add a CHECK (column IS NOT NULL) NOT VALID,"
          + " validate it, then SET NOT NULL, which then skips the scan.",
          (op, at) -> op instanceof AlterColumn alter && !alter.online() && at.existing(alter.table())
              && becomesNotNull(alter, at)),
      new Rule("JM406", CAUTION, Category.LOCKING, POSTGRESQL, "type change rewrites", "Changing a column's type rewrites the table"
          + " and its indexes under an ACCESS EXCLUSIVE lock.", "Add a new column, backfill it in batches, and switch"
          + " over; widening a varchar needs no rewrite.",
          (op, at) -> op instanceof AlterColumn alter && at.existing(alter.table()) && typeChanged(alter, at)
              && !widensText(alter.before(at.before()).type(), alter.column().type())),
      new Rule("JM407", CAUTION, Category.LOCKING, POSTGRESQL, "volatile default", "A default computed per row rewrites the whole"
          + " table when the column is added.", "Add the column without the default, set the default, and backfill"
          + " in batches.", (op, at) -> op instanceof AddColumn add && at.existing(add.table())
              && add.column().defaultValue() != null && VOLATILE.matcher(add.column().defaultValue()).find()),
      new Rule("JM408", CAUTION, Category.LOCKING, POSTGRESQL, "lock without a lock timeout", "While the step waits"
          + " for its lock behind a long transaction, every other query on the table queues behind it, even when the"
          + " step itself would take a moment.", "Put @LockTimeout(value = \"2s\", retries = 5) on the migration, or"
          + " run with -Dmigrations.ddlLockTimeout=2s, so that the step gives up quickly and is retried.",
          (op, at) -> !at.lockTimeout() && LockingSteps.locksExisting(op, at)),
      new Rule("JM501", CAUTION, Category.LOCKING, MYSQL, "type change copies", "Changing a column's type copies the table"
          + " (ALGORITHM=COPY), blocking writes until it is done.", "Use an online schema change tool for large"
          + " tables, or add a new column and backfill; widening a varchar within 255 bytes is in place.",
          (op, at) -> op instanceof AlterColumn alter && at.existing(alter.table()) && typeChanged(alter, at)
              && !widensText(alter.before(at.before()).type(), alter.column().type())),
      new Rule("JM502", CAUTION, Category.LOCKING, MYSQL, "primary key change rebuilds", "Adding or dropping a primary key rebuilds"
          + " the table; dropping one copies it, blocking writes.", "Change the key on an empty table, or with an"
          + " online schema change tool.", (op, at) -> (op instanceof AddPrimaryKey add && at.existing(add.table()))
              || (op instanceof DropPrimaryKey drop && at.existing(drop.table()))),
      new Rule("JM503", CAUTION, Category.LOCKING, MYSQL, "NULL or NOT NULL rebuilds", "Changing whether a column takes NULL rebuilds"
          + " the table in place, which takes as long as a copy on a large table.", "Plan it for a quiet hour, or use"
          + " an online schema change tool.", (op, at) -> op instanceof AlterColumn alter && at.existing(alter.table())
              && alter.before(at.before()).nullable() != alter.column().nullable()));

  private Rules() {}

  /** The rule of this code ({@code jm102} works too). */
  public static Rule byCode(String code) {
    return ALL.stream().filter(rule -> rule.code().equalsIgnoreCase(code.strip())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown rule " + code + ". Known rules: "
            + ALL.stream().map(Rule::code).toList()));
  }

  private static boolean becomesNotNull(AlterColumn alter, StepContext at) {
    return alter.before(at.before()).nullable() && !alter.column().nullable();
  }

  private static boolean typeChanged(AlterColumn alter, StepContext at) {
    return !Objects.equals(alter.before(at.before()).type(), alter.column().type());
  }

  /** A longer text of the same kind: no rewrite on PostgreSQL, in place on MySQL. */
  private static boolean widensText(ColumnType from, ColumnType to) {
    return from.code() == to.code() && from.definition() == null && to.definition() == null && from.values() == null
        && from.length() != null && to.length() != null && to.length() >= from.length() && isText(from.code());
  }

  private static boolean isText(int code) {
    return code == Types.VARCHAR || code == Types.NVARCHAR || code == Types.LONGVARCHAR || code == Types.LONGNVARCHAR;
  }
}
