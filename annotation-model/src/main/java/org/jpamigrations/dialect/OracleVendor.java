package org.jpamigrations.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ForeignKey;

/**
 * Oracle: DDL commits the transaction. Columns change with {@code modify}, which names only the
 * parts that change (restating {@code not null} on a not-null column is an error, ORA-01442).
 * Foreign keys know only {@code on delete cascade} and {@code on delete set null}. Schemas are users:
 * they are neither created nor dropped.
 */
record OracleVendor() implements Vendor {

  /** {@code num_rows} is what statistics gathering last counted; null until it ran. */
  @Override
  public Optional<String> rowEstimates() {
    return Optional.of("select user, table_name, num_rows from user_tables");
  }

  /** Oracle stores '' as null, which a NOT NULL column refuses. */
  @Override
  public String emptyString() {
    return "' '";
  }


  @Override
  public String name() {
    return "Oracle";
  }

  /** Only a restart sets the start here, which would reset the next value: the start stays as created. */
  @Override
  public boolean altersSequenceStart() {
    return false;
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  @Override
  public List<String> alterColumn(HibernateSqlDialect sql, String table, Column from, Column to) {
    requireSameGeneration(table, from, to);
    List<String> statements = new ArrayList<>();
    if (from.identity() != to.identity()) {
      // Oracle drops an identity, but makes no existing column one
      statements.addAll(to.identity() ? addIdentity(sql, table, to) : dropIdentity(sql, table, to));
    }
    StringBuilder modify = new StringBuilder();
    if (!sql.typeName(from.type()).equals(sql.typeName(to.type()))) {
      modify.append(' ').append(sql.typeName(to.type()));
    }
    if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
      modify.append(" default ").append(to.defaultValue() == null ? "null" : to.defaultValue());
    }
    if (from.nullable() != to.nullable()) {
      modify.append(to.nullable() ? " null" : " not null");
    }
    if (!modify.isEmpty()) {
      statements.add(sql.alterTable(table) + " modify " + sql.quote(to.name()) + modify);
    }
    if (!Objects.equals(from.comment(), to.comment())) {
      statements.addAll(sql.commentOnColumn(table, to));
    }
    return statements;
  }

  @Override
  public List<String> dropIdentity(HibernateSqlDialect sql, String table, Column column) {
    return List.of(sql.alterTable(table) + " modify " + sql.quote(column.name()) + " drop identity");
  }

  /**
   * An Oracle schema is a user, with a password and grants that a migration should not decide; as
   * Hibernate's export, which creates no schema there, the migration leaves it to the administrator.
   */
  @Override
  public List<String> createSchema(HibernateSqlDialect sql, String name) {
    return List.of();
  }

  @Override
  public List<String> dropSchema(HibernateSqlDialect sql, String name) {
    return List.of();
  }

  /** Oracle's comment is a string literal, and an empty one removes it. */
  @Override
  public String noComment() {
    return "''";
  }

  @Override
  public String onDelete(ForeignKey foreignKey) {
    return switch (foreignKey.onDelete()) {
      // Oracle's only behaviour without a clause: the delete fails while rows reference it.
      case NO_ACTION, RESTRICT -> "";
      case CASCADE, SET_NULL -> " on delete " + foreignKey.onDelete().sql();
      case SET_DEFAULT -> throw new MigrationException("Foreign key " + foreignKey.name()
          + " uses on delete set default, which Oracle does not have: use set null, cascade or no action");
    };
  }
}
