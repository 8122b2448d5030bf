package org.jpamigrations.migration;

import java.util.ArrayList;
import java.util.List;
import org.jpamigrations.model.CheckConstraint;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.PrimaryKey;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.Table;
import org.jpamigrations.model.UniqueConstraint;
import org.jpamigrations.operation.AddCheckConstraint;
import org.jpamigrations.operation.AddColumn;
import org.jpamigrations.operation.AddForeignKey;
import org.jpamigrations.operation.AddPrimaryKey;
import org.jpamigrations.operation.AddUniqueConstraint;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.AlterSequence;
import org.jpamigrations.operation.CommentOnTable;
import org.jpamigrations.operation.CopyValues;
import org.jpamigrations.operation.CreateIndex;
import org.jpamigrations.operation.CreateSchema;
import org.jpamigrations.operation.CreateSequence;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.DropCheckConstraint;
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.DropForeignKey;
import org.jpamigrations.operation.DropIndex;
import org.jpamigrations.operation.DropPrimaryKey;
import org.jpamigrations.operation.DropSchema;
import org.jpamigrations.operation.DropSequence;
import org.jpamigrations.operation.DropTable;
import org.jpamigrations.operation.DropUniqueConstraint;
import org.jpamigrations.operation.ExecuteJdbc;
import org.jpamigrations.operation.ExecuteSql;
import org.jpamigrations.operation.FillNulls;
import org.jpamigrations.operation.JdbcWork;
import org.jpamigrations.operation.Operation;
import org.jpamigrations.operation.RenameColumn;
import org.jpamigrations.operation.RenameTable;

/**
 * What a migration's {@code up()} and {@code down()} declare their changes to. Each call records one
 * {@link Operation}; nothing runs until the runner applies them (or replay folds them into a model).
 */
public final class Operations {

  private final List<Operation> recorded = new ArrayList<>();

  /** Records the operations a migration declares in one direction. */
  public static List<Operation> of(Migration migration, boolean up) {
    Operations op = new Operations();
    if (up) {
      migration.up(op);
    } else {
      migration.down(op);
    }
    return op.recorded();
  }

  public List<Operation> recorded() {
    return List.copyOf(recorded);
  }

  /** Records an operation built elsewhere. */
  public Operations add(Operation operation) {
    recorded.add(operation);
    return this;
  }

  /** Creates a schema (a database on MySQL and MariaDB) unless it exists; nothing on Oracle, where it is a user. */
  public Operations createSchema(String name) {
    return add(new CreateSchema(name));
  }

  /** Drops a schema that a migration created; the database refuses while anything is in it. */
  public Operations dropSchema(String name) {
    return add(new DropSchema(name));
  }

  public Operations createTable(Table table) {
    return add(new CreateTable(table));
  }

  public Operations dropTable(String table) {
    return add(new DropTable(table));
  }

  public Operations renameTable(String from, String to) {
    return add(new RenameTable(from, to));
  }

  /** Sets the table's comment; {@code null} removes it. */
  public Operations commentOnTable(String table, String comment) {
    return add(new CommentOnTable(table, comment));
  }

  public Operations addColumn(String table, Column column) {
    return add(new AddColumn(table, column));
  }

  public Operations dropColumn(String table, String column) {
    return add(new DropColumn(table, column));
  }

  /** Changes the column of the same name to this definition. */
  public Operations alterColumn(String table, Column column) {
    return add(new AlterColumn(table, column));
  }

  public Operations renameColumn(String table, String from, String to) {
    return add(new RenameColumn(table, from, to));
  }

  public Operations addForeignKey(String table, ForeignKey foreignKey) {
    return add(new AddForeignKey(table, foreignKey));
  }

  public Operations dropForeignKey(String table, String name) {
    return add(new DropForeignKey(table, name));
  }

  public Operations addUniqueConstraint(String table, String name, String... columns) {
    return add(new AddUniqueConstraint(table, new UniqueConstraint(name, List.of(columns))));
  }

  public Operations dropUniqueConstraint(String table, String name) {
    return add(new DropUniqueConstraint(table, name));
  }

  /** Adds a primary key that the database names, as Hibernate's export does; its columns must be NOT NULL. */
  public Operations addPrimaryKey(String table, String... columns) {
    return add(new AddPrimaryKey(table, new PrimaryKey(null, List.of(columns))));
  }

  /** Adds a primary key, named when {@link PrimaryKey#name()} is set. */
  public Operations addPrimaryKey(String table, PrimaryKey primaryKey) {
    return add(new AddPrimaryKey(table, primaryKey));
  }

  /** Drops the table's primary key, whatever the database named it; its columns stay. */
  public Operations dropPrimaryKey(String table) {
    return add(new DropPrimaryKey(table));
  }

  /** Adds {@code constraint <name> check (<expression>)}; the expression is SQL, written as the database takes it. */
  public Operations addCheckConstraint(String table, String name, String expression) {
    return add(new AddCheckConstraint(table, new CheckConstraint(name, expression)));
  }

  public Operations dropCheckConstraint(String table, String name) {
    return add(new DropCheckConstraint(table, name));
  }

  /**
   * The steps that have an online form: they let reads and writes of the table go on while they run where the
   * database can, as {@code op.online().createIndex(...)}. On PostgreSQL they need the migration to run
   * outside a transaction ({@code @Revision(transactional = false)}).
   */
  public Online online() {
    return new Online();
  }

  /** Steps in their online form; each returns the migration's {@link Operations} to go on with. */
  public final class Online {

    private Online() {}

    /**
     * PostgreSQL, a column made NOT NULL: a check validated without blocking writes first, so that
     * {@code set not null} skips its scan; the migration runs outside a transaction.
     */
    public Operations alterColumn(String table, Column column) {
      return add(new AlterColumn(table, column, true));
    }

    /** PostgreSQL: {@code create index concurrently}; MySQL, MariaDB: {@code algorithm=inplace lock=none}. */
    public Operations createIndex(String table, Index index) {
      return add(new CreateIndex(table, index, true));
    }

    /** PostgreSQL: {@code drop index concurrently}; MySQL, MariaDB: {@code algorithm=inplace, lock=none}. */
    public Operations dropIndex(String table, String name) {
      return add(new DropIndex(table, name, true));
    }

    /**
     * PostgreSQL: added {@code not valid}, committed, then validated by a statement that lets writes go on;
     * the migration runs outside a transaction ({@code @Revision(transactional = false)}).
     */
    public Operations addForeignKey(String table, ForeignKey foreignKey) {
      return add(new AddForeignKey(table, foreignKey, true));
    }

    /**
     * PostgreSQL: added {@code not valid}, committed, then validated by a statement that lets writes go on;
     * the migration runs outside a transaction ({@code @Revision(transactional = false)}).
     */
    public Operations addCheckConstraint(String table, String name, String expression) {
      return add(new AddCheckConstraint(table, new CheckConstraint(name, expression), true));
    }
  }

  public Operations createIndex(String table, Index index) {
    return add(new CreateIndex(table, index));
  }

  public Operations dropIndex(String table, String name) {
    return add(new DropIndex(table, name));
  }

  public Operations createSequence(Sequence sequence) {
    return add(new CreateSequence(sequence));
  }

  /** Changes the sequence of the same name to this increment and start; its next value is not reset. */
  public Operations alterSequence(Sequence sequence) {
    return add(new AlterSequence(sequence));
  }

  public Operations dropSequence(String name) {
    return add(new DropSequence(name));
  }

  /**
   * Gives the rows where a column is null a value, as each database quotes it: before the column
   * becomes NOT NULL on a table that holds rows.
   *
   * @param value a SQL expression, such as {@code 0} or {@code 'none'}
   */
  public Operations fillNulls(String table, String column, String value) {
    return add(new FillNulls(table, column, value));
  }

  /** Gives the rows where a column is null the zero of its type (0, false, '', the epoch). */
  public Operations fillNulls(String table, String column) {
    return add(new FillNulls(table, column, null));
  }

  /**
   * Copies a column's values into the rows where another column of the table is null, as each database
   * quotes them: the data step of an expand/contract pair ({@code migrations:generate -Dmigrations.online=true}).
   */
  public Operations copyValues(String table, String from, String to) {
    return add(new CopyValues(table, from, to));
  }

  /** Runs SQL as it is: for data changes and anything the operations do not cover. */
  public Operations sql(String sql) {
    return add(new ExecuteSql(sql));
  }

  /** Runs Java code with the migration's connection, inside its transaction. */
  public Operations execute(String description, JdbcWork work) {
    return add(new ExecuteJdbc(description, work));
  }
}
