package org.jpamigrations.plugin.diagram;

import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.foreignKey;
import static org.jpamigrations.migration.Dsl.numeric;
import static org.jpamigrations.migration.Dsl.table;
import static org.jpamigrations.migration.Dsl.varchar;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;

/** Large schemas for the layout tests: tables of varied width and height joined by random foreign keys. */
final class GeneratedSchemas {

  private GeneratedSchemas() {}

  /** {@code count} tables, each but the first referencing the one before: the benchmarks' scale model. */
  static Schema chain(int count) {
    List<Table> tables = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Table table = table("entity" + i)
          .column(column("id", bigint()).notNull())
          .column(column("code", varchar(40)))
          .column(column("amount", numeric(19, 2)))
          .withPrimaryKey("id");
      if (i > 1) {
        table = table.column(column("parent_id", bigint()))
            .withForeignKey(foreignKey("fk_entity" + i + "_parent", "parent_id").references("entity" + (i - 1), "id"));
      }
      tables.add(table);
    }
    return new Schema(tables, List.of());
  }

  /** {@code count} tables; each but the first few references one to three earlier ones, and a few stand alone. */
  static Schema of(int count, long seed) {
    Random random = new Random(seed);
    List<Table> tables = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Table table = table("entity_" + i + "_" + "x".repeat(random.nextInt(12)))
          .column(column("id", bigint()).notNull());
      int columns = 1 + random.nextInt(8);
      for (int c = 0; c < columns; c++) {
        table = table.column(column("attribute_" + c + "_" + "y".repeat(random.nextInt(10)),
            c % 3 == 0 ? numeric(12, 2) : varchar(20 + random.nextInt(200))));
      }
      table = table.withPrimaryKey("id");
      boolean alone = i % 17 == 5;
      int references = i < 3 || alone ? 0 : 1 + random.nextInt(3);
      for (int r = 0; r < references; r++) {
        Table target = tables.get(random.nextInt(i));
        String fkColumn = "ref_" + r + "_id";
        table = table.column(column(fkColumn, bigint()))
            .withForeignKey(foreignKey("fk_" + i + "_" + r, fkColumn).references(target.name(), "id"));
      }
      tables.add(table);
    }
    return new Schema(tables, List.of());
  }
}
