package org.jpamigrations.plugin.extract;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

/**
 * Writes a {@link MappedSchema} as data and reads it back through the model's own constructors, which check it
 * again. Field by field rather than with Java serialization: in a new JVM, serialization's first use costs about
 * 0.2 s, as much as the rest of the kept read, and it would make every model type part of a file format.
 */
final class MappingCodec {

  /** Changes whenever the layout below does: a file of another layout is read again, not misread. */
  static final int FORMAT = 1;
  /** More than any record of inputs or piece of a mapping: a larger length is a damaged file. */
  private static final int MAX_TEXT = 1 << 26;

  private MappingCodec() {}

  static void write(MappedSchema mapped, DataOutput out) throws IOException {
    out.writeInt(FORMAT);
    Schema schema = mapped.schema();
    list(schema.tables(), out, MappingCodec::table);
    list(schema.sequences(), out, (sequence, to) -> {
      text(sequence.name(), to);
      to.writeLong(sequence.start());
      to.writeLong(sequence.increment());
    });
    list(schema.namespaces(), out, MappingCodec::text);
    list(mapped.hints().tables(), out, (hint, to) -> {
      text(hint.table(), to);
      list(hint.formerNames(), to, MappingCodec::text);
    });
    list(mapped.hints().columns(), out, (hint, to) -> {
      text(hint.table(), to);
      text(hint.column(), to);
      list(hint.formerNames(), to, MappingCodec::text);
    });
    text(mapped.hibernate().version(), out);
    out.writeBoolean(mapped.hibernate().projects());
  }

  /**
   * @throws IOException when the data is not a mapping of this format
   */
  static MappedSchema read(DataInput in) throws IOException {
    if (in.readInt() != FORMAT) {
      throw new IOException("another format");
    }
    try {
      Schema schema = new Schema(list(in, MappingCodec::table),
          list(in, from -> new Sequence(text(from), from.readLong(), from.readLong())),
          list(in, MappingCodec::text));
      RenameHints hints = new RenameHints(
          list(in, from -> new RenameHints.TableHint(text(from), list(from, MappingCodec::text))),
          list(in, from -> new RenameHints.ColumnHint(text(from), text(from), list(from, MappingCodec::text))));
      return new MappedSchema(schema, hints, new MappingHibernate(text(in), in.readBoolean()));
    } catch (RuntimeException e) {
      // A model constructor refused what was read: not a mapping this code wrote.
      throw new IOException("not a mapping: " + e.getMessage(), e);
    }
  }

  private static void table(Table table, DataOutput out) throws IOException {
    text(table.name(), out);
    list(table.columns(), out, MappingCodec::column);
    nullable(table.primaryKey(), out, (key, to) -> {
      text(key.name(), to);
      list(key.columns(), to, MappingCodec::text);
    });
    list(table.uniqueConstraints(), out, (unique, to) -> {
      text(unique.name(), to);
      list(unique.columns(), to, MappingCodec::text);
    });
    list(table.foreignKeys(), out, (key, to) -> {
      text(key.name(), to);
      list(key.columns(), to, MappingCodec::text);
      text(key.referencedTable(), to);
      list(key.referencedColumns(), to, MappingCodec::text);
      text(key.onDelete().name(), to);
      text(key.definition(), to);
    });
    list(table.indexes(), out, (index, to) -> {
      text(index.name(), to);
      list(index.columns(), to, MappingCodec::text);
      to.writeBoolean(index.unique());
      list(index.descending(), to, MappingCodec::text);
    });
    text(table.comment(), out);
    list(table.checks(), out, (check, to) -> {
      text(check.name(), to);
      text(check.expression(), to);
    });
  }

  private static Table table(DataInput in) throws IOException {
    return new Table(text(in), list(in, MappingCodec::column),
        nullable(in, from -> new PrimaryKey(text(from), list(from, MappingCodec::text))),
        list(in, from -> new UniqueConstraint(text(from), list(from, MappingCodec::text))),
        list(in, from -> new ForeignKey(text(from), list(from, MappingCodec::text), text(from),
            list(from, MappingCodec::text), ReferentialAction.valueOf(text(from)), text(from))),
        list(in, from -> new Index(text(from), list(from, MappingCodec::text), from.readBoolean(),
            list(from, MappingCodec::text))),
        text(in),
        list(in, from -> new CheckConstraint(text(from), text(from))));
  }

  private static void column(Column column, DataOutput out) throws IOException {
    text(column.name(), out);
    ColumnType type = column.type();
    out.writeInt(type.code());
    nullable(type.length(), out, (length, to) -> to.writeLong(length));
    nullable(type.precision(), out, (precision, to) -> to.writeInt(precision));
    nullable(type.scale(), out, (scale, to) -> to.writeInt(scale));
    text(type.definition(), out);
    nullable(type.values(), out, (values, to) -> list(values, to, MappingCodec::text));
    out.writeBoolean(column.nullable());
    out.writeBoolean(column.identity());
    text(column.defaultValue(), out);
    text(column.generatedAs(), out);
    text(column.comment(), out);
  }

  private static Column column(DataInput in) throws IOException {
    String name = text(in);
    ColumnType type = new ColumnType(in.readInt(), nullable(in, DataInput::readLong), nullable(in, DataInput::readInt),
        nullable(in, DataInput::readInt), text(in), nullable(in, from -> list(from, MappingCodec::text)));
    return new Column(name, type, in.readBoolean(), in.readBoolean(), text(in), text(in), text(in));
  }

  /** A string, or null. Not {@code writeUTF}: that stops at 64 KB, and a column definition need not. */
  static void text(String text, DataOutput out) throws IOException {
    if (text == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String text(DataInput in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    if (length > MAX_TEXT) {
      throw new IOException("a text of " + length + " bytes");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private interface Writer<T> {
    void write(T value, DataOutput out) throws IOException;
  }

  private interface Reader<T> {
    T read(DataInput in) throws IOException;
  }

  private static <T> void list(List<T> values, DataOutput out, Writer<T> writer) throws IOException {
    out.writeInt(values.size());
    for (T value : values) {
      writer.write(value, out);
    }
  }

  private static <T> List<T> list(DataInput in, Reader<T> reader) throws IOException {
    int size = in.readInt();
    if (size < 0) {
      throw new IOException("a list of " + size);
    }
    List<T> values = new ArrayList<>(Math.min(size, 1024));
    for (int i = 0; i < size; i++) {
      values.add(reader.read(in));
    }
    return values;
  }

  private static <T> void nullable(T value, DataOutput out, Writer<T> writer) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      writer.write(value, out);
    }
  }

  private static <T> T nullable(DataInput in, Reader<T> reader) throws IOException {
    return in.readBoolean() ? reader.read(in) : null;
  }
}
