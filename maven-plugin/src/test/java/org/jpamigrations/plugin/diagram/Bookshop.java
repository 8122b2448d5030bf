package org.jpamigrations.plugin.diagram;

import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.foreignKey;
import static org.jpamigrations.migration.Dsl.integer;
import static org.jpamigrations.migration.Dsl.table;
import static org.jpamigrations.migration.Dsl.varchar;

import java.util.List;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;

/** A small history for the diagram tests: a bookshop's first schema, then a migration with each kind of change. */
final class Bookshop {

  private Bookshop() {}

  public static final class Create implements Migration {
    @Override
    public void up(Operations op) {
      op.createTable(table("author")
          .column(column("id", bigint()).notNull())
          .column(column("name", varchar(120)).notNull())
          .column(column("nickname", varchar(60)))
          .withPrimaryKey("id")
          .withUnique("uk_author_name", "name"));
      op.createTable(table("book")
          .column(column("id", bigint()).notNull())
          .column(column("title", varchar(200)).notNull())
          .column(column("isbn", varchar(20)))
          .column(column("author_id", bigint()).notNull())
          .withPrimaryKey("id"));
      op.addForeignKey("book", foreignKey("fk_book_author", "author_id").references("author", "id"));
      op.createTable(table("legacy_stock").column(column("book_id", bigint())));
      op.addForeignKey("legacy_stock", foreignKey("fk_stock_book", "book_id").references("book", "id"));
    }

    @Override
    public void down(Operations op) {}
  }

  /** Adds, drops, renames and narrows: one of each change the pictures mark. */
  public static final class Reshape implements Migration {
    @Override
    public void up(Operations op) {
      op.dropTable("legacy_stock");
      op.renameTable("book", "title");
      op.renameColumn("author", "nickname", "pen_name");
      op.addColumn("author", column("email", varchar(255)));
      op.dropColumn("title", "isbn");
      op.alterColumn("title", column("title", varchar(100)).notNull());
      op.createTable(table("review")
          .column(column("id", bigint()).notNull())
          .column(column("title_id", bigint()))
          .column(column("stars", integer()).notNull())
          .withPrimaryKey("id"));
      op.addForeignKey("review", foreignKey("fk_review_title", "title_id").references("title", "id"));
    }

    @Override
    public void down(Operations op) {}
  }

  static RevisionGraph graph() {
    return RevisionGraph.of(List.of(
        new MigrationScript("1", List.of(), "create", "", Create.class),
        new MigrationScript("2", List.of("1"), "reshape", "", Reshape.class)));
  }
}
