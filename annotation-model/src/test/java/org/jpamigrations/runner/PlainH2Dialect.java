package org.jpamigrations.runner;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.SqlTypeCodes;
import org.jpamigrations.model.Table;
import org.jpamigrations.operation.AddColumn;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.DropTable;
import org.jpamigrations.operation.ExecuteSql;
import org.jpamigrations.operation.Operation;

/** Just enough H2 SQL for the runner's tests: tables, columns and plain SQL. */
public class PlainH2Dialect implements SqlDialect {

  @Override
  public String name() {
    return "H2";
  }

  @Override
  public List<String> render(Operation operation, Schema before) {
    if (operation instanceof CreateTable create) {
      return List.of(createTable(create.table()));
    }
    if (operation instanceof DropTable drop) {
      return List.of("drop table " + quote(drop.name()));
    }
    if (operation instanceof AddColumn add) {
      return List.of("alter table " + quote(add.table()) + " add column " + column(add.column()));
    }
    if (operation instanceof DropColumn drop) {
      return List.of("alter table " + quote(drop.table()) + " drop column " + quote(drop.column()));
    }
    if (operation instanceof ExecuteSql sql) {
      return List.of(sql.sql());
    }
    throw new UnsupportedOperationException("the test dialect cannot " + operation.describe());
  }

  private String createTable(Table table) {
    List<String> parts = new ArrayList<>();
    table.columns().forEach(c -> parts.add(column(c)));
    if (table.primaryKey() != null) {
      parts.add("primary key (" + table.primaryKey().columns().stream().map(this::quote)
          .collect(Collectors.joining(", ")) + ")");
    }
    return "create table " + quote(table.name()) + " (" + String.join(", ", parts) + ")";
  }

  private String column(Column column) {
    return quote(column.name()) + " " + typeName(column.type()) + (column.nullable() ? "" : " not null");
  }

  @Override
  public String quote(String name) {
    return Names.isQuoted(name) ? "\"" + Names.bare(name) + "\"" : name;
  }

  @Override
  public String typeName(ColumnType type) {
    if (type.definition() != null) {
      return type.definition();
    }
    return switch (type.code()) {
      case Types.VARCHAR -> "varchar(" + type.length() + ")";
      case Types.TIMESTAMP -> type.precision() == null ? "timestamp" : "timestamp(" + type.precision() + ")";
      default -> SqlTypeCodes.name(type.code());
    };
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }
}
