package org.jpamigrations.dialect;

import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import org.hibernate.dialect.Dialect;
import org.jpamigrations.model.CheckConstraint;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;
import org.jpamigrations.operation.Operation;

/**
 * SQL for the database of a Hibernate {@link Dialect}. Type names, quoting, identity columns,
 * sequences, foreign keys and index syntax are Hibernate's, so a migration creates the same schema
 * as Hibernate's schema export; what Hibernate has no API for (altering and renaming columns,
 * renaming tables, dropping indexes and constraints) comes from the database's {@link Vendor}.
 *
 * <p>Statements never use {@code if exists}: a migration that meets a schema other than the one it
 * expects must fail, not skip.
 */
public final class HibernateSqlDialect implements SqlDialect {

  private final Dialect dialect;
  private final Vendor vendor;
  private final TypeNames typeNames;

  public HibernateSqlDialect(Dialect dialect) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.vendor = Vendor.of(dialect);
    this.typeNames = new TypeNames(dialect, vendor.name());
  }

  /** The Hibernate dialect this renders for. */
  public Dialect hibernateDialect() {
    return dialect;
  }

  @Override
  public String name() {
    return vendor.name();
  }

  @Override
  public List<String> render(Operation operation, Schema before) {
    return operation.accept(new DdlRenderer(this, vendor, before));
  }

  /** Quotes each part of a possibly schema-qualified name that is written in backticks. */
  @Override
  public String quote(String name) {
    List<String> parts = new ArrayList<>();
    for (String part : Names.parts(name)) {
      parts.add(Names.isQuoted(part) ? dialect.toQuotedIdentifier(Names.bare(part)) : part);
    }
    return String.join(".", parts);
  }

  @Override
  public String typeName(ColumnType type) {
    if (type.code() == Types.ARRAY && !typeNames.nativeArrays()) {
      return typeNames.arrayStandIn();
    }
    return type.definition() != null ? type.definition() : typeNames.name(type);
  }

  @Override
  public boolean transactionalDdl() {
    return vendor.transactionalDdl();
  }

  @Override
  public boolean outsideTransaction(Operation operation) {
    return vendor.outsideTransaction(operation);
  }

  @Override
  public LockTimeoutSql lockTimeout(Duration timeout, boolean inTransaction) {
    return vendor.lockTimeout(timeout, inTransaction);
  }

  @Override
  public boolean isLockTimeout(SQLException e) {
    return vendor.isLockTimeout(e);
  }

  @Override
  public String lockHolders() {
    return vendor.lockHolders();
  }

  @Override
  public Optional<String> rowEstimates() {
    return vendor.rowEstimates();
  }

  @Override
  public LockStyle lockStyle() {
    return vendor.lockStyle();
  }

  @Override
  public boolean createTableIfNotExists() {
    return vendor.createTableIfNotExists();
  }

  @Override
  public boolean namesIgnoreCase() {
    return vendor.namesIgnoreCase();
  }

  @Override
  public String toString() {
    return name() + " (" + dialect + ")";
  }

  // ---- pieces shared by the renderer and the vendors ----

  /** Quoted names joined by commas, as in a column list. */
  String quoteAll(List<String> names) {
    return String.join(", ", names.stream().map(this::quote).toList());
  }

  /** {@code alter table <table>}, without Hibernate's {@code if exists}. */
  String alterTable(String table) {
    return "alter table " + quote(table);
  }

  /**
   * A column's definition after its name, as Hibernate's schema export writes it: the type, then
   * for an identity column the dialect's identity clause, else the default, the {@code generated always as}
   * clause of a generated column, and {@code not null} where the database takes it after that clause.
   */
  String columnDefinition(Column column) {
    StringBuilder sql = new StringBuilder();
    if (column.identity()) {
      var identity = dialect.getIdentityColumnSupport();
      if (identity.hasDataTypeInIdentityColumn()) {
        sql.append(typeName(column.type())).append(' ');
      }
      sql.append(identity.getIdentityColumnString(column.type().code()));
    } else {
      if (!column.generated() || dialect.hasDataTypeBeforeGeneratedAs()) {
        sql.append(typeName(column.type()));
      }
      if (column.defaultValue() != null) {
        sql.append(" default ").append(column.defaultValue());
      }
      if (column.generated()) {
        sql.append(dialect.generatedAs(column.generatedAs()));
      }
      if (!column.generated() || DialectCalls.supportsNotNullAfterGeneratedAs(dialect)) {
        sql.append(column.nullable() ? dialect.getNullColumnString(typeName(column.type())) : " not null");
      }
    }
    // SQL Server writes no type before its generated clause, which then starts with a blank
    return sql.toString().strip();
  }

  /** The column's name and definition, with its comment where the database writes it inline. */
  String columnDeclaration(Column column) {
    String declaration = quote(column.name()) + " " + columnDefinition(column);
    if (column.comment() != null && inlineColumnComments()) {
      declaration += dialect.getColumnComment(escape(column.comment()));
    }
    return declaration;
  }

  boolean inlineColumnComments() {
    return !dialect.getColumnComment("").isEmpty();
  }

  boolean inlineTableComments() {
    return !dialect.getTableComment("").isEmpty();
  }

  /** {@code comment on column} where the database has it and does not take comments inline. */
  List<String> commentOnColumn(String table, Column column) {
    if (!dialect.supportsCommentOn() || inlineColumnComments()) {
      return List.of();
    }
    return List.of("comment on column " + quote(table) + "." + quote(column.name()) + " is "
        + (column.comment() == null ? vendor.noComment() : "'" + escape(column.comment()) + "'"));
  }

  /** {@code comment on table} where the database has it and does not take comments inline. */
  List<String> commentOnTable(Table table) {
    if (table.comment() == null || inlineTableComments()) {
      return List.of();
    }
    return commentOnTable(table.name(), table.comment());
  }

  /**
   * Sets or ({@code null}) removes a table's comment: {@code comment on table}, or an {@code alter table}
   * with the inline clause where the database writes comments inline (an empty comment removes it there).
   * Nothing where Hibernate writes no comments.
   */
  List<String> commentOnTable(String table, String comment) {
    if (inlineTableComments()) {
      return List.of(alterTable(table) + dialect.getTableComment(escape(comment == null ? "" : comment)));
    }
    if (!dialect.supportsCommentOn()) {
      return List.of();
    }
    return List.of("comment on table " + quote(table) + " is "
        + (comment == null ? vendor.noComment() : "'" + escape(comment) + "'"));
  }

  /**
   * Hibernate's {@code add constraint ... foreign key}, always naming the referenced columns; a key with
   * its own definition gets that text verbatim instead, as Hibernate's export writes it.
   */
  String addForeignKey(String table, ForeignKey fk) {
    if (fk.definition() != null) {
      return alterTable(table) + dialect.getAddForeignKeyConstraintString(quote(fk.name()), fk.definition())
          + vendor.onDelete(fk);
    }
    return alterTable(table) + dialect.getAddForeignKeyConstraintString(
        quote(fk.name()),
        fk.columns().stream().map(this::quote).toArray(String[]::new),
        quote(fk.referencedTable()),
        fk.referencedColumns().stream().map(this::quote).toArray(String[]::new),
        false) + vendor.onDelete(fk);
  }

  /**
   * {@code constraint <name> check (<condition>)}, with a leading blank, as Hibernate's export writes a
   * named check (Hibernate 7 has {@code Dialect.getCheckConstraintString} for it, 6.6 does not).
   */
  String checkConstraint(CheckConstraint check) {
    return " constraint " + quote(check.name()) + " check (" + check.expression() + ")";
  }

  /**
   * The check Hibernate adds to the column on this database because of its type (an enum's values where
   * no native enum type holds them, a boolean stored as a number), or {@code null}. It is named after the
   * table and the column, so that a later migration finds it again.
   */
  public CheckConstraint impliedCheck(String table, Column column) {
    String condition = typeNames.impliedCheck(quote(column.name()), column.type());
    return condition == null ? null : new CheckConstraint(CheckConstraint.impliedName(table, column.name()), condition);
  }

  /** The text with single quotes doubled, for a string literal. */
  static String escape(String text) {
    return text.replace("'", "''");
  }
}
