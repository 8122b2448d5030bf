package org.jpamigrations.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.enumByName;
import static org.jpamigrations.migration.Dsl.foreignKey;
import static org.jpamigrations.migration.Dsl.index;
import static org.jpamigrations.migration.Dsl.sequence;
import static org.jpamigrations.migration.Dsl.table;
import static org.jpamigrations.migration.Dsl.varchar;

import java.util.List;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.operation.Operation;
import org.junit.jupiter.api.Test;

/**
 * Checksums are stored in every database a migration ran on: these values are pinned so that a change
 * of what they cover is a deliberate decision (a new form in {@link Checksums}), never a side effect
 * of a change to a model record.
 */
class ChecksumFormTest {

  /** A migration touching most operation kinds, as generate writes them. */
  static List<Operation> shop() {
    return new Operations()
        .createSequence(sequence("customer_seq").startWith(1).incrementBy(50))
        .createTable(table("customer")
            .column(column("id", bigint()).notNull())
            .column(column("name", varchar(100)).notNull())
            .column(column("status", enumByName(10, "ACTIVE", "CLOSED")))
            .withPrimaryKey("id")
            .withUnique("uk_customer_name", "name"))
        .createTable(table("purchase")
            .column(column("id", bigint()).notNull())
            .column(column("customer_id", bigint()))
            .withPrimaryKey("id"))
        .addForeignKey("purchase", foreignKey("fk_purchase_customer", "customer_id").references("customer", "id"))
        .createIndex("purchase", index("idx_purchase_customer", "customer_id"))
        .addColumn("customer", column("email", varchar(255)))
        .alterColumn("customer", column("email", varchar(320)).notNull())
        .renameColumn("customer", "name", "full_name")
        .addCheckConstraint("purchase", "ck_purchase_id", "id > 0")
        .commentOnTable("customer", "who buys")
        .sql("update customer set email = 'x@example.com' where email is null")
        .execute("fill purchases", connection -> {})
        .dropIndex("purchase", "idx_purchase_customer")
        .dropColumn("customer", "email")
        .renameTable("purchase", "orders")
        .dropTable("orders")
        .recorded();
  }

  @Test
  void theCurrentFormIsPinned() {
    assertThat(Checksums.of(shop()))
        .isEqualTo("v2:d13fe594ed9324c811812b22825b4c918579e9d0bd2a1af3963d72b7f2340")
        .hasSize(64);
    assertThat(Checksums.of(List.of())).isEqualTo("v2:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b");
  }

  @Test
  void theTextNamesEachComponentAndLeavesAbsentOnesOut() {
    assertThat(ChecksumText.of(shop().get(5))).isEqualTo("AddColumn{column=Column{name=\"email\",nullable=true,"
        + "type=ColumnType{code=12,length=255}},table=\"customer\"}");
  }

  @Test
  void aComponentAddedWithAnAbsentDefaultChangesNoChecksum() {
    assertThat(ChecksumText.of(new Before.Thing("orders", 3)))
        .isEqualTo(ChecksumText.of(new After.Thing("orders", 3, null, false, List.of())))
        .isEqualTo("Thing{name=\"orders\",size=3}");
    assertThat(ChecksumText.of(new After.Thing("orders", 3, "note", true, List.of("a"))))
        .isEqualTo("Thing{comment=\"note\",flag=true,name=\"orders\",size=3,tags=[\"a\"]}");
  }

  @Test
  void formOneIsStillRecognised() {
    assertThat(Checksums.legacy(shop())).hasSize(64).matches("[0-9a-f]+");
    assertThat(Checksums.isLegacy(Checksums.legacy(shop()))).isTrue();
    assertThat(Checksums.isLegacy(Checksums.of(shop()))).isFalse();
  }

  static final class Before {
    record Thing(String name, int size) {}
  }

  static final class After {
    record Thing(String name, int size, String comment, boolean flag, List<String> tags) {}
  }
}
