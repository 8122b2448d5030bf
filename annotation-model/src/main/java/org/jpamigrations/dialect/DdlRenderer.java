package org.jpamigrations.dialect;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.sequence.SequenceSupport;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.CheckConstraint;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Schema;
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
import org.jpamigrations.operation.OperationVisitor;
import org.jpamigrations.operation.RenameColumn;
import org.jpamigrations.operation.RenameTable;

/** The statements of one operation, given the schema before it. */
final class DdlRenderer implements OperationVisitor<List<String>> {

  private final HibernateSqlDialect sql;
  private final Dialect dialect;
  private final Vendor vendor;
  private final Schema before;
  private final ImpliedChecks implied;

  DdlRenderer(HibernateSqlDialect sql, Vendor vendor, Schema before) {
    this.sql = sql;
    this.dialect = sql.hibernateDialect();
    this.vendor = vendor;
    this.before = before;
    this.implied = new ImpliedChecks(sql, vendor);
  }

  @Override
  public List<String> visit(CreateSchema op) {
    return vendor.createSchema(sql, op.name());
  }

  @Override
  public List<String> visit(DropSchema op) {
    return vendor.dropSchema(sql, op.name());
  }

  @Override
  public List<String> visit(CreateTable op) {
    Table table = op.table();
    StringBuilder create = new StringBuilder(dialect.getCreateTableString())
        .append(' ').append(sql.quote(table.name())).append(" (");
    create.append(String.join(", ", table.columns().stream().map(sql::columnDeclaration).toList()));
    if (table.primaryKey() != null) {
      create.append(", ");
      if (table.primaryKey().name() != null) {
        create.append("constraint ").append(sql.quote(table.primaryKey().name())).append(' ');
      }
      create.append("primary key (").append(sql.quoteAll(table.primaryKey().columns())).append(')');
    }
    List<UniqueConstraint> later = new ArrayList<>();
    for (UniqueConstraint unique : table.uniqueConstraints()) {
      if (vendor.uniqueInCreateTable(table, unique)) {
        create.append(", constraint ").append(sql.quote(unique.name()))
            .append(" unique (").append(sql.quoteAll(unique.columns())).append(')');
      } else {
        later.add(unique);
      }
    }
    for (CheckConstraint check : table.checks()) {
      create.append(',').append(sql.checkConstraint(check));
    }
    create.append(implied.inCreateTable(table)).append(')');
    if (table.comment() != null && sql.inlineTableComments()) {
      create.append(dialect.getTableComment(HibernateSqlDialect.escape(table.comment())));
    }
    create.append(dialect.getTableTypeString());

    List<String> statements = new ArrayList<>();
    statements.add(create.toString());
    statements.addAll(sql.commentOnTable(table));
    for (Column column : table.columns()) {
      if (column.comment() != null) {
        statements.addAll(sql.commentOnColumn(table.name(), column));
      }
    }
    for (UniqueConstraint unique : later) {
      statements.addAll(vendor.addUnique(sql, table, unique));
    }
    return statements;
  }

  @Override
  public List<String> visit(DropTable op) {
    return List.of("drop table " + sql.quote(op.name()));
  }

  /** A rename keeps the table in its schema; moving it to another one is not a rename. */
  @Override
  public List<String> visit(RenameTable op) {
    List<String> from = Names.parts(op.from());
    List<String> to = Names.parts(op.to());
    if (to.size() > 1 && !Names.sameList(from.subList(0, from.size() - 1), to.subList(0, to.size() - 1))) {
      throw new MigrationException("Cannot rename table " + op.from() + " to " + op.to()
          + ": a rename keeps the table in its schema; move it with execute() and the database's own SQL");
    }
    Table table = table(op.from());
    List<String> statements = new ArrayList<>();
    table.columns().forEach(column -> statements.addAll(implied.drop(op.from(), column)));
    statements.addAll(vendor.renameTable(sql, op.from(), op.to()));
    table.columns().forEach(column -> statements.addAll(implied.add(op.to(), column)));
    return statements;
  }

  @Override
  public List<String> visit(CommentOnTable op) {
    return sql.commentOnTable(op.table(), op.comment());
  }

  @Override
  public List<String> visit(AddColumn op) {
    List<String> statements = new ArrayList<>();
    statements.add(sql.alterTable(op.table()) + " " + dialect.getAddColumnString() + " "
        + sql.columnDeclaration(op.column()) + dialect.getAddColumnSuffixString());
    statements.addAll(implied.add(op.table(), op.column()));
    if (op.column().comment() != null) {
      statements.addAll(sql.commentOnColumn(op.table(), op.column()));
    }
    return statements;
  }

  @Override
  public List<String> visit(DropColumn op) {
    Column column = column(op.table(), op.column());
    List<String> statements = new ArrayList<>(implied.drop(op.table(), column));
    statements.addAll(vendor.dropColumn(sql, op.table(), column));
    return statements;
  }

  @Override
  public List<String> visit(AlterColumn op) {
    Column from = op.before(before);
    if (from.equals(op.column())) {
      return List.of();
    }
    // The old check goes before the type changes (it may not hold for the new type), the new one after.
    boolean checkChanges = implied.changes(op.table(), from, op.table(), op.column());
    List<String> statements = new ArrayList<>(checkChanges ? implied.drop(op.table(), from) : List.of());
    Column plainFrom = DefinitionDefault.splitOut(from);
    Column plainTo = DefinitionDefault.splitOut(op.column());
    statements.addAll(op.online() ? vendor.alterColumnOnline(sql, op.table(), plainFrom, plainTo)
        : vendor.alterColumn(sql, op.table(), plainFrom, plainTo));
    statements.addAll(checkChanges ? implied.add(op.table(), op.column()) : List.of());
    return statements;
  }

  /** The implied check is named after the column: it is dropped before the rename and added back after. */
  @Override
  public List<String> visit(RenameColumn op) {
    Column column = column(op.table(), op.from());
    List<String> statements = new ArrayList<>(implied.drop(op.table(), column));
    statements.addAll(vendor.renameColumn(sql, op.table(), op.from(), op.to()));
    statements.addAll(implied.add(op.table(), column.withName(op.to())));
    return statements;
  }

  @Override
  public List<String> visit(AddForeignKey op) {
    String add = sql.addForeignKey(op.table(), op.foreignKey());
    return op.online() ? vendor.addConstraintOnline(sql, op.table(), op.foreignKey().name(), add) : List.of(add);
  }

  @Override
  public List<String> visit(DropForeignKey op) {
    return List.of(sql.alterTable(op.table()) + " " + dialect.getDropForeignKeyString() + " " + sql.quote(op.name()));
  }

  @Override
  public List<String> visit(AddUniqueConstraint op) {
    return vendor.addUnique(sql, table(op.table()), op.constraint());
  }

  @Override
  public List<String> visit(DropUniqueConstraint op) {
    Table table = table(op.table());
    UniqueConstraint unique = table.findUnique(op.name()).orElseThrow(
        () -> new IllegalArgumentException("Table " + op.table() + " has no unique constraint " + op.name()));
    return vendor.dropUnique(sql, table, unique);
  }

  @Override
  public List<String> visit(AddPrimaryKey op) {
    return vendor.addPrimaryKey(sql, op.table(), op.primaryKey());
  }

  @Override
  public List<String> visit(DropPrimaryKey op) {
    Table table = table(op.table());
    if (table.primaryKey() == null) {
      throw new IllegalArgumentException("Table " + op.table() + " has no primary key");
    }
    return vendor.dropPrimaryKey(sql, table);
  }

  @Override
  public List<String> visit(AddCheckConstraint op) {
    String add = sql.alterTable(op.table()) + " add" + sql.checkConstraint(op.check());
    return op.online() ? vendor.addConstraintOnline(sql, op.table(), op.check().name(), add) : List.of(add);
  }

  @Override
  public List<String> visit(DropCheckConstraint op) {
    return List.of(sql.alterTable(op.table()) + " " + vendor.dropCheck() + " " + sql.quote(op.name()));
  }

  @Override
  public List<String> visit(CreateIndex op) {
    Index index = op.index();
    String name = dialect.qualifyIndexName() ? Vendor.inSchemaOf(op.table(), index.name()) : index.name();
    String create = dialect.getCreateIndexString(index.unique()) + " " + sql.quote(name)
        + " on " + sql.quote(op.table()) + " (" + String.join(", ", index.columns().stream()
            .map(c -> sql.quote(c) + (index.isDescending(c) ? " desc" : "")).toList()) + ")"
        + dialect.getCreateIndexTail(index.unique(), hibernateColumns(table(op.table()), index.columns()));
    return op.online() ? vendor.createIndexOnline(create) : List.of(create);
  }

  @Override
  public List<String> visit(DropIndex op) {
    return op.online() ? vendor.dropIndexOnline(sql, table(op.table()), op.name())
        : vendor.dropIndex(sql, table(op.table()), op.name());
  }

  /**
   * Hibernate's sequence DDL; where the database has no sequences (MySQL) a one-row table stands
   * in, as Hibernate's sequence generator uses it.
   */
  @Override
  public List<String> visit(CreateSequence op) {
    Sequence sequence = op.sequence();
    SequenceSupport sequences = dialect.getSequenceSupport();
    if (sequences.supportsSequences()) {
      return List.of(sequences.getCreateSequenceStrings(sql.quote(sequence.name()),
          asInt(sequence, "start", sequence.start()), asInt(sequence, "increment", sequence.increment())));
    }
    String table = sql.quote(sequence.name());
    return List.of(
        dialect.getCreateTableString() + " " + table + " (next_val "
            + sql.typeName(ColumnType.of(Types.BIGINT)) + ")"
            + dialect.getTableTypeString(),
        "insert into " + table + " (next_val) values (" + sequence.start() + ")");
  }

  /** Nothing where a table stands in for the sequence: it records neither start nor increment. */
  @Override
  public List<String> visit(AlterSequence op) {
    if (!dialect.getSequenceSupport().supportsSequences()) {
      return List.of();
    }
    return vendor.alterSequence(sql, op.before(before), op.sequence());
  }

  @Override
  public List<String> visit(DropSequence op) {
    return List.of((dialect.getSequenceSupport().supportsSequences() ? "drop sequence " : "drop table ")
        + sql.quote(op.name()));
  }

  @Override
  public List<String> visit(FillNulls op) {
    String column = sql.quote(op.column());
    String value = op.value() != null ? op.value() : ZeroValues.of(
        table(op.table()).findColumn(op.column()).orElseThrow(
            () -> new IllegalArgumentException("Table " + op.table() + " has no column " + op.column())).type(), dialect, vendor, op.table() + "." + op.column());
    return List.of("update " + sql.quote(op.table()) + " set " + column + " = " + value + " where " + column
        + " is null");
  }

  @Override
  public List<String> visit(CopyValues op) {
    String to = sql.quote(op.to());
    return List.of("update " + sql.quote(op.table()) + " set " + to + " = " + sql.quote(op.from()) + " where " + to
        + " is null");
  }

  @Override
  public List<String> visit(ExecuteSql op) {
    return List.of(op.sql());
  }

  /** Java work has no SQL: the runner calls it with the connection. */
  @Override
  public List<String> visit(ExecuteJdbc op) {
    return List.of();
  }

  private Table table(String name) {
    return before.table(name);
  }

  private Column column(String table, String name) {
    return table(table).findColumn(name).orElseThrow(
        () -> new IllegalArgumentException("Table " + table + " has no column " + name));
  }

  private int asInt(Sequence sequence, String what, long value) {
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new MigrationException("Sequence " + sequence.name() + " has " + what + " " + value
          + ", beyond what Hibernate's sequence DDL takes (an int): use a smaller value or write the SQL with execute()");
    }
    return (int) value;
  }

  /** Hibernate's columns for the named ones, with their nullability: some index tails depend on it. */
  static List<org.hibernate.mapping.Column> hibernateColumns(Table table, List<String> names) {
    List<org.hibernate.mapping.Column> columns = new ArrayList<>();
    for (String name : names) {
      org.hibernate.mapping.Column column = new org.hibernate.mapping.Column(name);
      column.setNullable(table.findColumn(name).map(Column::nullable).orElse(true));
      columns.add(column);
    }
    return columns;
  }
}
