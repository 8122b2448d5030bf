package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import org.jpamigrations.diff.RenameHints;
import org.jpamigrations.model.CheckConstraint;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.PrimaryKey;
import org.jpamigrations.model.ReferentialAction;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.Table;
import org.jpamigrations.model.UniqueConstraint;
import org.junit.jupiter.api.Test;

/** Every part of a mapping, each optional one both set and unset, comes back from the file as it went in. */
class MappingCodecTest {

  @Test
  void everyPartOfTheModelComesBackEqual() throws IOException {
    Table owner = new Table("`Owner`",
        List.of(
            new Column("id", ColumnType.of(Types.BIGINT), false, true, null, null, null),
            new Column("name", new ColumnType(Types.VARCHAR, 100L, null, null, null, null), true, false, "'n/a'",
                null, "the owner's name, with ü and 名"),
            new Column("total", new ColumnType(Types.NUMERIC, null, 12, 2, null, null), true, false, null,
                "price * quantity", null),
            new Column("kind", new ColumnType(Types.VARCHAR, 255L, null, null, null, List.of("CAT", "DOG")), true,
                false, null, null, null),
            new Column("payload", new ColumnType(Types.OTHER, null, null, null, "jsonb", null), true, false, null,
                null, null)),
        new PrimaryKey("pk_owner", List.of("id")),
        List.of(new UniqueConstraint("uk_owner_name", List.of("name", "kind"))),
        List.of(),
        List.of(new Index("ix_owner_name", List.of("name", "kind"), true, List.of("kind"))),
        "owners of pets",
        List.of(new CheckConstraint("ck_total", "total >= 0")));
    Table pet = new Table("pet",
        List.of(new Column("owner_id", ColumnType.of(Types.BIGINT), true, false, null, null, null)),
        null,
        List.of(),
        List.of(new ForeignKey("fk_pet_owner", List.of("owner_id"), "`Owner`", List.of("id"),
            ReferentialAction.CASCADE, null),
            new ForeignKey("fk_pet_owner_deferred", List.of("owner_id"), "`Owner`", List.of("id"), null,
                "foreign key (owner_id) references \"Owner\" deferrable")),
        List.of(),
        null,
        List.of());
    Schema schema = new Schema(List.of(owner, pet), List.of(new Sequence("pet_seq", 1, 50)), List.of("sales"));
    RenameHints hints = new RenameHints(List.of(new RenameHints.TableHint("pet", List.of("animal", "beast"))),
        List.of(new RenameHints.ColumnHint("`Owner`", "name", List.of("full_name"))));
    MappedSchema mapped = new MappedSchema(schema, hints, new MappingHibernate("6.6.56.Final", true));

    MappedSchema back = roundTrip(mapped);

    assertThat(back).isEqualTo(mapped);
    assertThat(back.kept()).isFalse();
  }

  @Test
  void anEmptyMappingComesBackEmpty() throws IOException {
    MappedSchema empty = new MappedSchema(Schema.EMPTY, new RenameHints(List.of(), List.of()),
        new MappingHibernate("7.4.13.Final", false));

    assertThat(roundTrip(empty)).isEqualTo(empty);
  }

  @Test
  void aCutFileOrOneOfAnotherFormatIsRefused() throws IOException {
    byte[] whole = bytes(new MappedSchema(new Schema(List.of(Table.named("t").column(Column.of("id",
        ColumnType.of(Types.INTEGER)))), List.of()), new RenameHints(List.of(), List.of()),
        new MappingHibernate("7.4.13.Final", false)));

    assertThatThrownBy(() -> read(Arrays.copyOf(whole, whole.length - 3))).isInstanceOf(IOException.class);
    whole[3]++;
    assertThatThrownBy(() -> read(whole)).isInstanceOf(IOException.class).hasMessage("another format");
  }

  private static MappedSchema roundTrip(MappedSchema mapped) throws IOException {
    return read(bytes(mapped));
  }

  private static byte[] bytes(MappedSchema mapped) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      MappingCodec.write(mapped, out);
    }
    return bytes.toByteArray();
  }

  private static MappedSchema read(byte[] bytes) throws IOException {
    return MappingCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)));
  }
}
